/**
 * Code and cross-field rules of the EIP records (§4–§7) that a JSON Schema cannot say: birth date
 * and sex against the ID number, identifier segments against typeCode and issuer, dates against
 * each other and the clock. The JSON shape is the schemas' job; a member of the wrong type is
 * skipped here. Messages never repeat a person's identifiers or birth date (they reach results files).
 */
import { t, type Text } from '../i18n/text.js';
import type { Verdict } from './verdict.js';
import { validateCitizenId } from './citizen-id.js';
import { validateUscc } from './uscc.js';
import { validateDivisionCode } from './division.js';
import { validateEducation, validateEthnicity, validateMaritalStatus, validateSex } from './code-tables.js';
import { validateCurrency } from './currency.js';
import { validateEcertId } from './ecert-id.js';
import { validateResourceCode } from './resource-code.js';
import { addDays, daysBetween, isRealDate, parseDateTime, todayInShanghai } from './dates.js';

export interface Finding {
  /** e.g. 'EIP-POP-003' */
  rule: string;
  /** JSON pointer into the record, e.g. '/birthDate' */
  path: string;
  message: Text;
  severity: 'error' | 'warning';
}

type Rec = Record<string, unknown>;

function asRecord(v: unknown): Rec | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : undefined;
}

function str(rec: Rec | undefined, key: string): string | undefined {
  const v = rec?.[key];
  return typeof v === 'string' ? v : undefined;
}

class Findings {
  readonly list: Finding[] = [];
  error(rule: string, path: string, message: Text): void {
    this.list.push({ rule, path, message, severity: 'error' });
  }
  warning(rule: string, path: string, message: Text): void {
    this.list.push({ rule, path, message, severity: 'warning' });
  }
  /** A verdict's reason as an error, its warning as a warning; the field's name leads the message. */
  verdict(rule: string, path: string, verdict: Verdict<unknown>, warningRule = rule): void {
    if (verdict.valid && !verdict.warning) return;
    const field = path.slice(1).replaceAll('/', '.');
    if (!verdict.valid) this.error(rule, path, t(`${field}：${verdict.reason.zh}`, `${field}: ${verdict.reason.en}`));
    else if (verdict.warning) this.warning(warningRule, path, t(`${field}：${verdict.warning.zh}`, `${field}: ${verdict.warning.en}`));
  }
}

/** A date-time's calendar date as written (in its own offset), or a plain date; undefined otherwise. */
function dateOf(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  if (isRealDate(s)) return s;
  return parseDateTime(s) !== undefined ? s.slice(0, 10) : undefined;
}

// ---------------------------------------------------------------- §5 PersonRecord

export function checkPersonRecord(rec: unknown, opts: { queried?: string } = {}): Finding[] {
  const f = new Findings();
  const r = asRecord(rec);
  if (!r) return f.list;

  const idNumber = str(r, 'idNumber');
  const id = idNumber === undefined ? undefined : validateCitizenId(idNumber);
  if (id && idNumber !== undefined) {
    if (!id.valid) {
      f.verdict('EIP-POP-002', '/idNumber', id);
    } else if (idNumber.length !== 18) {
      f.error('EIP-POP-002', '/idNumber', t('idNumber 应为 18 位号码（15 位旧号码应升位后返回）', 'idNumber should be the 18-character number (a 15-digit number is answered in its upgraded form)'));
    }
    // A lower-case x is the same number (POP-002 compares after normalisation), so it is not flagged.
    if (id.valid && opts.queried !== undefined) {
      const q = validateCitizenId(opts.queried);
      const queried = q.valid ? q.info.normalized : opts.queried.toUpperCase();
      if (queried !== id.info.normalized) {
        f.error('EIP-POP-002', '/idNumber', t('idNumber 与所查询的号码（规范化后）不一致', 'idNumber differs from the queried number (after normalisation)'));
      }
    }
    // A valid number whose county the table lacks is not a defect: the code is that of first registration.
  }

  const birthDate = str(r, 'birthDate');
  if (id?.valid && birthDate !== undefined && birthDate !== id.info.birthDate) {
    f.error('EIP-POP-003', '/birthDate', t('birthDate 与身份号码第 7–14 位的出生日期不一致', 'birthDate differs from the birth date in ID digits 7–14'));
  }

  const sex = str(r, 'sex');
  if (sex !== undefined) {
    const sexCode = validateSex(sex);
    if (!sexCode.valid) f.verdict('EIP-POP-004', '/sex', sexCode);
    else if (id?.valid && sex !== id.info.sex) {
      const digit = id.info.sex === '1' ? t('奇数', 'odd') : t('偶数', 'even');
      f.error('EIP-POP-004', '/sex', t(
        `sex 应为 '${id.info.sex}'（身份号码第 17 位为${digit.zh}），实际为 '${sex}'`,
        `sex should be '${id.info.sex}' (ID digit 17 is ${digit.en}), found '${sex}'`,
      ));
    }
  }

  const ethnicity = r['ethnicity'];
  if (typeof ethnicity === 'string') f.verdict('EIP-POP-005', '/ethnicity', validateEthnicity(ethnicity));

  for (const key of ['residenceDivisionCode', 'birthPlaceDivisionCode']) {
    const code = str(r, key);
    if (code !== undefined) f.verdict('EIP-POP-006', `/${key}`, validateDivisionCode(code));
  }

  const marital = str(r, 'maritalStatus');
  if (marital !== undefined) f.verdict('EIP-POP-001', '/maritalStatus', validateMaritalStatus(marital));
  const education = str(r, 'education');
  if (education !== undefined) f.verdict('EIP-POP-001', '/education', validateEducation(education));
  return f.list;
}

