// Small constructors for Verdict values, so each validator reads as a list of rules.
import type { Text } from '../i18n/text.js';
import type { Verdict } from './verdict.js';

export function valid<Info>(info: Info, warning?: Text): Verdict<Info> {
  return warning === undefined ? { valid: true, info } : { valid: true, info, warning };
}

export function invalid<Info>(reason: Text, info?: Partial<Info>): Verdict<Info> {
  return info === undefined ? { valid: false, reason } : { valid: false, reason, info };
}

/** Describes a value's type for "should be a string, got number" messages. */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Joins two optional warnings into one. */
export function joinWarnings(a: Text | undefined, b: Text | undefined): Text | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return { zh: `${a.zh}；${b.zh}`, en: `${a.en}; ${b.en}` };
}
