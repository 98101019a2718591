// Finds a data service (EIP §3) the SEC, CORE and QOS tests can call with an otherwise valid request,
// so that each negative test changes exactly one thing from a request the node is shown to accept.
import { t, type Text } from '../../src/i18n/text.js';
import { notAssessed, skip, type GxRequest, type GxResponse, type TestContext } from '../../src/engine/suite-api.js';
import { where } from './expect.js';
import { catalogItems, claimedClasses, isTemplated, serviceOf, sharedCatalog, type CatalogRecord } from './cat-catalog.js';

export type DataClass = 'POP' | 'LE' | 'EC';

/** Path prefixes of the profile's data services, by class (§5–§7). */
export const DATA_CLASS_PREFIX: Record<DataClass, string> = {
  POP: '/gx/v1/population/',
  LE: '/gx/v1/legal-entities/',
  EC: '/gx/v1/e-certificates/',
};

export interface DataServiceCall {
  method: string;
  path: string;
  body?: unknown;
  /** The body is built from an ICS fixture for a profile endpoint (so it is valid by construction). */
  knownShape: boolean;
  cls?: DataClass;
  /** The catalog resource that governs the service, when the catalog names one. */
  resourceCode?: string;
  shareType?: string;
  approval?: string;
  /** The identifier the request queries (for SEC-012), and the name sent with it, if any. */
  identifier?: { field: string; value: string; name?: string };
}

export function classOfPath(path: string): DataClass | undefined {
  return (Object.keys(DATA_CLASS_PREFIX) as DataClass[]).find((c) => path.startsWith(DATA_CLASS_PREFIX[c]));
}

/** The GxRequest for a call, with overrides for the one thing a test changes. */
export function dataRequest(call: DataServiceCall, overrides: Partial<GxRequest> = {}): GxRequest {
  const req: GxRequest = { method: call.method, path: call.path, dataService: true };
  if (call.body !== undefined) req.body = call.body;
  if (call.approval !== undefined) req.approval = call.approval;
  return { ...req, ...overrides };
}

/** A valid body for a profile data endpoint, from the ICS fixtures; undefined when unknown. */
export function profileCall(ctx: TestContext, method: string, path: string): Omit<DataServiceCall, 'resourceCode' | 'shareType' | 'approval'> | undefined {
  const f = ctx.target.fixtures;
  const person = f.population?.[0];
  const entity = f.legalEntity?.[0];
  const cert = f.eCertificate?.[0];
  const m = method.toUpperCase();
  if (m === 'POST' && path === '/gx/v1/population/query' && person) {
    return { method: m, path, body: { idNumber: person.idNumber }, knownShape: true, cls: 'POP', identifier: { field: 'idNumber', value: person.idNumber } };
  }
  if (m === 'POST' && path === '/gx/v1/population/verify' && person) {
    return { method: m, path, body: { idNumber: person.idNumber, name: person.name }, knownShape: true, cls: 'POP', identifier: { field: 'idNumber', value: person.idNumber, name: person.name } };
  }
  if (m === 'POST' && path === '/gx/v1/legal-entities/query' && entity) {
    return { method: m, path, body: { uscc: entity.uscc }, knownShape: true, cls: 'LE', identifier: { field: 'uscc', value: entity.uscc } };
  }
  if (m === 'POST' && path === '/gx/v1/e-certificates/query' && cert) {
    return { method: m, path, body: { holderCode: cert.holderCode, holderCodeType: cert.holderCodeType }, knownShape: true, cls: 'EC', identifier: { field: 'holderCode', value: cert.holderCode } };
  }
  if (m === 'GET' && path === '/gx/v1/e-certificates/{certificateId}' && cert) {
    return { method: m, path: `/gx/v1/e-certificates/${encodeURIComponent(cert.certificateId)}`, knownShape: true, cls: 'EC' };
  }
  return undefined;
}

/**
 * The catalog resource that governs an endpoint (§3): the one whose service names it, else one that
 * names another endpoint of the same class.
 */
export function governingResource(items: CatalogRecord[], method: string, path: string): CatalogRecord | undefined {
  const named = items.find((r) => {
    const s = serviceOf(r);
    return s !== undefined && s.path === path && s.method === method.toUpperCase();
  });
  if (named) return named;
  const cls = classOfPath(path);
  if (!cls) return undefined;
  return items.find((r) => {
    const s = serviceOf(r);
    return s !== undefined && s.path.startsWith(DATA_CLASS_PREFIX[cls]);
  });
}

/** A call on a catalog resource's own service: a profile body when known, else no body (GET) or {}. */
export function callForResource(ctx: TestContext, rec: CatalogRecord): DataServiceCall | undefined {
  const s = serviceOf(rec);
  if (!s) return undefined;
  const known = profileCall(ctx, s.method, s.path);
  if (!known && isTemplated(s.path)) return undefined;
  const base: DataServiceCall = known ?? { method: s.method, path: s.path, knownShape: false, cls: classOfPath(s.path), ...(s.method === 'GET' || s.method === 'DELETE' ? {} : { body: {} }) };
  return withResource(ctx, base, rec);
}