// ---------------------------------------------------------------- §6 LegalEntityRecord

export function checkLegalEntityRecord(rec: unknown, opts: { queried?: string; now?: Date } = {}): Finding[] {
  const f = new Findings();
  const r = asRecord(rec);
  if (!r) return f.list;

  const uscc = str(r, 'uscc');
  if (uscc !== undefined) {
    // Positions 3–8 are LE-003's, checked below.
    const verdict = validateUscc(uscc, { checkRegion: false });
    f.verdict('EIP-LE-002', '/uscc', verdict);
    if (opts.queried !== undefined && uscc !== opts.queried) {
      f.error('EIP-LE-002', '/uscc', t('uscc 与所查询的代码不一致', 'uscc differs from the queried code'));
    }
    if (/^[0-9A-Z]{2}\d{6}/.test(uscc)) {
      const region = validateDivisionCode(uscc.slice(2, 8), { allowNational: true });
      if (!region.valid) {
        f.error('EIP-LE-003', '/uscc', t(`uscc 第 3–8 位：${region.reason.zh}`, `uscc positions 3–8: ${region.reason.en}`));
      } else if (region.warning) {
        f.warning('EIP-LE-003', '/uscc', t(`uscc 第 3–8 位：${region.warning.zh}`, `uscc positions 3–8: ${region.warning.en}`));
      }
    }
  }
  const divisionCode = str(r, 'divisionCode');
  if (divisionCode !== undefined) f.verdict('EIP-LE-003', '/divisionCode', validateDivisionCode(divisionCode));

  const capital = asRecord(r['registeredCapital']);
  if (capital) {
    const currency = str(capital, 'currency');
    if (currency !== undefined) f.verdict('EIP-LE-004', '/registeredCapital/currency', validateCurrency(currency));
    const amount = capital['amount'];
    if (typeof amount === 'number' && !(amount >= 0)) {
      f.error('EIP-LE-004', '/registeredCapital/amount', t(`registeredCapital.amount 应 ≥ 0，实际为 ${amount}`, `registeredCapital.amount should be ≥ 0, found ${amount}`));
    }
  }

  // LE-006 is a SHOULD; the one-day margin allows for the target's clock and time zone.
  const established = str(r, 'establishedOn');
  if (established !== undefined && isRealDate(established)) {
    const today = todayInShanghai(opts.now);
    if (established > addDays(today, 1)) {
      f.warning('EIP-LE-006', '/establishedOn', t(`establishedOn ${established} 晚于今天（${today}）`, `establishedOn ${established} is in the future (today is ${today})`));
    }
    const updated = dateOf(str(r, 'updatedAt'));
    if (updated !== undefined && established > updated) {
      f.warning('EIP-LE-006', '/establishedOn', t(`establishedOn ${established} 晚于 updatedAt ${updated}`, `establishedOn ${established} is after updatedAt ${updated}`));
    }
  }
  return f.list;
}

// ---------------------------------------------------------------- §7 ECertificate

