// The resource catalog (EIP §4) of a reference node: every share type, open type, format type, share method
// and update cycle, with the data services named by INTERFACE resources.
import { genResourceCode, type Rng } from '../../standards/index.js';
import { DAY_MS, dateOnly, rfc3339 } from '../time.js';

export interface CatalogResource {
  resourceCode: string;
  name: string;
  category: 'BASIC' | 'THEME' | 'DEPARTMENT';
  provider: { name: string; code: string };
  summary?: string;
  format: { type: string; detail?: string };
  items?: { name: string; dataType: string; length?: number }[];
  shareType: 'UNCONDITIONAL' | 'CONDITIONAL' | 'NONE';
  shareCondition?: string;
  shareMethod?: 'INTERFACE' | 'FILE' | 'DATABASE_SYNC';
  openType: 'OPEN' | 'CONDITIONAL' | 'NOT_OPEN';
  openCondition?: string;
  updateCycle: string;
  publishedOn: string;
  updatedAt: string;
  relatedResourceCodes?: string[];
  service?: { method: string; path: string };
}

/** Codes of the resources that govern data services (fixed so that the routes can name them). */
export const SERVICE_RESOURCES = {
  population: '101001-000001',
  populationVerify: '101001-000002',
  legalEntity: '101002-000001',
  eCertificate: '101005-000001',
  facilities: '201001-000001',
  housingFund: '301001-000001',
  taxViolations: '301002-000001',
} as const;

export const SERVICE_PATHS = {
  facilities: '/gx/v1/services/public-facilities',
  housingFund: '/gx/v1/services/housing-fund/summary',
  taxViolations: '/gx/v1/services/tax-violations',
} as const;

const CYCLE_DAYS: Record<string, number> = { REALTIME: 0.25, DAILY: 1, WEEKLY: 7, MONTHLY: 30, QUARTERLY: 91, SEMIANNUAL: 182, ANNUAL: 365, IRREGULAR: 400 };

const LEGAL_BASIS = '《政务信息资源共享管理暂行办法》（国发〔2016〕51号）第九条';

interface Seed {
  code?: string;
  name: string;
  category: CatalogResource['category'];
  format: string;
  shareType: CatalogResource['shareType'];
  shareMethod?: CatalogResource['shareMethod'];
  openType: CatalogResource['openType'];
  updateCycle: string;
  service?: { method: string; path: string };
  items: [string, string][];
  /** Served by a department only (POP, LE, EC). */
  departmentOnly?: boolean;
}