function withResource(ctx: TestContext, call: DataServiceCall, rec: CatalogRecord | undefined): DataServiceCall {
  if (!rec) return call;
  const code = typeof rec.resourceCode === 'string' ? rec.resourceCode : undefined;
  const shareType = typeof rec.shareType === 'string' ? rec.shareType : undefined;
  const approval = code !== undefined && shareType === 'CONDITIONAL' ? ctx.target.fixtures.approvals?.[code] : undefined;
  return { ...call, resourceCode: code, shareType, ...(approval !== undefined ? { approval } : {}) };
}

export type FoundService = { ok: true; call: DataServiceCall; baseline: GxResponse } | { ok: false; reason: Text; assessable: boolean };

/**
 * The first data service that answers a valid request with success. Profile endpoints with fixtures come
 * first (DEPARTMENT), then the catalog's INTERFACE resources (UNCONDITIONAL before CONDITIONAL with a
 * ticket). Cached per target.
 */
export function findDataService(ctx: TestContext): Promise<FoundService> {
  const key = 'sec.dataService';
  let pending = ctx.shared.get(key) as Promise<FoundService> | undefined;
  if (!pending) {
    pending = searchDataService(ctx);
    pending.catch(() => ctx.shared.delete(key));
    ctx.shared.set(key, pending);
  }
  return pending;
}

async function searchDataService(ctx: TestContext): Promise<FoundService> {
  const cat = await sharedCatalog(ctx);
  const items = cat.ok ? cat.items : [];
  const candidates: DataServiceCall[] = [];
  if (ctx.target.role === 'DEPARTMENT') {
    const claimed = claimedClasses(ctx);
    const endpoints: [DataClass, string][] = [
      ['POP', '/gx/v1/population/query'],
      ['LE', '/gx/v1/legal-entities/query'],
      ['EC', '/gx/v1/e-certificates/query'],
    ];
    for (const [cls, path] of endpoints) {
      const call = claimed.has(cls) ? profileCall(ctx, 'POST', path) : undefined;
      if (call) candidates.push(withResource(ctx, call, governingResource(items, 'POST', path)));
    }
  }
  const byShare = (share: string) => items.filter((r) => r.shareType === share);
  for (const rec of [...byShare('UNCONDITIONAL'), ...byShare('CONDITIONAL')]) {
    const call = callForResource(ctx, rec);
    if (call && !candidates.some((c) => c.method === call.method && c.path === call.path)) candidates.push(call);
  }
  const usable = candidates.filter((c) => c.shareType !== 'NONE' && (c.shareType !== 'CONDITIONAL' || c.approval !== undefined));
  let refused: GxResponse | undefined;
  for (const call of usable.slice(0, 4)) {
    const res = await ctx.client.request(dataRequest(call));
    if (res.status >= 200 && res.status < 300 && res.envelope?.code === '0') return { ok: true, call, baseline: res };
    if (call.knownShape && !refused) refused = res;
  }
  if (refused) {
    const came = refused.envelope ? `${refused.status} / ${refused.envelope.code}` : String(refused.status);
    return {
      ok: false,
      assessable: false,
      reason: t(`有效的数据服务请求未被接受（${where(refused)}：${came}），无法判断`, `a valid data-service request was not accepted (${where(refused)}: ${came}); cannot assess`),
    };
  }
  return {
    ok: false,
    assessable: true,
    reason: ctx.target.role === 'PLATFORM'
      ? t('平台节点的目录未指向可调用的数据服务', "the platform's catalog names no data service that can be called")
      : t('没有可用的数据服务（缺少 POP/LE/EC 样例数据，目录中也没有可调用的服务）', 'no data service to call (no POP/LE/EC fixture and no callable service in the catalog)'),
  };
}

/** The data service, or the test ends: skip when there is none, not assessed when a valid request fails. */
export async function requireDataService(ctx: TestContext): Promise<{ call: DataServiceCall; baseline: GxResponse }> {
  const found = await findDataService(ctx);
  if (found.ok) return found;
  return found.assessable ? skip(found.reason) : notAssessed(found.reason);
}

/** Catalog resources of a share type that name a service the harness can call. */
export async function resourcesWithService(ctx: TestContext, shareType: string): Promise<DataServiceCall[]> {
  const items = await catalogItems(ctx);
  return items
    .filter((r) => r.shareType === shareType)
    .map((r) => callForResource(ctx, r))
    .filter((c): c is DataServiceCall => c !== undefined);
}

/** A profile endpoint's call with its governing resource's share type and approval ticket, if the catalog can be read. */
export async function governedProfileCall(ctx: TestContext, method: string, path: string): Promise<DataServiceCall | undefined> {
  const call = profileCall(ctx, method, path);
  if (!call) return undefined;
  const cat = await sharedCatalog(ctx);
  return withResource(ctx, call, cat.ok ? governingResource(cat.items, method, path) : undefined);
}
