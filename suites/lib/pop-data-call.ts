// Valid data-service requests (EIP §3) for the POP, LE and EC suites: purpose always, and the
// approval ticket from the ICS fixtures when the governing catalog resource is CONDITIONAL. Each
// negative test then changes exactly one thing (the identifier) from a request that is otherwise valid.
import { t } from '../../src/i18n/text.js';
import { skip, type GxRequest, type GxResponse, type TestContext } from '../../src/engine/suite-api.js';
import { sharedCatalog } from './cat-catalog.js';
import { governingResource } from './sec-data-service.js';

export interface ServiceAccess {
  resourceCode?: string;
  shareType?: string;
  approval?: string;
}

/** The governing resource of an endpoint and the approval it needs; skips when no valid request can be made. */
export async function serviceAccess(ctx: TestContext, method: string, path: string): Promise<ServiceAccess> {
  const key = `pop-le-ec.access.${method} ${path}`;
  const cached = ctx.shared.get(key) as ServiceAccess | undefined;
  if (cached) return cached;
  const cat = await sharedCatalog(ctx);
  const rec = cat.ok ? governingResource(cat.items, method, path) : undefined;
  if (!cat.ok) {
    ctx.note(t('资源目录无法读取：按无条件共享资源发送请求（不附审批凭证）', 'the resource catalog could not be read: requests are sent as for an unconditional resource (no approval ticket)'));
  }
  const resourceCode = typeof rec?.resourceCode === 'string' ? rec.resourceCode : undefined;
  const shareType = typeof rec?.shareType === 'string' ? rec.shareType : undefined;
  if (shareType === 'NONE') {
    skip(t(`${method} ${path} 所属资源 ${resourceCode ?? '?'} 为不予共享（NONE），不提供服务（见 EIP-SEC-011）`, `${method} ${path} belongs to resource ${resourceCode ?? '?'}, share type NONE: never served (see EIP-SEC-011)`));
  }
  let approval: string | undefined;
  if (shareType === 'CONDITIONAL') {
    approval = resourceCode !== undefined ? ctx.target.fixtures.approvals?.[resourceCode] : undefined;
    if (approval === undefined) {
      skip(t(`${method} ${path} 所属资源 ${resourceCode ?? '?'} 为有条件共享，ICS 的 fixtures.approvals 中没有其审批凭证`, `${method} ${path} belongs to CONDITIONAL resource ${resourceCode ?? '?'}; fixtures.approvals in the ICS has no ticket for it`));
    }
  }
  const access: ServiceAccess = { resourceCode, shareType, ...(approval !== undefined ? { approval } : {}) };
  ctx.shared.set(key, access);
  return access;
}

/** A valid data-service request for an endpoint, with the purpose and (where needed) the approval ticket. */
export async function dataRequest(ctx: TestContext, req: Omit<GxRequest, 'dataService' | 'approval'>): Promise<GxRequest> {
  // The governing resource is looked up by the endpoint's template path for EC get/file.
  const templ = req.path
    .replace(/^\/gx\/v1\/e-certificates\/(?!query$|verify$)[^/]+\/file$/, '/gx/v1/e-certificates/{certificateId}/file')
    .replace(/^\/gx\/v1\/e-certificates\/(?!query$|verify$)[^/]+$/, '/gx/v1/e-certificates/{certificateId}');
  const access = await serviceAccess(ctx, req.method, templ);
  return { ...req, dataService: true, ...(access.approval !== undefined ? { approval: access.approval } : {}) };
}

/** Sends a valid data-service request. */
export async function sendData(ctx: TestContext, req: Omit<GxRequest, 'dataService' | 'approval'>): Promise<GxResponse> {
  return ctx.client.request(await dataRequest(ctx, req));
}

/** Sends a data-service request the node is expected to refuse (negative tests). */
export async function sendRefused(ctx: TestContext, req: Omit<GxRequest, 'dataService' | 'approval'>): Promise<GxResponse> {
  return ctx.client.request({ ...(await dataRequest(ctx, req)), expectRefusal: true });
}

/** The target's calendar day in Asia/Shanghai (UTC+8, no daylight saving), YYYY-MM-DD. */
export function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** 'a JSON value' for a message, cut short. */
export function brief(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 120 ? s.slice(0, 120) + '…' : s;
}
