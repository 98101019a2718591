// CAT (EIP §4): the resource catalog (政务信息资源目录), walked once per target and judged rule by rule.
import { isDeepStrictEqual } from 'node:util';
import { t, type Text } from '../src/i18n/text.js';
import { checkCatalogResource } from '../src/standards/index.js';
import { fail, notApplicable, skip, warn, type SuiteModule, type TestContext, type TestDef } from '../src/engine/suite-api.js';
import { expectError, expectOk, where } from './lib/expect.js';
import { PagingProblem, walkPages } from './lib/paging.js';
import { CATALOG_PATH, catalogItems, claimedClasses, serviceOf, sharedCatalog, type CatalogRecord } from './lib/cat-catalog.js';
import { callForResource, dataRequest, DATA_CLASS_PREFIX, type DataClass } from './lib/sec-data-service.js';
import { joinProblems } from './lib/core-checks.js';

const SHARE_TYPES = ['UNCONDITIONAL', 'CONDITIONAL', 'NONE'] as const;
/** Politeness: at most this many service calls for CAT-009. */
const MAX_SERVICE_CALLS = 20;

const codeOf = (r: CatalogRecord, i: number): string => (typeof r.resourceCode === 'string' ? r.resourceCode : `#${i}`);
const listWhere = (i: number, r: CatalogRecord, path: string): string => `GET ${CATALOG_PATH}：/data/items/${i}${path}（${codeOf(r, i)}）`;
const listWhereEn = (i: number, r: CatalogRecord, path: string): string => `GET ${CATALOG_PATH}: /data/items/${i}${path} (${codeOf(r, i)})`;

/**
 * A test judging one rule over every record with the standards' record check. Findings of severity
 * 'warning' (a code the bundled tables may lag behind) warn, even under a MUST.
 */
function recordRule(id: string, rule: string, title: Text): TestDef {
  return {
    id,
    title,
    requirements: [rule],
    requests: 0, // the catalog walk is shared (CORE walks it first)
    async run(ctx) {
      const items = await catalogItems(ctx);
      const now = ctx.now();
      const errors: Text[] = [];
      const warnings: Text[] = [];
      items.forEach((r, i) => {
        for (const f of checkCatalogResource(r, { now })) {
          if (f.rule !== rule) continue;
          const text = t(`${listWhere(i, r, f.path)}：${f.message.zh}`, `${listWhereEn(i, r, f.path)}: ${f.message.en}`);
          (f.severity === 'warning' ? warnings : errors).push(text);
        }
      });
      if (id === 'codes') errors.push(...duplicateCodes(items));
      if (errors.length) fail(joinProblems(errors));
      if (warnings.length) warn(joinProblems(warnings));
    },
  };
}

function duplicateCodes(items: CatalogRecord[]): Text[] {
  const seen = new Map<string, number>();
  const out: Text[] = [];
  items.forEach((r, i) => {
    if (typeof r.resourceCode !== 'string') return;
    const first = seen.get(r.resourceCode);
    if (first !== undefined) out.push(t(`${listWhere(i, r, '/resourceCode')}：资源代码应唯一，与第 ${first} 项重复`, `${listWhereEn(i, r, '/resourceCode')}: resource codes should be unique; it repeats item ${first}`));
    else seen.set(r.resourceCode, i);
  });
  return out;
}

/** Walks a filtered listing and compares its codes with the expected ones. */
async function filteredMatches(ctx: TestContext, filter: [string, string], expected: Set<string>, ignore: Set<string>): Promise<Text[]> {
  let walk;
  try {
    walk = await walkPages(ctx.client, { method: 'GET', path: CATALOG_PATH, query: [filter] });
  } catch (err) {
    if (err instanceof PagingProblem) return [err.text];
    throw err;
  }
  const got = new Set(walk.items.map((r) => (r as CatalogRecord).resourceCode).filter((c): c is string => typeof c === 'string' && !ignore.has(c)));
  const missing = [...expected].filter((c) => !got.has(c));
  const extra = [...got].filter((c) => !expected.has(c));
  const at = `GET ${CATALOG_PATH}?${filter[0]}=${filter[1]}`;
  const out: Text[] = [];
  if (missing.length) out.push(t(`${at}：应包含 ${missing.length} 个资源但未返回（如 ${missing.slice(0, 3).join(', ')}）`, `${at}: ${missing.length} resources that should be listed are missing (e.g. ${missing.slice(0, 3).join(', ')})`));
  if (extra.length) out.push(t(`${at}：返回了 ${extra.length} 个不符合条件的资源（如 ${extra.slice(0, 3).join(', ')}）`, `${at}: ${extra.length} resources that do not match were listed (e.g. ${extra.slice(0, 3).join(', ')})`));
  return out;
}

