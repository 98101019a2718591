// The catalog as a faulty node serves it: each CAT fault changes one resource, the same in list and single views.
import type { FaultSet } from './faults/index.js';
import { SERVICE_RESOURCES, type CatalogResource } from './data/catalog.js';
import { DAY_MS, rfc3339 } from './time.js';

const SERVICE_CODES = new Set<string>(Object.values(SERVICE_RESOURCES));

export function servedCatalog(catalog: readonly CatalogResource[], faults: FaultSet, start: number): CatalogResource[] {
  const out = catalog.map((r) => structuredClone(r));
  // Faults change resources that no data service depends on, so the other classes are left undisturbed.
  const plain = out.filter((r) => !SERVICE_CODES.has(r.resourceCode));
  const pick = (pred: (r: CatalogResource) => boolean): CatalogResource | undefined => plain.find(pred);
  if (faults.has('cat-item-without-items')) {
    const r = pick(() => true);
    if (r) delete r.items;
  }
  if (faults.has('cat-category-mismatch')) {
    const r = pick((x) => x.category === 'BASIC');
    if (r) r.category = 'THEME';
  }
  if (faults.has('cat-provider-bad-uscc')) {
    const r = pick(() => true);
    if (r) {
      const code = r.provider.code;
      r.provider = { ...r.provider, code: code.slice(0, 17) + (code[17] === '0' ? '1' : '0') };
    }
  }
  if (faults.has('cat-missing-share-condition')) {
    const r = pick((x) => x.shareType === 'CONDITIONAL');
    if (r) delete r.shareCondition;
  }
  if (faults.has('cat-updated-in-future')) {
    const r = pick(() => true);
    if (r) r.updatedAt = rfc3339(start + 2 * DAY_MS);
  }
  if (faults.has('cat-stale-resource')) {
    const r = pick((x) => x.updateCycle === 'DAILY');
    if (r) r.updatedAt = rfc3339(start - 30 * DAY_MS);
  }
  if (faults.has('cat-service-not-served')) {
    const r = out.find((x) => x.resourceCode === SERVICE_RESOURCES.facilities);
    if (r) r.service = { method: 'GET', path: '/gx/v1/services/retired-facilities' };
  }
  return out;
}
