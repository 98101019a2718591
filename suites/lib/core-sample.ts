// One request of each kind the profile defines an answer for, sent once per target and shared by the
// CORE tests that judge every response they see (CORE-001/002/003/009) and those that judge one kind
// (CORE-007 unknown path, CORE-008 malformed bodies), so no response kind is fetched twice.
import type { GxRequest, GxResponse, TestContext } from '../../src/engine/suite-api.js';
import { CATALOG_PATH, sharedCatalog } from './cat-catalog.js';
import { dataRequest, findDataService, governedProfileCall } from './sec-data-service.js';

export type SampleKind =
  | 'health'
  | 'catalog-page'
  | 'catalog-resource'
  | 'unknown-resource'
  | 'unknown-path'
  | 'unsigned'
  | 'bad-paging'
  | 'data-service'
  | 'record-not-found'
  | 'malformed-json'
  | 'wrong-type'
  | 'missing-field';

export interface SampleEntry {
  kind: SampleKind;
  res: GxResponse;
}

/** A well-formed resource code that no catalog holds (sequence 999999 of an unused class). */
export const UNKNOWN_RESOURCE_CODE = '399999-999999';
export const UNKNOWN_PATH = '/gx/v1/govx-no-such-endpoint';

/** The POST used for CORE-008: its valid body and the request builder that keeps everything else valid. */
export interface BodyProbe {
  label: string;
  body: Record<string, unknown>;
  build(body: unknown): GxRequest;
}

/**
 * A signed POST whose body the profile fixes: a data service with a fixture-built body (department), or
 * the docking heartbeat (platform). For the heartbeat the probed member is `nodeId` itself, so the node
 * cannot look a node up first: without a usable nodeId only 40001 fits (our reading; the registry notes it).
 */
export async function bodyProbe(ctx: TestContext): Promise<BodyProbe | undefined> {
  const found = await findDataService(ctx);
  if (found.ok && found.call.knownShape && found.call.body && typeof found.call.body === 'object') {
    const call = found.call;
    return { label: `${call.method} ${call.path}`, body: call.body as Record<string, unknown>, build: (body) => dataRequest(call, { body }) };
  }
  if (ctx.target.role === 'PLATFORM') {
    const path = '/gx/v1/docking/heartbeat';
    return {
      label: `POST ${path}`,
      body: { nodeId: ctx.health?.nodeId ?? 'M-330100-GOVX', sentAt: ctx.now().toISOString() },
      build: (body) => ({ method: 'POST', path, body }),
    };
  }
  return undefined;
}

/** The first string member of a body: the one the missing / wrong-type probes change. */
export function probedMember(body: Record<string, unknown>): string | undefined {
  return Object.keys(body).find((k) => typeof body[k] === 'string');
}

export function sharedSample(ctx: TestContext): Promise<SampleEntry[]> {
  const key = 'core.sample';
  let pending = ctx.shared.get(key) as Promise<SampleEntry[]> | undefined;
  if (!pending) {
    pending = collectSample(ctx);
    pending.catch(() => ctx.shared.delete(key));
    ctx.shared.set(key, pending);
  }
  return pending;
}

async function collectSample(ctx: TestContext): Promise<SampleEntry[]> {
  const out: SampleEntry[] = [];
  const send = async (kind: SampleKind, req: GxRequest) => {
    out.push({ kind, res: await ctx.client.request(req) });
  };
  await send('health', { method: 'GET', path: '/gx/v1/health', as: 'unsigned' });
  await send('catalog-page', { method: 'GET', path: CATALOG_PATH, query: [['page', '1'], ['size', '1']] });
  const cat = await sharedCatalog(ctx);
  const first = cat.ok ? cat.items.find((r) => typeof r.resourceCode === 'string') : undefined;
  if (first) await send('catalog-resource', { method: 'GET', path: `${CATALOG_PATH}/${encodeURIComponent(first.resourceCode as string)}` });
  await send('unknown-resource', { method: 'GET', path: `${CATALOG_PATH}/${UNKNOWN_RESOURCE_CODE}`, expectRefusal: true });
  await send('unknown-path', { method: 'GET', path: UNKNOWN_PATH, expectRefusal: true });
  await send('unsigned', { method: 'GET', path: CATALOG_PATH, as: 'unsigned', expectRefusal: true });
  await send('bad-paging', { method: 'GET', path: CATALOG_PATH, query: [['page', '1'], ['size', '0']], expectRefusal: true });
  const found = await findDataService(ctx);
  if (found.ok) out.push({ kind: 'data-service', res: found.baseline });
  const notFound = await recordNotFoundRequest(ctx);
  if (notFound) await send('record-not-found', notFound);
  const probe = await bodyProbe(ctx);
  if (probe) {
    const member = probedMember(probe.body);
    await send('malformed-json', { ...probe.build(JSON.stringify(probe.body).slice(0, -1) + ','), expectRefusal: true });
    if (member) {
      await send('wrong-type', { ...probe.build({ ...probe.body, [member]: 12345 }), expectRefusal: true });
      const rest = { ...probe.body };
      delete rest[member];
      await send('missing-field', { ...probe.build(rest), expectRefusal: true });
    }
  }
  return out;
}

/** A data-service query for a record the ICS says does not exist (40402), when a fixture allows one. */
async function recordNotFoundRequest(ctx: TestContext): Promise<GxRequest | undefined> {
  if (ctx.target.role !== 'DEPARTMENT') return undefined;
  const absent = ctx.target.fixtures.absent ?? {};
  const probes: [string, string, string | undefined][] = [
    ['/gx/v1/population/query', 'idNumber', absent.population?.[0]],
    ['/gx/v1/legal-entities/query', 'uscc', absent.legalEntity?.[0]],
  ];
  for (const [path, field, value] of probes) {
    if (value === undefined) continue;
    const call = await governedProfileCall(ctx, 'POST', path);
    if (call?.body && call.shareType !== 'NONE') return { ...dataRequest(call, { body: { ...(call.body as object), [field]: value } }), expectRefusal: true };
  }
  const cert = absent.eCertificate?.[0];
  if (cert !== undefined) {
    const call = await governedProfileCall(ctx, 'GET', '/gx/v1/e-certificates/{certificateId}');
    if (call && call.shareType !== 'NONE') return { ...dataRequest(call), path: `/gx/v1/e-certificates/${encodeURIComponent(cert)}`, expectRefusal: true };
  }
  return undefined;
}