export function checkECertificate(
  rec: unknown,
  opts: { today?: string; holder?: { code: string; codeType: string } } = {},
): Finding[] {
  const f = new Findings();
  const r = asRecord(rec);
  if (!r) return f.list;

  const certificateId = str(r, 'certificateId');
  const typeCode = str(r, 'typeCode');
  const issuer = asRecord(r['issuer']);
  const issuerCode = str(issuer, 'code');

  if (certificateId !== undefined) {
    const id = validateEcertId(certificateId);
    f.verdict('EIP-EC-002', '/certificateId', id);
    // EC-003 needs the segments, which an identifier with only a wrong check character still has.
    const segments = id.info;
    if (segments?.typeCode !== undefined && typeCode !== undefined && segments.typeCode !== typeCode) {
      f.error('EIP-EC-003', '/certificateId', t(
        `证照标识的类型代码段 ${segments.typeCode} 与 typeCode ${typeCode} 不一致`,
        `the identifier's type segment ${segments.typeCode} differs from typeCode ${typeCode}`,
      ));
    }
    if (segments?.issuerCode !== undefined && issuerCode !== undefined && segments.issuerCode !== issuerCode) {
      f.error('EIP-EC-003', '/certificateId', t(
        `证照标识的颁发机构段 ${segments.issuerCode} 与 issuer.code ${issuerCode} 不一致`,
        `the identifier's issuer segment ${segments.issuerCode} differs from issuer.code ${issuerCode}`,
      ));
    }
  }

  if (issuerCode !== undefined) f.verdict('EIP-EC-004', '/issuer/code', validateUscc(issuerCode));
  if (typeCode !== undefined) {
    if (!/^.{18}\d{3}$/.test(typeCode)) {
      f.error('EIP-EC-004', '/typeCode', t('typeCode 应为 21 位：统一社会信用代码 + 3 位数字', 'typeCode should be 21 characters: a USCC + 3 digits'));
    } else {
      const definer = validateUscc(typeCode.slice(0, 18));
      if (!definer.valid) {
        f.error('EIP-EC-004', '/typeCode', t(`typeCode 前 18 位：${definer.reason.zh}`, `typeCode's first 18 characters: ${definer.reason.en}`));
      } else if (definer.warning) {
        f.warning('EIP-EC-004', '/typeCode', t(`typeCode 前 18 位：${definer.warning.zh}`, `typeCode's first 18 characters: ${definer.warning.en}`));
      }
    }
  }

  const holder = asRecord(r['holder']);
  const holderCode = str(holder, 'code');
  const holderCodeType = str(holder, 'codeType');
  if (holderCode !== undefined && holderCodeType !== undefined) {
    let normalized: string | undefined;
    if (holderCodeType === '111') {
      const v = validateCitizenId(holderCode);
      if (!v.valid) f.error('EIP-EC-005', '/holder/code', t(`holder.code 不是有效的公民身份号码：${v.reason.zh}`, `holder.code is not a valid ID number: ${v.reason.en}`));
      else normalized = v.info.normalized;
    } else if (holderCodeType === '001') {
      const v = validateUscc(holderCode);
      if (!v.valid) f.error('EIP-EC-005', '/holder/code', t(`holder.code 不是有效的统一社会信用代码：${v.reason.zh}`, `holder.code is not a valid USCC: ${v.reason.en}`));
      else normalized = holderCode;
    } else {
      f.error('EIP-EC-005', '/holder/codeType', t(
        `holder.codeType 应为 '111'（公民身份号码）或 '001'（统一社会信用代码），实际为 '${holderCodeType}'`,
        `holder.codeType should be '111' (ID number) or '001' (USCC), found '${holderCodeType}'`,
      ));
    }
    if (opts.holder !== undefined) {
      const q = opts.holder.codeType === '111' ? validateCitizenId(opts.holder.code) : undefined;
      const queried = q?.valid ? q.info.normalized : opts.holder.code.toUpperCase();
      if (holderCodeType !== opts.holder.codeType || (normalized ?? holderCode.toUpperCase()) !== queried) {
        f.error('EIP-EC-005', '/holder', t('证照持证主体与所查询的持证主体不一致', "the certificate's holder is not the queried holder"));
      }
    }
  }

  checkValidity(f, r, opts.today ?? todayInShanghai());
  return f.list;
}

/** EC-006: validFrom ≤ validUntil; EXPIRED exactly when validUntil < today, unless REVOKED (one-day margin). */
function checkValidity(f: Findings, r: Rec, today: string): void {
  const validFrom = str(r, 'validFrom');
  const validUntilRaw = r['validUntil'];
  const validUntil = typeof validUntilRaw === 'string' ? validUntilRaw : undefined;
  const status = str(r, 'status');
  if (validFrom !== undefined && validUntil !== undefined && isRealDate(validFrom) && isRealDate(validUntil) && validFrom > validUntil) {
    f.error('EIP-EC-006', '/validUntil', t(`validFrom ${validFrom} 晚于 validUntil ${validUntil}`, `validFrom ${validFrom} is after validUntil ${validUntil}`));
  }
  if (status === undefined || status === 'REVOKED') return;
  if (validUntilRaw === null) {
    if (status === 'EXPIRED') {
      f.error('EIP-EC-006', '/status', t('长期有效（validUntil 为 null）的证照不应为 EXPIRED', 'a certificate without end date (validUntil null) should not be EXPIRED'));
    }
    return;
  }
  if (validUntil === undefined || !isRealDate(validUntil)) return;
  const daysLeft = daysBetween(today, validUntil);
  if (Math.abs(daysLeft) <= 1) return; // too close to today to judge across clocks and time zones
  if (daysLeft < 0 && status !== 'EXPIRED') {
    f.error('EIP-EC-006', '/status', t(
      `validUntil ${validUntil} 早于今天（${today}），status 应为 EXPIRED，实际为 ${status}`,
      `validUntil ${validUntil} is before today (${today}): status should be EXPIRED, found ${status}`,
    ));
  } else if (daysLeft > 0 && status === 'EXPIRED') {
    f.error('EIP-EC-006', '/status', t(
      `validUntil ${validUntil} 尚未到期（今天 ${today}），status 不应为 EXPIRED`,
      `validUntil ${validUntil} has not passed (today is ${today}): status should not be EXPIRED`,
    ));
  }
}

