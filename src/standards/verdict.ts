import type { Text } from '../i18n/text.js';

/**
 * What every validator in src/standards returns: a verdict with a reason a person can act on
 * ("check character should be X, found 3"), never a bare boolean.
 * `warning` marks a value that is accepted but worth reporting (a division code whose province is
 * known but which the bundled table lacks; a USCC pair from the extended, unconfirmed table).
 */
export type Verdict<Info = Record<string, unknown>> =
  | { valid: true; info: Info; warning?: Text }
  | { valid: false; reason: Text; info?: Partial<Info> };
