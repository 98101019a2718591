/**
 * GB 32100-2015 unified social credit code (统一社会信用代码), with the GB 11714 organisation code
 * at positions 9–17. A random string can pass the GB 32100 checksum by chance (1 in 31), so the
 * GB 11714 check and the authority/category pair are checked too (standards facts §2).
 */
import { t, type Text } from '../i18n/text.js';
import type { Verdict } from './verdict.js';
import { invalid, joinWarnings, typeName, valid } from './verdicts.js';
import { validateDivisionCode } from './division.js';

export interface UsccInfo {
  /** Registration-authority code (position 1). */
  authority: string;
  authorityName: Text;
  /** Organisation-category code (position 2). */
  category: string;
  /** Positions 1–2. */
  pair: string;
  pairSet: 'core' | 'extended';
  categoryName: Text;
  /** Positions 3–8: GB/T 2260 code of the registering authority, '100000' for national. */
  region: string;
  regionName?: string;
  /** The GB 11714 organisation code, written as 8 characters, '-', check: 60003734-1. */
  orgCode: string;
}

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});
const GB11714_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

const AUTHORITIES: Record<string, Text> = {
  '1': t('机构编制', 'institutional establishment'),
  '2': t('外交', 'foreign affairs'),
  '3': t('司法行政', 'justice administration'),
  '4': t('文化', 'culture'),
  '5': t('民政', 'civil affairs'),
  '6': t('旅游', 'tourism'),
  '7': t('宗教', 'religious affairs'),
  '8': t('工会', 'trade unions'),
  '9': t('工商（市场监管）', 'industry and commerce (market regulation)'),
  A: t('中央军委改革和编制办公室', 'CMC reform and establishment office'),
  N: t('农业', 'agriculture'),
  Y: t('其他', 'other'),
};

/** The pairs accepted by most validators (standards facts §2). */
export const CORE_PAIRS: Record<string, Text> = {
  '11': t('机关', 'government organ'),
  '12': t('事业单位', 'public institution'),
  '13': t('群众团体', 'mass organisation'),
  '19': t('其他（机构编制）', 'other (institutional establishment)'),
  '51': t('社会团体', 'social organisation'),
  '52': t('民办非企业单位', 'private non-enterprise unit'),
  '53': t('基金会', 'foundation'),
  '59': t('其他（民政）', 'other (civil affairs)'),
  '91': t('企业', 'enterprise'),
  '92': t('个体工商户', 'individual business'),
  '93': t('农民专业合作社', "farmers' cooperative"),
  Y1: t('其他', 'other'),
};

/** Pairs seen in secondary sources whose official publication is not confirmed: accepted, with a warning. */
export const EXTENDED_PAIRS: Record<string, Text> = {
  '21': t('外国常驻新闻机构', 'resident foreign news agency'),
  '29': t('其他（外交）', 'other (foreign affairs)'),
  '31': t('律师执业机构', 'law firm'),
  '32': t('公证处', 'notary office'),
  '33': t('基层法律服务所', 'grass-roots legal service office'),
  '34': t('司法鉴定机构', 'forensic appraisal institution'),
  '35': t('仲裁委员会', 'arbitration commission'),
  '39': t('其他（司法行政）', 'other (justice administration)'),
  '41': t('外国在华文化中心', 'foreign cultural centre in China'),
  '49': t('其他（文化）', 'other (culture)'),
  '61': t('外国旅游部门常驻代表机构', 'resident office of a foreign tourism body'),
  '62': t('港澳台地区旅游部门常驻内地（大陆）代表机构', 'resident office of a Hong Kong, Macao or Taiwan tourism body'),
  '69': t('其他（旅游）', 'other (tourism)'),
  '71': t('宗教活动场所', 'place of religious activity'),
  '72': t('宗教院校', 'religious college'),
  '79': t('其他（宗教）', 'other (religious affairs)'),
  '81': t('基层工会', 'grass-roots trade union'),
  '89': t('其他（工会）', 'other (trade unions)'),
  A1: t('军队事业单位', 'military public institution'),
  A9: t('其他（军队）', 'other (military)'),
  N1: t('组级集体经济组织', 'group-level collective economic organisation'),
  N2: t('村级集体经济组织', 'village-level collective economic organisation'),
  N3: t('乡镇级集体经济组织', 'township-level collective economic organisation'),
  N9: t('其他（农业）', 'other (agriculture)'),
};

function usccValue(c: string): number {
  const v = USCC_ALPHABET.indexOf(c);
  if (v < 0) throw new RangeError(`'${c}' is not in the USCC alphabet`);
  return v;
}

