// ajv errors → Violations a person can read, in both languages, each with its JSON path and the rule it breaks.
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Violation } from '../engine/suite-api.js';
import { t, type Text } from '../i18n/text.js';
import type { RecordErrorParams } from './ajv.js';
import { formatReason } from './formats.js';

export interface RuledViolation extends Violation {
  rule?: string;
  severity: 'error' | 'warning';
}

const show = (v: unknown): string => JSON.stringify(v);

function keywordText(e: ErrorObject): Text {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return t(`缺少必填字段 ${String(p.missingProperty)}`, `missing required member ${String(p.missingProperty)}`);
    case 'type':
      return t(`类型应为 ${String(p.type)}`, `must be of type ${String(p.type)}`);
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(show).join(', ');
      return t(`应为以下之一：${allowed}；实际为 ${show(e.data)}`, `must be one of ${allowed}; found ${show(e.data)}`);
    }
    case 'const':
      return t(`应为 ${show(p.allowedValue)}，实际为 ${show(e.data)}`, `must be ${show(p.allowedValue)}, found ${show(e.data)}`);
    // The value is not repeated for formats and patterns: it may be a person's identifier (results are files).
    case 'format': {
      const reason = formatReason(String(p.format), e.data);
      const head = t(`不符合 ${String(p.format)}`, `is not valid ${String(p.format)}`);
      return reason === undefined ? head : t(`${head.zh}：${reason.zh}`, `${head.en}: ${reason.en}`);
    }
    case 'pattern':
      return t(`不符合格式 ${String(p.pattern)}`, `does not match ${String(p.pattern)}`);
    case 'minLength':
      return t(`长度应至少为 ${String(p.limit)}`, `must be at least ${String(p.limit)} characters`);
    case 'maxLength':
      return t(`长度应不超过 ${String(p.limit)}`, `must be at most ${String(p.limit)} characters`);
    case 'minimum':
    case 'exclusiveMinimum':
      return t(`应 ${String(p.comparison)} ${String(p.limit)}，实际为 ${show(e.data)}`, `must be ${String(p.comparison)} ${String(p.limit)}, found ${show(e.data)}`);
    case 'maximum':
    case 'exclusiveMaximum':
      return t(`应 ${String(p.comparison)} ${String(p.limit)}，实际为 ${show(e.data)}`, `must be ${String(p.comparison)} ${String(p.limit)}, found ${show(e.data)}`);
    case 'minItems':
      return t(`应至少有 ${String(p.limit)} 项`, `must have at least ${String(p.limit)} items`);
    case 'maxItems':
      return t(`应不超过 ${String(p.limit)} 项`, `must have at most ${String(p.limit)} items`);
    case 'uniqueItems':
      return t(`第 ${String(p.j)} 项与第 ${String(p.i)} 项重复`, `items ${String(p.j)} and ${String(p.i)} are identical`);
    case 'additionalProperties':
      return t(`不允许有字段 ${String(p.additionalProperty)}（此处不得有其他字段）`, `member ${String(p.additionalProperty)} is not allowed (nothing else may be here)`);
    case 'contains':
      return t('没有符合要求的项', 'no item meets the requirement');
    default:
      return t(`不符合 ${e.keyword}：${e.message ?? ''}`, `fails ${e.keyword}: ${e.message ?? ''}`);
  }
}

/** `if` only says "must match then": the `then` error beside it says what is wrong. */
const SILENT = new Set(['if']);

/**
 * @param rootRule the rule of the schema as a whole, for errors whose own schema names none
 * @param base prefixed to every path (e.g. "/data" when validating an envelope's data)
 */
export function toViolations(errors: readonly ErrorObject[] | null | undefined, rootRule?: string, base = ''): RuledViolation[] {
  const out: RuledViolation[] = [];
  const schemaFound = new Set<string>();
  const key = (path: string, rule: string | undefined): string => `${path}\u0000${rule ?? ''}`;
  for (const e of errors ?? []) {
    if (SILENT.has(e.keyword) || e.keyword === 'x-gx-record') continue;
    // Each item failing a `contains` subschema is not a problem in itself: the `contains` error says it.
    if (e.schemaPath.includes('/contains/')) continue;
    const path = base + e.instancePath + (e.keyword === 'required' ? `/${String((e.params as { missingProperty: string }).missingProperty)}` : '');
    const own = (e.parentSchema as Record<string, unknown> | undefined)?.['x-gx-rule'];
    const rule = typeof own === 'string' ? own : rootRule;
    schemaFound.add(key(path, rule));
    out.push({ path, message: keywordText(e), rule, severity: 'error' });
  }
  for (const e of errors ?? []) {
    if (e.keyword !== 'x-gx-record') continue;
    const { finding } = e.params as RecordErrorParams;
    const path = base + e.instancePath + finding.path;
    // A code failure is found twice (the member's format, the record check): the member's reason is kept.
    if (finding.severity === 'error' && schemaFound.has(key(path, finding.rule))) continue;
    out.push({ path, message: finding.message, rule: finding.rule, severity: finding.severity });
  }
  return out;
}