const SEEDS: Seed[] = [
  { code: SERVICE_RESOURCES.population, name: '人口基础信息查询', category: 'BASIC', format: 'INTERFACE', shareType: 'UNCONDITIONAL', shareMethod: 'INTERFACE', openType: 'NOT_OPEN', updateCycle: 'REALTIME', service: { method: 'POST', path: '/gx/v1/population/query' }, items: [['公民身份号码', 'STRING'], ['姓名', 'STRING'], ['出生日期', 'DATE']], departmentOnly: true },
  { code: SERVICE_RESOURCES.populationVerify, name: '公民身份核验', category: 'BASIC', format: 'INTERFACE', shareType: 'UNCONDITIONAL', shareMethod: 'INTERFACE', openType: 'NOT_OPEN', updateCycle: 'REALTIME', service: { method: 'POST', path: '/gx/v1/population/verify' }, items: [['公民身份号码', 'STRING'], ['核验结果', 'BOOLEAN']], departmentOnly: true },
  { code: SERVICE_RESOURCES.legalEntity, name: '法人单位基础信息查询', category: 'BASIC', format: 'INTERFACE', shareType: 'UNCONDITIONAL', shareMethod: 'INTERFACE', openType: 'CONDITIONAL', updateCycle: 'DAILY', service: { method: 'POST', path: '/gx/v1/legal-entities/query' }, items: [['统一社会信用代码', 'STRING'], ['单位名称', 'STRING'], ['成立日期', 'DATE']], departmentOnly: true },
  { code: SERVICE_RESOURCES.eCertificate, name: '电子证照查询与核验', category: 'BASIC', format: 'INTERFACE', shareType: 'UNCONDITIONAL', shareMethod: 'INTERFACE', openType: 'NOT_OPEN', updateCycle: 'REALTIME', service: { method: 'POST', path: '/gx/v1/e-certificates/query' }, items: [['证照标识', 'STRING'], ['证照文件', 'BINARY']], departmentOnly: true },
  { code: SERVICE_RESOURCES.facilities, name: '公共服务设施名录', category: 'THEME', format: 'INTERFACE', shareType: 'UNCONDITIONAL', shareMethod: 'INTERFACE', openType: 'OPEN', updateCycle: 'WEEKLY', service: { method: 'GET', path: SERVICE_PATHS.facilities }, items: [['设施名称', 'STRING'], ['行政区划代码', 'STRING']] },
  { code: SERVICE_RESOURCES.housingFund, name: '住房公积金缴存汇总', category: 'DEPARTMENT', format: 'INTERFACE', shareType: 'CONDITIONAL', shareMethod: 'INTERFACE', openType: 'NOT_OPEN', updateCycle: 'MONTHLY', service: { method: 'GET', path: SERVICE_PATHS.housingFund }, items: [['缴存单位数', 'INTEGER'], ['缴存金额', 'NUMBER']] },
  { code: SERVICE_RESOURCES.taxViolations, name: '重大税收违法案件明细', category: 'DEPARTMENT', format: 'INTERFACE', shareType: 'NONE', shareMethod: 'INTERFACE', openType: 'NOT_OPEN', updateCycle: 'IRREGULAR', service: { method: 'GET', path: SERVICE_PATHS.taxViolations }, items: [['案件编号', 'STRING'], ['立案日期', 'DATE']] },
  { name: '自然资源和空间地理基础数据', category: 'BASIC', format: 'DATABASE', shareType: 'UNCONDITIONAL', shareMethod: 'DATABASE_SYNC', openType: 'OPEN', updateCycle: 'QUARTERLY', items: [['图斑编号', 'STRING'], ['面积', 'NUMBER']] },
  { name: '社会信用信息归集目录', category: 'BASIC', format: 'SPREADSHEET', shareType: 'UNCONDITIONAL', shareMethod: 'FILE', openType: 'OPEN', updateCycle: 'DAILY', items: [['信用主体代码', 'STRING'], ['归集日期', 'DATE']] },
  { name: '政策文件汇编', category: 'THEME', format: 'DOCUMENT', shareType: 'UNCONDITIONAL', shareMethod: 'FILE', openType: 'OPEN', updateCycle: 'IRREGULAR', items: [['文号', 'STRING'], ['发文日期', 'DATE']] },
  { name: '城市道路监控视频流', category: 'THEME', format: 'STREAM', shareType: 'CONDITIONAL', shareMethod: 'DATABASE_SYNC', openType: 'NOT_OPEN', updateCycle: 'REALTIME', items: [['点位编号', 'STRING'], ['视频流地址', 'STRING']] },
  { name: '卫星遥感影像', category: 'THEME', format: 'IMAGE', shareType: 'CONDITIONAL', shareMethod: 'FILE', openType: 'CONDITIONAL', updateCycle: 'SEMIANNUAL', items: [['影像编号', 'STRING'], ['拍摄日期', 'DATE'], ['影像', 'BINARY']] },
  { name: '统计年鉴数据包', category: 'DEPARTMENT', format: 'SELF_DESCRIBING', shareType: 'UNCONDITIONAL', shareMethod: 'FILE', openType: 'OPEN', updateCycle: 'ANNUAL', items: [['指标名称', 'STRING'], ['指标值', 'NUMBER']] },
  { name: '行政许可办件信息', category: 'DEPARTMENT', format: 'DATABASE', shareType: 'UNCONDITIONAL', shareMethod: 'DATABASE_SYNC', openType: 'CONDITIONAL', updateCycle: 'DAILY', items: [['办件编号', 'STRING'], ['办结时间', 'DATETIME']] },
  { name: '行政处罚信息', category: 'DEPARTMENT', format: 'SPREADSHEET', shareType: 'UNCONDITIONAL', shareMethod: 'FILE', openType: 'OPEN', updateCycle: 'WEEKLY', items: [['处罚决定书文号', 'STRING'], ['处罚日期', 'DATE']] },
  { name: '社会保险参保缴费信息', category: 'THEME', format: 'DATABASE', shareType: 'CONDITIONAL', shareMethod: 'DATABASE_SYNC', openType: 'NOT_OPEN', updateCycle: 'MONTHLY', items: [['参保人数', 'INTEGER'], ['缴费基数', 'NUMBER']] },
  { name: '不动产登记簿', category: 'DEPARTMENT', format: 'DATABASE', shareType: 'CONDITIONAL', shareMethod: 'DATABASE_SYNC', openType: 'NOT_OPEN', updateCycle: 'DAILY', items: [['不动产单元号', 'STRING'], ['登记时间', 'DATETIME']] },
  { name: '涉密档案目录', category: 'DEPARTMENT', format: 'DOCUMENT', shareType: 'NONE', openType: 'NOT_OPEN', updateCycle: 'ANNUAL', items: [['档号', 'STRING']] },
  { name: '财政预决算公开表', category: 'DEPARTMENT', format: 'SPREADSHEET', shareType: 'UNCONDITIONAL', shareMethod: 'FILE', openType: 'OPEN', updateCycle: 'ANNUAL', items: [['科目', 'STRING'], ['金额', 'NUMBER']] },
  { name: '企业年报信息', category: 'BASIC', format: 'SELF_DESCRIBING', shareType: 'UNCONDITIONAL', shareMethod: 'FILE', openType: 'OPEN', updateCycle: 'ANNUAL', items: [['统一社会信用代码', 'STRING'], ['年报年度', 'INTEGER']] },
  { name: '空气质量监测数据', category: 'THEME', format: 'STREAM', shareType: 'UNCONDITIONAL', shareMethod: 'DATABASE_SYNC', openType: 'OPEN', updateCycle: 'REALTIME', items: [['监测点', 'STRING'], ['AQI', 'INTEGER'], ['监测时间', 'DATETIME']] },
  { name: '学校名录', category: 'THEME', format: 'SPREADSHEET', shareType: 'UNCONDITIONAL', shareMethod: 'FILE', openType: 'OPEN', updateCycle: 'SEMIANNUAL', items: [['学校名称', 'STRING'], ['办学类型', 'STRING']] },
  { name: '医疗机构执业登记', category: 'DEPARTMENT', format: 'DATABASE', shareType: 'UNCONDITIONAL', shareMethod: 'DATABASE_SYNC', openType: 'CONDITIONAL', updateCycle: 'QUARTERLY', items: [['机构名称', 'STRING'], ['登记号', 'STRING']] },
];

