/**
 * Deterministic generators of valid synthetic codes and records, for the reference nodes and the
 * tests: the same seed gives the same output on every machine (no clock, no Math.random; dates
 * are relative to `opts.now`, which defaults to a fixed instant).
 */
import { ConfigError } from '../errors.js';
import { randomChars, type Rng } from './rng.js';
import { citizenIdCheckChar } from './citizen-id.js';
import { CORE_PAIRS, gb11714CheckChar, USCC_ALPHABET, usccCheckChar } from './uscc.js';
import { countyCodes, divisionFullName, divisionName, regionNameForPrefix } from './division.js';
import { ECERT_ROOT, mod3736CheckChar } from './ecert-id.js';
import { DIGIT_BY_CATEGORY, type ResourceCategory } from './resource-code.js';
import type { NodeLevel } from './node-id.js';
import { addDays, isRealDate, toShanghaiDateTime, todayInShanghai } from './dates.js';
import type { LegalEntityRecord, PersonRecord } from './record-types.js';

/** The instant generated dates are relative to when the caller gives none (kept fixed for determinism). */
export const DEFAULT_GENERATION_NOW = new Date('2026-01-01T00:00:00+08:00');

const DIGITS = '0123456789';
const ALNUM36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function need(ok: boolean, message: string): void {
  // A bad generator option is a programming or configuration mistake in the caller.
  if (!ok) throw new ConfigError(message);
}

/** A real county-level code from the GB/T 2260 table. */
export function randomCountyCode(rng: Rng): string {
  return rng.pick(countyCodes());
}

function isKnownCounty(code: string): boolean {
  return !code.endsWith('00') && divisionName(code) !== undefined;
}

function randomDate(rng: Rng, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  const days = Math.floor((b - a) / 86_400_000);
  return addDays(from, rng.int(0, days));
}

export function genCitizenId(rng: Rng, opts: { region?: string; birthDate?: string; sex?: '1' | '2' } = {}): string {
  const region = opts.region ?? randomCountyCode(rng);
  need(/^\d{6}$/.test(region), `genCitizenId: region '${region}' is not 6 digits`);
  const birthDate = opts.birthDate ?? randomDate(rng, '1940-01-01', '2008-12-31');
  need(isRealDate(birthDate), `genCitizenId: birthDate '${birthDate}' is not a YYYY-MM-DD date`);
  const sex = opts.sex ?? (rng.int(0, 1) === 0 ? '1' : '2');
  const parity = sex === '1' ? rng.pick(['1', '3', '5', '7', '9']) : rng.pick(['0', '2', '4', '6', '8']);
  const body = region + birthDate.replaceAll('-', '') + randomChars(rng, DIGITS, 2) + parity;
  return body + citizenIdCheckChar(body);
}

/** Core pairs, weighted toward enterprises as real registers are. */
const PAIR_WEIGHTS: readonly string[] = ['91', '91', '91', '91', '92', '92', '93', '11', '12', '13', '19', '51', '52', '53', '59', 'Y1'];

export function genUscc(rng: Rng, opts: { pair?: string; region?: string } = {}): string {
  const pair = opts.pair ?? rng.pick(PAIR_WEIGHTS);
  need(/^[0-9A-HJ-NPQRTUWXY]{2}$/.test(pair), `genUscc: pair '${pair}' is not two USCC characters`);
  const region = opts.region ?? (rng.int(0, 9) === 0 ? randomCountyCode(rng).slice(0, 4) + '00' : randomCountyCode(rng));
  need(/^\d{6}$/.test(region), `genUscc: region '${region}' is not 6 digits`);
  // The organisation code's body comes from the USCC alphabet, so the whole code stays in it.
  const body = randomChars(rng, USCC_ALPHABET, 8);
  const first17 = pair + region + body + gb11714CheckChar(body);
  return first17 + usccCheckChar(first17);
}

/** A certificate type code: the defining authority's USCC (a national organ) + 3 digits. */
export function genTypeCode(rng: Rng): string {
  return genUscc(rng, { pair: '11', region: '100000' }) + randomChars(rng, DIGITS, 3);
}

