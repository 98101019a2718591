/**
 * GB 11643-1999 citizen identity number (公民身份号码): address code (GB/T 2260), birth date,
 * sequence (position 17 odd = male), ISO 7064 MOD 11-2 check character. The legacy 15-digit form
 * (GB 11643-1989) is upgraded by inserting '19' before the year and appending the check.
 */
import { t } from '../i18n/text.js';
import type { Verdict } from './verdict.js';
import { invalid, typeName, valid } from './verdicts.js';
import { isRealDate, todayInShanghai } from './dates.js';
import { validateDivisionCode } from './division.js';

export interface CitizenIdInfo {
  normalized: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** GB/T 2261.1: '1' male, '2' female, from the parity of position 17. */
  sex: '1' | '2';
  region: string;
  regionName?: string;
  upgradedFrom15: boolean;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character (0–9 or X) for the first 17 digits. */
export function citizenIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('citizenIdCheckChar: 17 digits expected');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

/** The 18-digit form of a 15-digit number: '19' before the year, then the check character. */
export function upgradeCitizenId15(v15: string): string {
  if (!/^\d{15}$/.test(v15)) throw new RangeError('upgradeCitizenId15: 15 digits expected');
  const body = v15.slice(0, 6) + '19' + v15.slice(6);
  return body + citizenIdCheckChar(body);
}

function firstBadPosition(v: string, ok: (c: string, i: number) => boolean): number {
  for (let i = 0; i < v.length; i++) if (!ok(v[i] as string, i)) return i;
  return -1;
}

export function validateCitizenId(v: unknown): Verdict<CitizenIdInfo> {
  if (typeof v !== 'string') {
    return invalid(t(`身份号码应为字符串，实际为 ${typeName(v)}`, `an ID number should be a string, got ${typeName(v)}`));
  }
  let normalized: string;
  let upgradedFrom15 = false;
  if (v.length === 15) {
    const bad = firstBadPosition(v, (c) => c >= '0' && c <= '9');
    if (bad >= 0) {
      return invalid(t(
        `15 位身份号码第 ${bad + 1} 位 '${v[bad]}' 不是数字`,
        `position ${bad + 1} '${v[bad]}' of a 15-digit ID number is not a digit`,
      ));
    }
    normalized = upgradeCitizenId15(v);
    upgradedFrom15 = true;
  } else if (v.length === 18) {
    const bad = firstBadPosition(v, (c, i) => (c >= '0' && c <= '9') || (i === 17 && (c === 'X' || c === 'x')));
    if (bad >= 0) {
      return bad === 17
        ? invalid(t(`第 18 位校验码 '${v[17]}' 应为数字或 X`, `check character '${v[17]}' (position 18) should be a digit or X`))
        : invalid(t(`第 ${bad + 1} 位 '${v[bad]}' 不是数字`, `position ${bad + 1} '${v[bad]}' is not a digit`));
    }
    normalized = v.toUpperCase();
    const expected = citizenIdCheckChar(normalized.slice(0, 17));
    if (normalized[17] !== expected) {
      return invalid(t(
        `校验码应为 ${expected}，实际为 ${normalized[17]}`,
        `check character should be ${expected}, found ${normalized[17]}`,
      ));
    }
  } else {
    return invalid(t(
      `身份号码应为 18 位（或 15 位旧号码），实际为 ${v.length} 位`,
      `an ID number has 18 characters (or 15 for the legacy form), got ${v.length}`,
    ));
  }

  const d = normalized.slice(6, 14);
  const birthDate = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  const where = upgradedFrom15 ? t('第 7–12 位', 'positions 7–12') : t('第 7–14 位', 'positions 7–14');
  if (!isRealDate(birthDate) || birthDate < '1800-01-01') {
    return invalid(t(
      `${where.zh}的出生日期 ${birthDate} 不是有效日期`,
      `the birth date in ${where.en}, ${birthDate}, is not a real date`,
    ));
  }
  if (birthDate > todayInShanghai()) {
    return invalid(t(`${where.zh}的出生日期 ${birthDate} 晚于今天`, `the birth date in ${where.en}, ${birthDate}, is in the future`));
  }

  const region = normalized.slice(0, 6);
  const division = validateDivisionCode(region);
  if (!division.valid) {
    return invalid(t(`第 1–6 位地址码：${division.reason.zh}`, `address code (positions 1–6): ${division.reason.en}`));
  }
  const sex = Number(normalized[16]) % 2 === 1 ? '1' : '2';
  const info: CitizenIdInfo = { normalized, birthDate, sex, region, upgradedFrom15 };
  if (division.info.fullName !== undefined) info.regionName = division.info.fullName;
  // An unknown county is a warning only: the address code is that of first registration and may be retired.
  return valid(info, division.warning);
}
