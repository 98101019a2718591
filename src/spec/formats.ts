// The profile's code rules as ajv formats. Each format answers with the validator's own reason, so a
// failed format becomes "check character should be X, found 3", not "must match format".
import {
  validateCitizenId,
  validateCurrency,
  validateDivisionCode,
  validateEcertId,
  validateEducation,
  validateEthnicity,
  validateMaritalStatus,
  validateNodeId,
  validateResourceCode,
  validateSex,
  validateUscc,
} from '../standards/index.js';
import type { Verdict } from '../standards/verdict.js';
import { t, type Text } from '../i18n/text.js';
import { isRfc3339Date, isRfc3339DateTime } from './dates.js';

type Check = (value: string) => Verdict<unknown>;

/** A citizen ID in a record is the 18-character form (EIP-POP-002, POP-009). */
const citizenIdInRecord: Check = (value) =>
  value.length !== 18
    ? { valid: false, reason: t(`应为 18 位公民身份号码，实际为 ${value.length} 位`, `must be the 18-character ID number, found ${value.length} characters`) }
    : validateCitizenId(value);

/** Format name (as used in specs/schemas) → the validator from src/standards. */
export const CODE_FORMATS: Readonly<Record<string, Check>> = {
  gb11643: citizenIdInRecord,
  gb32100: (v) => validateUscc(v),
  gb2260: (v) => validateDivisionCode(v),
  /** A region in a node ID or USCC, where 100000 stands for the national level (EIP §8). */
  'gb2260-region': (v) => validateDivisionCode(v, { allowNational: true }),
  'ecert-id': (v) => validateEcertId(v),
  'resource-code': (v) => validateResourceCode(v),
  'node-id': (v) => validateNodeId(v),
  'gb2261-1': (v) => validateSex(v),
  'gb2261-2': (v) => validateMaritalStatus(v),
  gb3304: (v) => validateEthnicity(v),
  gb4658: (v) => validateEducation(v),
  iso4217: (v) => validateCurrency(v),
};

export const DATE_FORMATS: Readonly<Record<string, (value: string) => boolean>> = {
  date: isRfc3339Date,
  'date-time': isRfc3339DateTime,
};

const DATE_REASONS: Readonly<Record<string, Text>> = {
  date: t('应为 YYYY-MM-DD 格式的有效日期', 'must be a valid date as YYYY-MM-DD'),
  'date-time': t(
    '应为带显式偏移的 RFC 3339 日期时间，如 2026-12-04T10:00:00+08:00',
    'must be an RFC 3339 date-time with an explicit offset, e.g. 2026-12-04T10:00:00+08:00',
  ),
};

/** Why a value fails a format: the validator's reason for code formats, a fixed text for dates. */
export function formatReason(format: string, value: unknown): Text | undefined {
  if (typeof value !== 'string') return undefined;
  const code = CODE_FORMATS[format];
  if (code !== undefined) {
    const verdict = code(value);
    return verdict.valid ? undefined : verdict.reason;
  }
  return DATE_REASONS[format];
}
