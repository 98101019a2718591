// The target's resource catalog, walked once per target and shared by the CORE, SEC and CAT tests.
import { t } from '../../src/i18n/text.js';
import { notAssessed, type TestContext } from '../../src/engine/suite-api.js';
import { PagingProblem, walkPages, type PageWalk } from './paging.js';

export const CATALOG_PATH = '/gx/v1/catalog/resources';

/** A catalog record, loosely typed: the CAT tests validate it; others only read these members. */
export interface CatalogRecord {
  resourceCode?: unknown;
  shareType?: unknown;
  shareMethod?: unknown;
  updatedAt?: unknown;
  publishedOn?: unknown;
  service?: { method?: unknown; path?: unknown } | null;
  [key: string]: unknown;
}

export type CatalogWalk = { ok: true; walk: PageWalk; items: CatalogRecord[] } | { ok: false; problem: PagingProblem };

/** Walks the catalog (size=100) once per target; later callers get the same result. */
export function sharedCatalog(ctx: TestContext): Promise<CatalogWalk> {
  const key = 'cat.catalog';
  let pending = ctx.shared.get(key) as Promise<CatalogWalk> | undefined;
  if (!pending) {
    pending = walkPages(ctx.client, { method: 'GET', path: CATALOG_PATH }).then(
      (walk): CatalogWalk => ({ ok: true, walk, items: walk.items as CatalogRecord[] }),
      (err: unknown): CatalogWalk => {
        if (err instanceof PagingProblem) return { ok: false, problem: err };
        throw err;
      },
    );
    // A transport error must not stick: the next test may try again.
    pending.catch(() => ctx.shared.delete(key));
    ctx.shared.set(key, pending);
  }
  return pending;
}

/** The catalog's records, or the test is not assessed (the CAT-001 test reports why). */
export async function catalogItems(ctx: TestContext): Promise<CatalogRecord[]> {
  const cat = await sharedCatalog(ctx);
  if (cat.ok) return cat.items;
  return notAssessed(t(`无法读取资源目录：${cat.problem.text.zh}`, `could not read the resource catalog: ${cat.problem.text.en}`));
}

export function serviceOf(rec: CatalogRecord): { method: string; path: string } | undefined {
  const s = rec.service;
  if (!s || typeof s !== 'object' || typeof s.path !== 'string' || typeof s.method !== 'string') return undefined;
  return { method: s.method.toUpperCase(), path: s.path };
}

/** A service path with a template segment ('{certificateId}') cannot be called as it is. */
export function isTemplated(path: string): boolean {
  return /[{}]/.test(path);
}

/** Classes the node claims, in its ICS or its health answer. */
export function claimedClasses(ctx: TestContext): Set<string> {
  return new Set<string>([...ctx.target.classes, ...(ctx.health?.conformance ?? [])]);
}
