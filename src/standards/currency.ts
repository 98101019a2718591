/**
 * ISO 4217 currency codes (EIP-LE-004). The list of current codes is kept in data/iso4217.json;
 * names come from the runtime's ICU data (Intl.DisplayNames), in Chinese and English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import { t, type Text } from '../i18n/text.js';
import type { Verdict } from './verdict.js';
import { invalid, typeName, valid } from './verdicts.js';

let codes: Set<string> | undefined;

function currencyCodes(): Set<string> {
  if (!codes) {
    // Read from the source tree (as the report templates are), so a build to dist/ need not copy it.
    const file = join(PROJECT_ROOT, 'src', 'standards', 'data', 'iso4217.json');
    codes = new Set((JSON.parse(readFileSync(file, 'utf8')) as { codes: string[] }).codes);
  }
  return codes;
}

function currencyName(code: string): Text {
  const name = (lang: string): string => new Intl.DisplayNames([lang], { type: 'currency', fallback: 'code' }).of(code) ?? code;
  return t(name('zh'), name('en'));
}

export function validateCurrency(v: unknown): Verdict<{ code: string; name: Text }> {
  if (typeof v !== 'string') {
    return invalid(t(`币种代码应为字符串，实际为 ${typeName(v)}`, `a currency code should be a string, got ${typeName(v)}`));
  }
  if (!/^[A-Z]{3}$/.test(v)) {
    return invalid(t(`币种代码应为 3 个大写字母（ISO 4217），实际为 '${v}'`, `a currency code is 3 upper-case letters (ISO 4217), got '${v}'`));
  }
  if (!currencyCodes().has(v)) {
    return invalid(t(`'${v}' 不是现行的 ISO 4217 币种代码`, `'${v}' is not a current ISO 4217 currency code`));
  }
  return valid({ code: v, name: currencyName(v) });
}