const tests: TestDef[] = [
  {
    id: 'list',
    title: t('目录列表按 CORE-006 分页，每项符合 CatalogResource', 'the list is paged per CORE-006 and every item validates as CatalogResource'),
    requirements: ['EIP-CAT-001'],
    requests: 0, // the catalog walk is shared (CORE walks it first)
    async run(ctx) {
      const cat = await sharedCatalog(ctx);
      if (!cat.ok) return fail(cat.problem.text);
      const problems: Text[] = [];
      cat.items.forEach((r, i) => {
        // Members that another rule governs (code format, USCC, conditions, date formats) are judged by that rule's test.
        for (const v of ctx.schemas.validate('catalog-resource', r)) {
          if (v.rule !== undefined && v.rule !== 'EIP-CAT-001') continue;
          problems.push(t(`${listWhere(i, r, v.path)}：${v.message.zh}`, `${listWhereEn(i, r, v.path)}: ${v.message.en}`));
        }
      });
      ctx.note(t(`目录共 ${cat.items.length} 项`, `the catalog holds ${cat.items.length} resources`));
      if (problems.length) fail(joinProblems(problems));
    },
  },
  recordRule('codes', 'EIP-CAT-002', t('资源代码格式正确、唯一且与分类一致', 'resource codes are well formed, unique and agree with the category')),
  recordRule('provider', 'EIP-CAT-003', t('提供方代码为有效的统一社会信用代码', 'provider.code is a valid USCC')),
  recordRule('conditions', 'EIP-CAT-004', t('需要时给出共享条件与开放条件', 'shareCondition / openCondition are present where required')),
  {
    id: 'single-equals-list',
    title: t('单个资源接口返回与列表相同的记录', 'the single-resource endpoint returns the same record as the list'),
    requirements: ['EIP-CAT-005'],
    requests: 5,
    async run(ctx) {
      const items = (await catalogItems(ctx)).filter((r) => typeof r.resourceCode === 'string');
      if (items.length === 0) return skip(t('目录为空', 'the catalog is empty'));
      // First, last and a few between: enough to catch a lookup that drifts, within a small request count.
      const picks = [...new Set([0, items.length - 1, Math.floor(items.length / 2), Math.floor(items.length / 4), Math.floor((3 * items.length) / 4)])];
      const problems: Text[] = [];
      for (const i of picks) {
        const rec = items[i]!;
        const res = await ctx.client.request({ method: 'GET', path: `${CATALOG_PATH}/${encodeURIComponent(rec.resourceCode as string)}` });
        const data = expectOk(res);
        if (!isDeepStrictEqual(data, rec)) {
          const keys = new Set([...Object.keys(rec), ...Object.keys((data as object | null) ?? {})]);
          const differing = [...keys].filter((k) => !isDeepStrictEqual((data as Record<string, unknown> | null)?.[k], rec[k]));
          problems.push(t(`${where(res)}：/data 应与列表中的记录相同，不同的字段：${differing.join(', ')}`, `${where(res)}: /data should equal the list record; members that differ: ${differing.join(', ')}`));
        }
      }
      if (problems.length) fail(joinProblems(problems));
    },
  },
  {
    id: 'unknown-code',
    title: t('未知资源代码返回 404 / 40401', 'an unknown resource code gets 404 / 40401'),
    requirements: ['EIP-CAT-005'],
    requests: 1,
    async run(ctx) {
      const known = new Set((await catalogItems(ctx)).map((r) => r.resourceCode));
      let code = '399999-999997';
      for (let n = 999996; known.has(code); n--) code = `399999-${n}`;
      expectError(await ctx.client.request({ method: 'GET', path: `${CATALOG_PATH}/${code}`, expectRefusal: true }), 404, '40401');
    },
  },
  {
    id: 'updated-since',
    title: t('updatedSince=T 恰好返回 updatedAt ≥ T 的资源', 'updatedSince=T returns exactly the resources with updatedAt ≥ T'),
    requirements: ['EIP-CAT-006'],
    requests: 1, // one page of the filtered list
    async run(ctx) {
      const items = await catalogItems(ctx);
      const dated = items.filter((r) => typeof r.resourceCode === 'string' && typeof r.updatedAt === 'string' && !Number.isNaN(Date.parse(r.updatedAt)));
      if (dated.length === 0) return skip(t('目录中没有带可解析 updatedAt 的资源', 'no resource in the catalog has a parsable updatedAt'));
      // T is one record's own updatedAt (the median), so the boundary (≥, not >) is tested too.
      const sorted = [...dated].sort((a, b) => Date.parse(a.updatedAt as string) - Date.parse(b.updatedAt as string));
      const T = sorted[Math.floor(sorted.length / 2)]!.updatedAt as string;
      const expected = new Set(dated.filter((r) => Date.parse(r.updatedAt as string) >= Date.parse(T)).map((r) => r.resourceCode as string));
      // Records whose updatedAt cannot be read are CORE-005's concern: they are left out of the comparison.
      const ignore = new Set(items.filter((r) => !dated.includes(r) && typeof r.resourceCode === 'string').map((r) => r.resourceCode as string));
      const problems = await filteredMatches(ctx, ['updatedSince', T], expected, ignore);
      if (problems.length) fail(joinProblems(problems));
    },
  },
  {
    id: 'share-type',
    title: t('shareType=X 恰好返回该共享类型的资源', 'shareType=X returns exactly the resources of that share type'),
    requirements: ['EIP-CAT-007'],
    requests: SHARE_TYPES.length, // one filtered page per share type
    async run(ctx) {
      const items = await catalogItems(ctx);
      const problems: Text[] = [];
      for (const share of SHARE_TYPES) {
        const expected = new Set(items.filter((r) => r.shareType === share && typeof r.resourceCode === 'string').map((r) => r.resourceCode as string));
        problems.push(...(await filteredMatches(ctx, ['shareType', share], expected, new Set())));
      }
      if (problems.length) fail(joinProblems(problems));
    },
  },
  recordRule('dates', 'EIP-CAT-008', t('updatedAt 不在未来，publishedOn 不晚于 updatedAt', 'updatedAt is not in the future and publishedOn is not after it')),
  {
    id: 'services-served',
    title: t('每个 INTERFACE 资源的 service.path 均可调用（签名请求不返回 404）', "every INTERFACE resource's service.path is served (a signed call does not get 404)"),
    requirements: ['EIP-CAT-009'],
    readsPersonalData: true,
    // About one call per service: the profile's paths of each claimed data class and a few others (at most MAX_SERVICE_CALLS).
    requests: (target) => Math.min(MAX_SERVICE_CALLS, 3 + (target.classes.includes('POP') ? 2 : 0) + (target.classes.includes('LE') ? 1 : 0) + (target.classes.includes('EC') ? 3 : 0)),
    async run(ctx) {
      const items = await catalogItems(ctx);
      const seen = new Set<string>();
      const problems: Text[] = [];
      const uncallable: string[] = [];
      let called = 0;
      for (const rec of items) {
        if (rec.shareMethod !== 'INTERFACE') continue;
        const service = serviceOf(rec);
        if (!service || seen.has(`${service.method} ${service.path}`)) continue;
        seen.add(`${service.method} ${service.path}`);
        const call = callForResource(ctx, rec);
        if (!call) {
          uncallable.push(`${service.method} ${service.path}`);
          continue;
        }
        if (called >= MAX_SERVICE_CALLS) break;
        called++;
        // A refusal (400, 403…) is fine here: the rule is only that the path exists.
        const res = await ctx.client.request({ ...dataRequest(call), expectRefusal: true });
        if (res.status === 404) {
          problems.push(t(`${where(res)}：资源 ${codeOf(rec, 0)} 的服务路径应可调用，实际为 404 / ${res.envelope?.code ?? ''}`, `${where(res)}: the service of resource ${codeOf(rec, 0)} should be served, got 404 / ${res.envelope?.code ?? ''}`));
        }
      }
      if (uncallable.length) ctx.note(t(`含路径参数且无样例数据、未调用：${uncallable.join(', ')}`, `templated and without a fixture, not called: ${uncallable.join(', ')}`));
      if (problems.length) fail(joinProblems(problems));
      if (called === 0) return skip(t('目录中没有可调用的 INTERFACE 服务', 'the catalog names no INTERFACE service that can be called'));
    },
  },
  {
    id: 'data-class-resources',
    title: t('节点声明的每个数据类（POP、LE、EC）在目录中都有资源', 'every data class the node claims (POP, LE, EC) has a catalog resource'),
    requirements: ['EIP-CAT-009'],
    requests: 0, // the catalog walk is shared (CORE walks it first)
    async run(ctx) {
      const claimed = [...claimedClasses(ctx)].filter((c): c is DataClass => c in DATA_CLASS_PREFIX);
      if (claimed.length === 0) return notApplicable(t('节点未声明数据类（POP、LE、EC）', 'the node claims no data class (POP, LE, EC)'));
      const items = await catalogItems(ctx);
      const missing = claimed.filter((c) => !items.some((r) => serviceOf(r)?.path.startsWith(DATA_CLASS_PREFIX[c])));
      if (missing.length) {
        fail(t(`GET ${CATALOG_PATH}：声明的数据类 ${missing.join(', ')} 在目录中没有服务路径为 ${missing.map((c) => DATA_CLASS_PREFIX[c] + '…').join(', ')} 的资源`, `GET ${CATALOG_PATH}: claimed data classes ${missing.join(', ')} have no resource whose service is under ${missing.map((c) => DATA_CLASS_PREFIX[c] + '…').join(', ')}`));
      }
    },
  },
  recordRule('freshness', 'EIP-CAT-010', t('资源在两个更新周期内有更新', 'each resource was updated within twice its updateCycle')),
];

const suite: SuiteModule = {
  class: 'CAT',
  title: t('政务信息资源目录', 'Resource catalog'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests,
};
export default suite;
