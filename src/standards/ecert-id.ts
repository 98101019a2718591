/**
 * Electronic-certificate identifier (证照标识, GB/T 36904 as implemented in practice; EIP §7):
 * 1.2.156.3005.2 . typeCode (USCC + 3 digits) . issuer USCC . serial . version . check,
 * the check being ISO 7064 MOD 37,36 over the segments after the root with the dots removed.
 */
import { t } from '../i18n/text.js';
import type { Verdict } from './verdict.js';
import { invalid, typeName, valid } from './verdicts.js';

export const ECERT_ROOT = '1.2.156.3005.2';

export interface EcertIdInfo {
  typeCode: string;
  issuerCode: string;
  serial: string;
  version: string;
  check: string;
}

const ALNUM36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** ISO 7064 MOD 37,36 check character over [0-9A-Z]. */
export function mod3736CheckChar(s: string): string {
  let p = 36;
  for (const c of s) {
    const v = ALNUM36.indexOf(c);
    if (v < 0) throw new RangeError(`mod3736CheckChar: '${c}' is not in 0-9A-Z`);
    let r = (p + v) % 36;
    if (r === 0) r = 36;
    p = (2 * r) % 37;
  }
  return ALNUM36[(37 - p) % 36] as string;
}

const SEGMENTS: { name: string; zh: string; en: string; pattern: RegExp; shapeZh: string; shapeEn: string }[] = [
  { name: 'typeCode', zh: '证照类型代码', en: 'type code', pattern: /^[0-9A-HJ-NPQRTUWXY]{18}\d{3}$/, shapeZh: '21 位：统一社会信用代码 + 3 位数字', shapeEn: '21 characters: a USCC + 3 digits' },
  { name: 'issuerCode', zh: '颁发机构代码', en: 'issuer code', pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/, shapeZh: '18 位统一社会信用代码', shapeEn: 'an 18-character USCC' },
  { name: 'serial', zh: '顺序号', en: 'serial', pattern: /^[0-9A-Z]{1,32}$/, shapeZh: '1–32 位数字或大写字母', shapeEn: '1–32 digits or upper-case letters' },
  { name: 'version', zh: '版本号', en: 'version', pattern: /^\d{3}$/, shapeZh: '3 位数字', shapeEn: '3 digits' },
  { name: 'check', zh: '校验码', en: 'check character', pattern: /^[0-9A-Z]$/, shapeZh: '1 位数字或大写字母', shapeEn: 'one digit or upper-case letter' },
];

export function validateEcertId(v: unknown): Verdict<EcertIdInfo> {
  if (typeof v !== 'string') {
    return invalid(t(`证照标识应为字符串，实际为 ${typeName(v)}`, `a certificate identifier should be a string, got ${typeName(v)}`));
  }
  if (!v.startsWith(ECERT_ROOT + '.')) {
    return invalid(t(`证照标识应以根 '${ECERT_ROOT}.' 开头`, `a certificate identifier starts with the root '${ECERT_ROOT}.'`));
  }
  const parts = v.slice(ECERT_ROOT.length + 1).split('.');
  if (parts.length !== SEGMENTS.length) {
    return invalid(t(
      `根之后应有 5 段（类型代码.颁发机构代码.顺序号.版本号.校验码），实际为 ${parts.length} 段`,
      `after the root come 5 segments (typeCode.issuer.serial.version.check), got ${parts.length}`,
    ));
  }
  for (let i = 0; i < SEGMENTS.length; i++) {
    const seg = SEGMENTS[i]!;
    const part = parts[i] as string;
    if (!seg.pattern.test(part)) {
      return invalid(t(
        `第 ${i + 1} 段${seg.zh} '${part}' 格式不符：应为${seg.shapeZh}`,
        `segment ${i + 1} (${seg.en}) '${part}' is malformed: it should be ${seg.shapeEn}`,
      ));
    }
  }
  const [typeCode, issuerCode, serial, version, check] = parts as [string, string, string, string, string];
  const info: EcertIdInfo = { typeCode, issuerCode, serial, version, check };
  const expected = mod3736CheckChar(typeCode + issuerCode + serial + version);
  if (check !== expected) {
    return invalid(t(`校验码应为 ${expected}，实际为 ${check}`, `check character should be ${expected}, found ${check}`), info);
  }
  return valid(info);
}
