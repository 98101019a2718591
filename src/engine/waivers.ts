// Waivers (issue 7 §4): a YAML list of {target | '*', rule, reason, approver, expires}. A matching
// failure becomes `waived`; an expired entry is ignored with a warning; a malformed file is a
// ConfigError naming the line.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ConfigError } from '../errors.js';
import type { ResultRecord } from './types.js';

export interface Waiver {
  target: string;
  rule: string;
  reason: string;
  approver: string;
  /** YYYY-MM-DD: the waiver holds through the end of that day (UTC+8, the profile's clock). */
  expires: string;
  /** Where it was written, for messages. */
  line: number;
}

export interface WaiverSet {
  active: Waiver[];
  expired: Waiver[];
}

const FIELDS = ['target', 'rule', 'reason', 'approver', 'expires'] as const;
const RULE = /^EIP-[A-Z]+-\d{3}(\.[A-Za-z0-9]+)*$/;

export function loadWaivers(file: string, today: Date = new Date()): WaiverSet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: cannot read the waiver file (${(err as NodeJS.ErrnoException).code ?? String(err)}); check --waivers`);
  }
  const name = basename(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineAt = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  if (doc.errors.length) {
    throw new ConfigError(`${name}:${lineCounter.linePos(doc.errors[0]!.pos[0]).line}: not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  }
  let list = doc.contents as Node | null;
  if (isMap(list) && isSeq(list.get('waivers', true))) list = list.get('waivers', true) as Node;
  if (list === null) return { active: [], expired: [] };
  if (!isSeq(list)) throw new ConfigError(`${name}:${lineAt(list)}: a waiver file is a list of {target, rule, reason, approver, expires} (or waivers: [...])`);
  const todayCst = new Date(today.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const result: WaiverSet = { active: [], expired: [] };
  for (const item of list.items as Node[]) {
    const line = lineAt(item);
    if (!isMap(item)) throw new ConfigError(`${name}:${line}: each waiver is a mapping with ${FIELDS.join(', ')}`);
    for (const pair of item.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (!(FIELDS as readonly string[]).includes(key)) {
        throw new ConfigError(`${name}:${lineAt(pair.key as Node)}: ${key}: unknown key; a waiver has ${FIELDS.join(', ')}`);
      }
    }
    const value = (field: (typeof FIELDS)[number]): string => {
      const v = item.get(field);
      if (typeof v !== 'string' || v.trim() === '') {
        throw new ConfigError(`${name}:${v === undefined ? line : lineAt(item.get(field, true) as Node)}: ${field}: ${v === undefined ? 'missing' : 'must be a non-empty string'}; a waiver has ${FIELDS.join(', ')}`);
      }
      return v.trim();
    };
    const waiver: Waiver = { target: value('target'), rule: value('rule'), reason: value('reason'), approver: value('approver'), expires: value('expires'), line };
    if (!RULE.test(waiver.rule)) throw new ConfigError(`${name}:${lineAt(item.get('rule', true) as Node)}: rule: '${waiver.rule}' is not a rule ID such as EIP-CORE-012`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(waiver.expires) || Number.isNaN(Date.parse(waiver.expires))) {
      throw new ConfigError(`${name}:${lineAt(item.get('expires', true) as Node)}: expires: '${waiver.expires}' is not a date; write YYYY-MM-DD`);
    }
    (waiver.expires < todayCst ? result.expired : result.active).push(waiver);
  }
  return result;
}

function covers(waiverRule: string, requirement: string): boolean {
  return requirement === waiverRule || requirement.startsWith(waiverRule + '.');
}

/** The waiver that turns this failure into `waived`: it names the target (or '*') and covers every requirement the test verifies. */
export function matchWaiver(record: Pick<ResultRecord, 'target' | 'requirements' | 'outcome'>, waivers: readonly Waiver[]): Waiver | undefined {
  if (record.outcome !== 'fail' && record.outcome !== 'warn') return undefined;
  const mine = waivers.filter((w) => w.target === '*' || w.target === record.target);
  if (record.requirements.length === 0) return undefined;
  const found = record.requirements.map((req) => mine.find((w) => covers(w.rule, req)));
  return found.every((w) => w !== undefined) ? found[0] : undefined;
}
