// Record checks shared by the POP, LE and EC suites: schema validation attributed to the rule that
// owns each field, and Finding lists judged for exactly one rule.
//
// The record schemas mark fields with `x-gx-rule` (e.g. person-record's `ethnicity` carries
// EIP-POP-005). A format violation on such a field (value present, of the right JSON type) belongs to
// that rule, whose own test judges it; the schema test (POP-001, LE-001, EC-001) keeps everything
// else (missing members, wrong types, fields without a rule of their own). A fault that breaks one
// rule so fails exactly that rule's test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPECS_DIR } from '../../src/paths.js';
import { t, type Text } from '../../src/i18n/text.js';
import { fail, warn, type TestContext, type Violation } from '../../src/engine/suite-api.js';
import { maskText } from './mask.js';

interface FieldOwner {
  pointer: string;
  rule: string;
  types?: string[];
}

const owners = new Map<string, FieldOwner[]>();
const rootRules = new Map<string, string>();

function fieldOwners(schemaName: string): FieldOwner[] {
  let list = owners.get(schemaName);
  if (list) return list;
  const schema = JSON.parse(readFileSync(join(SPECS_DIR, 'schemas', `${schemaName}.schema.json`), 'utf8')) as Record<string, unknown>;
  const own = typeof schema['x-gx-rule'] === 'string' ? schema['x-gx-rule'] : '';
  rootRules.set(schemaName, own);
  list = [];
  const walk = (node: Record<string, unknown>, pointer: string): void => {
    const props = node.properties as Record<string, Record<string, unknown>> | undefined;
    if (!props) return;
    for (const [name, sub] of Object.entries(props)) {
      const p = `${pointer}/${name}`;
      const rule = sub['x-gx-rule'];
      if (typeof rule === 'string' && rule !== own) {
        const type = sub.type;
        list!.push({ pointer: p, rule, types: type === undefined ? undefined : Array.isArray(type) ? (type as string[]) : [type as string] });
      }
      walk(sub, p);
    }
  };
  walk(schema, '');
  // Deepest first: a field's own annotation wins over its parent's.
  list.sort((a, b) => b.pointer.length - a.pointer.length);
  owners.set(schemaName, list);
  return list;
}

function valueAt(value: unknown, pointer: string): unknown {
  let cur = value;
  for (const part of pointer.split('/').slice(1)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function hasType(value: unknown, types: string[] | undefined): boolean {
  if (value === undefined) return false;
  if (!types) return true;
  return types.some((ty) => {
    switch (ty) {
      case 'null':
        return value === null;
      case 'array':
        return Array.isArray(value);
      case 'object':
        return value !== null && typeof value === 'object' && !Array.isArray(value);
      case 'integer':
        return Number.isInteger(value);
      default:
        return typeof value === ty;
    }
  });
}

function normalisePointer(path: string): string {
  const p = path.replace(/^#/, '');
  return p === '' || p.startsWith('/') ? p : `/${p}`;
}

/** Schema violations of a record that its schema rule owns (those of fields owned by other rules left out). */
export function ownSchemaViolations(ctx: Pick<TestContext, 'schemas'>, schemaName: string, record: unknown): Violation[] {
  const fields = fieldOwners(schemaName);
  const own = rootRules.get(schemaName) ?? '';
  return ctx.schemas.validate(schemaName, record).filter((v) => {
    const p = normalisePointer(v.path);
    const owner = fields.find((f) => p === f.pointer || p.startsWith(f.pointer + '/'));
    // A field owned by another rule, present and of its type: the violation is that rule's.
    if (owner) return !hasType(valueAt(record, owner.pointer), owner.types);
    // A cross-field finding on a field no rule owns (EC-006: status against validUntil) names its rule.
    return v.rule === undefined || own === '' || v.rule.split('.')[0] === own;
  });
}

/** What src/standards' record checks return (checkPersonRecord, checkLegalEntityRecord, checkECertificate). */
export interface RuleFinding {
  rule: string;
  path: string;
  message: Text;
  severity: 'error' | 'warning';
}

/** Findings of one rule (finer IDs such as EIP-POP-006.a count for EIP-POP-006). */
export function findingsOf(findings: readonly RuleFinding[], rule: string): RuleFinding[] {
  return findings.filter((f) => f.rule === rule || f.rule.startsWith(rule + '.'));
}

/** One record's problems for a message: "where path: message". */
export interface Located {
  where: string;
  path: string;
  message: Text;
  severity: 'error' | 'warning';
}

const MAX_LISTED = 5;

function joinLocated(items: Located[], lang: 'zh' | 'en'): string {
  const shown = items.slice(0, MAX_LISTED).map((i) => `${i.where} ${i.path || '/'}: ${i.message[lang]}`);
  const more = items.length - shown.length;
  if (more > 0) shown.push(lang === 'zh' ? `另有 ${more} 处` : `and ${more} more`);
  return shown.join('; ');
}

/** Fails on errors, warns on warnings only (a table that lags the official list), passes otherwise. */
export function judge(ctx: Pick<TestContext, 'target'>, items: Located[], rule: string): void {
  const errors = items.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    fail(maskText(ctx, t(`不符合 ${rule}：${joinLocated(errors, 'zh')}`, `${rule} not met: ${joinLocated(errors, 'en')}`)));
  }
  if (items.length > 0) {
    warn(maskText(ctx, t(`${rule} 提示：${joinLocated(items, 'zh')}`, `${rule} warning: ${joinLocated(items, 'en')}`)));
  }
}

/** Schema violations as located problems (always errors). */
export function locateViolations(where: string, violations: Violation[]): Located[] {
  return violations.map((v) => ({ where, path: normalisePointer(v.path), message: v.message, severity: 'error' as const }));
}

export function locateFindings(where: string, findings: RuleFinding[]): Located[] {
  return findings.map((f) => ({ where, path: f.path, message: f.message, severity: f.severity }));
}