/** The GB 32100 check character (position 18) for the first 17 characters. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('usccCheckChar: 17 characters expected');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += usccValue(first17[i] as string) * (WEIGHTS[i] as number);
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] as string;
}

/** The GB 11714 organisation-code check character for its 8 body characters (0–9, A–Z = 10–35). */
export function gb11714CheckChar(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new RangeError('gb11714CheckChar: 8 characters of 0-9A-Z expected');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i] as string, 36) * (GB11714_WEIGHTS[i] as number);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Validates a USCC. `checkRegion: false` leaves positions 3–8 to the caller (the record checks
 * report them under their own rule, EIP-LE-003).
 */
export function validateUscc(v: unknown, opts: { checkRegion?: boolean } = {}): Verdict<UsccInfo> {
  if (typeof v !== 'string') {
    return invalid(t(`统一社会信用代码应为字符串，实际为 ${typeName(v)}`, `a USCC should be a string, got ${typeName(v)}`));
  }
  if (v.length !== 18) {
    return invalid(t(`统一社会信用代码应为 18 位，实际为 ${v.length} 位`, `a USCC has 18 characters, got ${v.length}`));
  }
  for (let i = 0; i < 18; i++) {
    const c = v[i] as string;
    if (USCC_ALPHABET.includes(c)) continue;
    const hint = USCC_ALPHABET.includes(c.toUpperCase())
      ? t('（应使用大写字母）', ' (letters are upper case)')
      : t('（字符集为 0–9 和除 I、O、S、V、Z 以外的大写字母）', ' (the set is 0–9 and A–Z without I, O, S, V, Z)');
    return invalid(t(
      `第 ${i + 1} 位 '${c}' 不在统一社会信用代码字符集内${hint.zh}`,
      `position ${i + 1} '${c}' is not in the USCC character set${hint.en}`,
    ));
  }
  const region = v.slice(2, 8);
  if (!/^\d{6}$/.test(region)) {
    return invalid(t(
      `第 3–8 位应为 6 位数字的行政区划代码，实际为 '${region}'`,
      `positions 3–8 should be a 6-digit division code, got '${region}'`,
    ));
  }
  const expected = usccCheckChar(v.slice(0, 17));
  if (v[17] !== expected) {
    return invalid(t(`校验码应为 ${expected}，实际为 ${v[17]}`, `check character should be ${expected}, found ${v[17]}`));
  }
  const pair = v.slice(0, 2);
  const authority = pair[0] as string;
  const category = pair[1] as string;
  const coreName = CORE_PAIRS[pair];
  const extendedName = EXTENDED_PAIRS[pair];
  const authorityName = AUTHORITIES[authority];
  if ((coreName ?? extendedName) === undefined || authorityName === undefined) {
    return invalid(t(
      `登记管理部门代码 '${authority}' 与机构类别代码 '${category}' 的组合未定义（第 1–2 位）`,
      `registration authority '${authority}' with organisation category '${category}' is not a defined pair (positions 1–2)`,
    ));
  }
  const body = v.slice(8, 16);
  const orgCheck = gb11714CheckChar(body);
  if (v[16] !== orgCheck) {
    return invalid(t(
      `第 9–17 位组织机构代码的校验码（第 17 位）应为 ${orgCheck}，实际为 ${v[16]}`,
      `the organisation code's check character (position 17, GB 11714) should be ${orgCheck}, found ${v[16]}`,
    ));
  }
  const info: UsccInfo = {
    authority,
    authorityName,
    category,
    pair,
    pairSet: coreName ? 'core' : 'extended',
    categoryName: (coreName ?? extendedName) as Text,
    region,
    orgCode: `${body}-${orgCheck}`,
  };
  let warning: Text | undefined = coreName ? undefined : t(
    `类别组合 '${pair}' 来自扩展代码表（其正式发布出处未确认），已接受`,
    `pair '${pair}' is from the extended table, whose official publication is not confirmed; accepted`,
  );
  if (opts.checkRegion !== false) {
    const division = validateDivisionCode(region, { allowNational: true });
    if (!division.valid) {
      return invalid(t(`第 3–8 位登记管理机关行政区划码：${division.reason.zh}`, `positions 3–8 (registering authority's division): ${division.reason.en}`), info);
    }
    if (division.info.fullName !== undefined) info.regionName = division.info.fullName;
    warning = joinWarnings(warning, division.warning);
  }
  return valid(info, warning);
}

