// EIP-CORE-006 paging: page ≥ 1 (default 1), size 1–100 (default 20), query-string parameters.
import { ApiError } from './codes.js';
import { queryParam, type RequestCtx } from './context.js';
import type { FaultSet } from './faults/index.js';

export interface PageParams {
  page: number;
  size: number;
}

const INTEGER = /^-?\d+$/;

function intParam(ctx: RequestCtx, name: string, fallback: number): number {
  const raw = queryParam(ctx, name);
  if (raw === undefined) return fallback;
  if (!INTEGER.test(raw)) throw new ApiError('40001', `'${name}' must be an integer`);
  return Number(raw);
}

export function pageParams(ctx: RequestCtx, faults: FaultSet): PageParams {
  let page = intParam(ctx, 'page', 1);
  let size = intParam(ctx, 'size', 20);
  if (faults.has('core-page-bounds-unchecked')) {
    page = Math.max(page, 1);
    size = Math.min(Math.max(size, 1), 100);
  }
  if (page < 1) throw new ApiError('40001', "'page' must be ≥ 1");
  if (size < 1 || size > 100) throw new ApiError('40001', "'size' must be between 1 and 100");
  return { page, size };
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export function paginate<T>(all: readonly T[], p: PageParams, faults: FaultSet): Page<T> {
  let start = (p.page - 1) * p.size;
  // 'core-page-overlap' repeats the last item of the previous page at the top of the next one.
  if (faults.has('core-page-overlap') && p.page > 1) start -= 1;
  let items = all.slice(start, start + p.size);
  if (items.length === 0 && faults.has('core-page-past-end-repeats') && all.length > 0) {
    items = all.slice(Math.max(0, all.length - p.size));
  }
  return { items, page: p.page, size: p.size, total: all.length };
}
