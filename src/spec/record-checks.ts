// Cross-field rules that a JSON Schema cannot say (birth date = ID digits 7–14, sex parity, identifier
// segments = typeCode/issuer…), reached from a schema through the keyword `"x-gx-record": "<kind>"`.
// The record checks themselves live in src/standards; this only dispatches and adds the docking and paging rules.
import { checkCatalogResource, checkECertificate, checkLegalEntityRecord, checkPersonRecord } from '../standards/index.js';
import { t, type Text } from '../i18n/text.js';
import { registryMap } from './registry.js';

export interface RecordFinding {
  rule: string;
  /** Relative to the record, as a JSON pointer (e.g. "/birthDate"). */
  path: string;
  message: Text;
  severity: 'error' | 'warning';
}

/** What the standards' record checks return (their Finding), seen structurally. */
interface StandardsFinding {
  rule: string;
  path: string;
  message: Text;
  severity: string;
}

type RecordCheck = (record: Record<string, unknown>) => RecordFinding[];

/** "birthDate", "issuer.code", "/issuer/code" → "/birthDate", "/issuer/code". */
function toPointer(path: string): string {
  if (path === '' || path.startsWith('/')) return path;
  return '/' + path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean).join('/');
}

/**
 * A broken SHOULD (CAT-008 dates, LE-006) does not make a record non-conformant: it is a warning here,
 * as it is a `warn` outcome in a run.
 */
function isMust(rule: string): boolean {
  const level = registryMap().get(rule.split('.')[0])?.level;
  return level === undefined || level === 'MUST';
}

function fromStandards(findings: readonly StandardsFinding[]): RecordFinding[] {
  return findings.map((f) => ({
    rule: f.rule,
    path: toPointer(f.path),
    message: f.message,
    severity: f.severity === 'error' && isMust(f.rule) ? 'error' : 'warning',
  }));
}

const LEVEL_LETTER: Readonly<Record<string, string>> = { NATIONAL: 'N', PROVINCIAL: 'P', MUNICIPAL: 'M', DEPARTMENT: 'D' };

/** EIP §8: the node ID's letter is the level's initial, its region the divisionCode. */
function checkNode(node: Record<string, unknown>): RecordFinding[] {
  const { nodeId, level, divisionCode } = node;
  if (typeof nodeId !== 'string') return [];
  const m = /^([NPMD])-(\d{6})-/.exec(nodeId);
  if (m === null) return [];
  const findings: RecordFinding[] = [];
  const want = typeof level === 'string' ? LEVEL_LETTER[level] : undefined;
  if (want !== undefined && m[1] !== want) {
    findings.push({
      rule: 'EIP-DOCK-002',
      path: '/nodeId',
      severity: 'error',
      message: t(`级别字母应为 ${want}（level ${level}），实际为 ${m[1]}`, `level letter should be ${want} (level ${level}), found ${m[1]}`),
    });
  }
  if (typeof divisionCode === 'string' && m[2] !== divisionCode) {
    findings.push({
      rule: 'EIP-DOCK-002',
      path: '/nodeId',
      severity: 'error',
      message: t(`区划段应等于 divisionCode ${divisionCode}，实际为 ${m[2]}`, `region segment should equal divisionCode ${divisionCode}, found ${m[2]}`),
    });
  }
  return findings;
}

/** EIP-CORE-006: a page holds at most `size` items. */
function checkPage(page: Record<string, unknown>): RecordFinding[] {
  const { items, size } = page;
  if (!Array.isArray(items) || typeof size !== 'number' || items.length <= size) return [];
  return [
    {
      rule: 'EIP-CORE-006',
      path: '/items',
      severity: 'error',
      message: t(`本页有 ${items.length} 条，超过 size ${size}`, `the page holds ${items.length} items, more than size ${size}`),
    },
  ];
}

type Arg<F extends (...args: never[]) => unknown> = Parameters<F>[0];

export const RECORD_CHECKS: Readonly<Record<string, RecordCheck>> = {
  person: (r) => fromStandards(checkPersonRecord(r as Arg<typeof checkPersonRecord>)),
  'legal-entity': (r) => fromStandards(checkLegalEntityRecord(r as Arg<typeof checkLegalEntityRecord>)),
  'e-certificate': (r) => fromStandards(checkECertificate(r as Arg<typeof checkECertificate>)),
  'catalog-resource': (r) => fromStandards(checkCatalogResource(r as Arg<typeof checkCatalogResource>)),
  node: checkNode,
  'paged-list': checkPage,
};
