// Routes both roles serve: health (CORE-010), catalog (CAT), audit (SEC-014), open data (OPEN) and the
// department-neutral data services that catalog resources name (facilities, housing fund, tax violations).
import { ApiError } from './codes.js';
import { ok, queryParam, type RequestCtx } from './context.js';
import { baseUrlOf, type NodeEnv } from './env.js';
import { pageParams, paginate } from './paging.js';
import { auditView } from './state.js';
import { parseRfc3339, rfc3339, DAY_MS } from './time.js';
import { SERVICE_PATHS, SERVICE_RESOURCES, type CatalogResource } from './data/catalog.js';
import { datasetView } from './data/open-data.js';
import type { Router } from './router.js';

export function addCommonRoutes(router: Router, env: NodeEnv): void {
  const { faults } = env;
  let healthProbes = 0;
  router.add({
    method: 'GET',
    pattern: '/gx/v1/health',
    public: true,
    handler: () => {
      healthProbes += 1;
      if (faults.has('qos-health-flaky') && healthProbes % 4 === 0) throw new ApiError('50001', 'health probe failed');
      const now = env.clock();
      const time = faults.has('core-health-time-no-offset') ? rfc3339(now).slice(0, 19) : rfc3339(now);
      const conformance = faults.has('core-health-missing-class') ? env.conformance.filter((c) => c !== 'OPEN') : env.conformance;
      return ok({ status: 'UP', role: env.role, nodeId: env.nodeId, profileVersion: '1.0', time, conformance });
    },
  });

  const byCode = new Map(env.catalog.map((r) => [r.resourceCode, r]));
  router.add({
    method: 'GET',
    pattern: '/gx/v1/catalog/resources',
    handler: (ctx) => {
      const p = pageParams(ctx, faults);
      let items: CatalogResource[] = env.catalog;
      const since = queryParam(ctx, 'updatedSince');
      if (since !== undefined) {
        const t = parseRfc3339(since);
        if (t === undefined) throw new ApiError('40001', "'updatedSince' must be an RFC 3339 date-time");
        const strict = faults.has('cat-updated-since-off-by-one');
        items = items.filter((r) => {
          const u = Date.parse(r.updatedAt);
          return strict ? u > t : u >= t;
        });
      }
      const shareType = queryParam(ctx, 'shareType');
      if (shareType !== undefined) {
        if (!['UNCONDITIONAL', 'CONDITIONAL', 'NONE'].includes(shareType)) throw new ApiError('40001', "'shareType' must be UNCONDITIONAL, CONDITIONAL or NONE");
        if (!faults.has('cat-share-type-filter-ignored')) items = items.filter((r) => r.shareType === shareType);
      }
      return ok(paginate(items, p, faults));
    },
  });
  router.add({
    method: 'GET',
    pattern: '/gx/v1/catalog/resources/:resourceCode',
    handler: (ctx) => {
      const r = byCode.get(ctx.params.resourceCode!);
      if (!r) throw new ApiError(faults.has('cat-unknown-code-40400') ? '40400' : '40401');
      return ok(faults.has('cat-single-differs') ? { ...r, summary: `${r.summary ?? ''}（单条视图）` } : r);
    },
  });

  router.add({
    method: 'GET',
    pattern: '/gx/v1/audit',
    handler: (ctx) => {
      const p = pageParams(ctx, faults);
      const bound = (name: string): number | undefined => {
        const v = queryParam(ctx, name);
        if (v === undefined) return undefined;
        const t = parseRfc3339(v);
        if (t === undefined) throw new ApiError('40001', `'${name}' must be an RFC 3339 date-time`);
        return t;
      };
      const from = bound('from');
      const to = bound('to');
      const resourceCode = queryParam(ctx, 'resourceCode');
      const requestId = queryParam(ctx, 'requestId');
      // Times in the log have whole seconds: compare at second precision so `to` includes its own second.
      const entries = env.audit().entries.filter(
        (e) =>
          (from === undefined || Math.floor(e.atMs / 1000) * 1000 >= from) &&
          (to === undefined || Math.floor(e.atMs / 1000) * 1000 <= to) &&
          (resourceCode === undefined || e.resourceCode === resourceCode) &&
          (requestId === undefined || e.requestId === requestId),
      );
      const page = paginate(entries, p, faults);
      return ok({ ...page, items: page.items.map(auditView) });
    },
  });

  addServiceRoutes(router, env);
  addOpenDataRoutes(router, env);
}

/** The catalog's custom INTERFACE services (EIP §3: any endpoint a resource names is a data service). */
function addServiceRoutes(router: Router, env: NodeEnv): void {
  const { faults, data } = env;
  router.add({
    method: 'GET',
    pattern: SERVICE_PATHS.facilities,
    resourceCode: SERVICE_RESOURCES.facilities,
    handler: (ctx) => ok(paginate(data.facilities, pageParams(ctx, faults), faults)),
  });
  router.add({
    method: 'GET',
    pattern: SERVICE_PATHS.housingFund,
    resourceCode: SERVICE_RESOURCES.housingFund,
    handler: () => {
      const month = rfc3339(env.start - 20 * DAY_MS).slice(0, 7);
      const units = data.entityList.filter((e) => e.status === 'ACTIVE').length;
      return ok({ divisionCode: data.region, reportMonth: month, depositingUnits: units, depositAmount: units * 183_250, currency: 'CNY' });
    },
  });
  router.add({
    method: 'GET',
    pattern: SERVICE_PATHS.taxViolations,
    resourceCode: SERVICE_RESOURCES.taxViolations,
    // Reached only with the 'sec-none-served' fault: a NONE resource is answered 40303 before this.
    handler: (ctx) => {
      const cases = data.entityList.slice(0, 5).map((e, i) => ({ caseNo: `SW${data.region}${String(i + 1).padStart(5, '0')}`, uscc: e.uscc, filedOn: e.establishedOn }));
      return ok(paginate(cases, pageParams(ctx as RequestCtx, faults), faults));
    },
  });
}

function addOpenDataRoutes(router: Router, env: NodeEnv): void {
  const { faults, data } = env;
  router.add({
    method: 'GET',
    pattern: '/gx/v1/open/datasets',
    handler: (ctx) => {
      const base = baseUrlOf(env, ctx);
      const views = data.datasets.map((d, i) =>
        datasetView(d, base, {
          sm3Wrong: faults.has('open-sm3-mismatch'),
          noLicense: faults.has('open-no-license'),
          countOff: faults.has('open-record-count-off'),
          xlsxOnly: faults.has('open-no-machine-format') && i === 0,
        }),
      );
      return ok(paginate(views, pageParams(ctx, faults), faults));
    },
  });
  router.add({
    method: 'GET',
    pattern: '/gx/v1/open/datasets/:datasetId/files/:name',
    handler: (ctx) => {
      const d = data.datasets.find((x) => x.datasetId === ctx.params.datasetId);
      const f = d?.files.find((x) => x.name === ctx.params.name);
      if (!f) throw new ApiError('40401');
      return { kind: 'file', contentType: f.contentType, body: f.body };
    },
  });
}