export function genEcertId(
  rng: Rng,
  opts: { typeCode: string; issuerCode: string; serial?: string; version?: string },
): string {
  const serial = opts.serial ?? randomChars(rng, DIGITS, 4) + randomChars(rng, ALNUM36, rng.int(4, 12));
  const version = opts.version ?? '001';
  need(/^[0-9A-HJ-NPQRTUWXY]{18}\d{3}$/.test(opts.typeCode), 'genEcertId: typeCode is not a USCC + 3 digits');
  need(/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(opts.issuerCode), 'genEcertId: issuerCode is not 18 USCC characters');
  need(/^[0-9A-Z]{1,32}$/.test(serial), 'genEcertId: serial is not 1–32 of [0-9A-Z]');
  need(/^\d{3}$/.test(version), 'genEcertId: version is not 3 digits');
  const check = mod3736CheckChar(opts.typeCode + opts.issuerCode + serial + version);
  return [ECERT_ROOT, opts.typeCode, opts.issuerCode, serial, version, check].join('.');
}

export function genResourceCode(rng: Rng, category: ResourceCategory): string {
  const digit = DIGIT_BY_CATEGORY[category];
  need(digit !== undefined, `genResourceCode: unknown category '${String(category)}'`);
  const subEntry = rng.pick(['', '', randomChars(rng, DIGITS, 2), randomChars(rng, DIGITS, 4)]);
  return `${digit}${randomChars(rng, DIGITS, 5)}${subEntry}-${randomChars(rng, DIGITS, 6)}`;
}

const LEVEL_LETTERS: Record<NodeLevel, string> = { NATIONAL: 'N', PROVINCIAL: 'P', MUNICIPAL: 'M', DEPARTMENT: 'D' };