export interface CatalogOptions {
  rng: Rng;
  start: number;
  provider: { name: string; code: string };
  role: 'DEPARTMENT' | 'PLATFORM';
}

/** The node's catalog, sorted by resource code. Dates are relative to the node's start. */
export function buildCatalog(opts: CatalogOptions): CatalogResource[] {
  const { rng, start } = opts;
  const seen = new Set<string>();
  const out: CatalogResource[] = [];
  for (const s of SEEDS) {
    if (s.departmentOnly && opts.role === 'PLATFORM') continue;
    let code = s.code ?? genResourceCode(rng, s.category);
    while (seen.has(code)) code = genResourceCode(rng, s.category);
    seen.add(code);
    // Updated well within twice the update cycle (CAT-010), at whole seconds, never in the future (CAT-008).
    const ageMs = Math.floor(CYCLE_DAYS[s.updateCycle]! * DAY_MS * (0.1 + 0.5 * rng.next()));
    const updatedMs = start - Math.max(ageMs, 60_000);
    const r: CatalogResource = {
      resourceCode: code,
      name: s.name,
      category: s.category,
      provider: opts.provider,
      summary: `${opts.provider.name}提供的${s.name}。`,
      format: { type: s.format, ...(s.format === 'INTERFACE' ? { detail: 'JSON over HTTPS (EIP 1.0)' } : {}) },
      items: s.items.map(([name, dataType]) => (dataType === 'STRING' ? { name, dataType, length: 64 } : { name, dataType })),
      shareType: s.shareType,
      ...(s.shareType !== 'UNCONDITIONAL' ? { shareCondition: LEGAL_BASIS } : {}),
      ...(s.shareMethod ? { shareMethod: s.shareMethod } : {}),
      openType: s.openType,
      ...(s.openType === 'CONDITIONAL' ? { openCondition: '经申请并签订数据开放利用协议后开放' } : {}),
      updateCycle: s.updateCycle,
      publishedOn: dateOnly(updatedMs - rng.int(30, 900) * DAY_MS),
      updatedAt: rfc3339(updatedMs),
      ...(s.service ? { service: s.service } : {}),
    };
    out.push(r);
  }
  out.sort((a, b) => (a.resourceCode < b.resourceCode ? -1 : a.resourceCode > b.resourceCode ? 1 : 0));
  // Relate a few resources to the one before them, so relatedResourceCodes is exercised.
  for (let i = 1; i < out.length; i += 4) out[i]!.relatedResourceCodes = [out[i - 1]!.resourceCode];
  return out;
}