// ---------------------------------------------------------------- §4 CatalogResource

const CYCLE_DAYS: Record<string, number | undefined> = {
  REALTIME: 1,
  DAILY: 1,
  WEEKLY: 7,
  MONTHLY: 31,
  QUARTERLY: 92,
  SEMIANNUAL: 183,
  ANNUAL: 366,
  IRREGULAR: undefined,
};

/** Clock skew allowed before a time counts as "in the future" (CAT-008). */
const FUTURE_MARGIN_MS = 10 * 60_000;

export function checkCatalogResource(rec: unknown, opts: { now?: Date } = {}): Finding[] {
  const f = new Findings();
  const r = asRecord(rec);
  if (!r) return f.list;
  const now = opts.now ?? new Date();

  const resourceCode = str(r, 'resourceCode');
  if (resourceCode !== undefined) {
    const code = validateResourceCode(resourceCode);
    f.verdict('EIP-CAT-002', '/resourceCode', code);
    const category = str(r, 'category');
    if (code.valid && category !== undefined && category !== code.info.category) {
      f.error('EIP-CAT-002', '/category', t(
        `category 应为 ${code.info.category}（资源代码首位 ${resourceCode[0]}），实际为 ${category}`,
        `category should be ${code.info.category} (resource code's first digit ${resourceCode[0]}), found ${category}`,
      ));
    }
  }

  const providerCode = str(asRecord(r['provider']), 'code');
  if (providerCode !== undefined) f.verdict('EIP-CAT-003', '/provider/code', validateUscc(providerCode));

  const shareType = str(r, 'shareType');
  if (shareType !== undefined && shareType !== 'UNCONDITIONAL' && !str(r, 'shareCondition')?.trim()) {
    f.error('EIP-CAT-004', '/shareCondition', t(
      `shareType 为 ${shareType} 时应给出 shareCondition（共享条件及其法律政策依据）`,
      `shareType ${shareType} needs a non-empty shareCondition (its legal or policy basis)`,
    ));
  }
  if (str(r, 'openType') === 'CONDITIONAL' && !str(r, 'openCondition')?.trim()) {
    f.error('EIP-CAT-004', '/openCondition', t('openType 为 CONDITIONAL 时应给出 openCondition', 'openType CONDITIONAL needs a non-empty openCondition'));
  }

  const updatedAtText = str(r, 'updatedAt');
  const updatedAt = updatedAtText === undefined ? undefined : parseDateTime(updatedAtText);
  if (updatedAt && updatedAt.getTime() > now.getTime() + FUTURE_MARGIN_MS) {
    f.warning('EIP-CAT-008', '/updatedAt', t(`updatedAt ${updatedAtText} 晚于当前时间`, `updatedAt ${updatedAtText} is in the future`));
  }
  const publishedOn = str(r, 'publishedOn');
  const updatedDate = dateOf(updatedAtText);
  if (publishedOn !== undefined && isRealDate(publishedOn) && updatedDate !== undefined && publishedOn > updatedDate) {
    f.warning('EIP-CAT-008', '/publishedOn', t(`publishedOn ${publishedOn} 晚于 updatedAt ${updatedAtText}`, `publishedOn ${publishedOn} is after updatedAt ${updatedAtText}`));
  }

  const cycle = str(r, 'updateCycle');
  const cycleDays = cycle === undefined ? undefined : CYCLE_DAYS[cycle];
  if (updatedAt && cycleDays !== undefined) {
    const ageDays = (now.getTime() - updatedAt.getTime()) / 86_400_000;
    if (ageDays > 2 * cycleDays) {
      f.warning('EIP-CAT-010', '/updatedAt', t(
        `资源已 ${Math.floor(ageDays)} 天未更新，超过更新周期 ${cycle} 的两倍（${2 * cycleDays} 天）：疑似停止维护`,
        `not updated for ${Math.floor(ageDays)} days, more than twice its ${cycle} update cycle (${2 * cycleDays} days): possibly abandoned`,
      ));
    }
  }
  return f.list;
}