export function genNodeId(rng: Rng, level: NodeLevel, region: string): string {
  const letter = LEVEL_LETTERS[level];
  need(letter !== undefined, `genNodeId: unknown level '${String(level)}'`);
  need(/^\d{6}$/.test(region), `genNodeId: region '${region}' is not 6 digits`);
  return `${letter}-${region}-${randomChars(rng, ALNUM36, rng.int(4, 8))}`;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉文晓春海燕鹏辉玲丹婷宇浩然欣怡梓涵子轩雨泽思佳嘉豪俊博一诺梦琪晨阳诗雅家乐瑞天佑若曦';

/** A plausible Chinese name: a common surname and one or two given-name characters. */
export function genChineseName(rng: Rng): string {
  const given = rng.int(0, 2) === 0 ? 1 : 2;
  let name = rng.pick([...SURNAMES]);
  for (let i = 0; i < given; i++) name += rng.pick([...GIVEN]);
  return name;
}

const STREETS = ['人民路', '解放路', '中山路', '建设路', '和平街', '新华路', '文化路', '朝阳街', '胜利路', '滨江路', '学府路', '光明街'];

function genAddress(rng: Rng, division: string): string {
  const place = divisionFullName(division) ?? regionNameForPrefix(division) ?? '';
  return `${place}${rng.pick(STREETS)}${rng.int(1, 999)}号${rng.int(1, 30)}栋${rng.int(1, 6)}单元${rng.int(101, 2806)}室`;
}

/** Ethnic groups weighted roughly as the population is: mostly 01 汉. */
const ETHNICITY_WEIGHTS: readonly string[] = [...Array(20).fill('01'), '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '15', '97'];

/** Generated times are whole seconds in +08:00: `now` minus up to `maxDaysBack` days. */
function recentDateTime(rng: Rng, now: Date, maxDaysBack: number): string {
  return toShanghaiDateTime(new Date(now.getTime() - rng.int(0, maxDaysBack * 86_400) * 1000));
}

export interface PersonRecordOptions {
  idNumber?: string;
  region?: string;
  birthDate?: string;
  sex?: '1' | '2';
  residenceDivisionCode?: string;
  /** The instant `updatedAt` is relative to; default DEFAULT_GENERATION_NOW. */
  now?: Date;
}

/** A PersonRecord (EIP §5) that passes every POP rule: birth date and sex from the ID, codes from the tables. */
export function genPersonRecord(rng: Rng, opts: PersonRecordOptions = {}): PersonRecord {
  const now = opts.now ?? DEFAULT_GENERATION_NOW;
  const today = todayInShanghai(now);
  const idNumber = opts.idNumber ?? genCitizenId(rng, {
    region: opts.region,
    birthDate: opts.birthDate ?? randomDate(rng, '1940-01-01', addDays(today, -365 * 16)),
    sex: opts.sex,
  });
  need(/^\d{17}[\dX]$/.test(idNumber), 'genPersonRecord: idNumber is not an 18-character ID number');
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  const sex = Number(idNumber[16]) % 2 === 1 ? '1' : '2';
  const age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  const region = idNumber.slice(0, 6);
  const residenceDivisionCode = opts.residenceDivisionCode
    ?? (isKnownCounty(region) && rng.int(0, 2) > 0 ? region : randomCountyCode(rng));
  const maritalStatus = age < 22 ? '10' : rng.pick(['10', '20', '20', '20', '21', '22', '23', '30', '40']);
  const education = age < 18 ? rng.pick(['71', '73', '81'])
    : rng.pick(['11', '14', '21', '21', '21', '31', '31', '41', '44', '47', '61', '61', '71', '71', '81', '90']);
  const record: PersonRecord = {
    idNumber,
    name: genChineseName(rng),
    sex,
    ethnicity: rng.pick(ETHNICITY_WEIGHTS),
    birthDate,
    residenceDivisionCode,
    residenceAddress: genAddress(rng, residenceDivisionCode),
    maritalStatus,
    education,
    updatedAt: recentDateTime(rng, now, 365),
  };
  if (isKnownCounty(region)) record.birthPlaceDivisionCode = region;
  return record;
}

const BRANDS = ['华信', '恒通', '中联', '宏达', '瑞丰', '金桥', '新源', '天成', '博远', '汇智', '鼎盛', '泰和', '远航', '德润', '嘉禾', '兴业'];
const TRADES = [
  { word: '科技', scope: '软件开发；信息技术咨询服务；数据处理和存储支持服务' },
  { word: '贸易', scope: '日用百货销售；五金产品批发；货物进出口' },
  { word: '建设工程', scope: '建设工程施工；市政设施管理；园林绿化工程施工' },
  { word: '食品', scope: '食品销售；农副产品销售；餐饮管理' },
  { word: '物流', scope: '道路货物运输；仓储服务；国内货物运输代理' },
  { word: '咨询', scope: '企业管理咨询；会议及展览服务；市场调查' },
];

export interface LegalEntityRecordOptions {
  uscc?: string;
  pair?: string;
  region?: string;
  status?: LegalEntityRecord['status'];
  /** The instant `establishedOn` and `updatedAt` are relative to; default DEFAULT_GENERATION_NOW. */
  now?: Date;
}

/** A LegalEntityRecord (EIP §6) that passes every LE rule. */
export function genLegalEntityRecord(rng: Rng, opts: LegalEntityRecordOptions = {}): LegalEntityRecord {
  const now = opts.now ?? DEFAULT_GENERATION_NOW;
  const region = opts.region ?? randomCountyCode(rng);
  const uscc = opts.uscc ?? genUscc(rng, { pair: opts.pair ?? '91', region });
  need(/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(uscc), 'genLegalEntityRecord: uscc is not 18 USCC characters');
  const usccRegion = uscc.slice(2, 8);
  const divisionCode = usccRegion !== '100000' && divisionName(usccRegion) ? usccRegion : region;
  const city = regionNameForPrefix(divisionCode) ?? '';
  const trade = rng.pick(TRADES);
  const updatedAt = recentDateTime(rng, now, 180);
  const establishedOn = randomDate(rng, '1995-01-01', addDays(updatedAt.slice(0, 10), -1));
  const record: LegalEntityRecord = {
    uscc,
    name: `${city}${rng.pick(BRANDS)}${trade.word}有限公司`,
    legalRepresentative: genChineseName(rng),
    registeredCapital: { amount: rng.int(1, 500) * 10_000, currency: 'CNY' },
    establishedOn,
    registrationAuthority: { name: `${city}市场监督管理局` },
    divisionCode,
    address: genAddress(rng, divisionCode),
    businessScope: trade.scope,
    status: opts.status ?? 'ACTIVE',
    updatedAt,
  };
  return record;
}

/** The core authority/category pairs (GB 32100), for callers that pick one. */
export const CORE_PAIR_CODES: readonly string[] = Object.keys(CORE_PAIRS);
