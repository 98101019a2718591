// Page walks over EIP CORE-006 collections (catalog, audit, open datasets, node catalogs, EC queries).
// Politeness: walks use size=100 and stop at `total`, with a hard page cap.
import { t, type Text } from '../../src/i18n/text.js';
import type { GxClient, GxRequest, GxResponse } from '../../src/engine/suite-api.js';
import { where } from './expect.js';

export interface PageData {
  items: unknown[];
  page: number;
  size: number;
  total: number;
}

export interface PageWalk {
  items: unknown[];
  total: number;
  responses: GxResponse[];
}

/** A walk that could not be completed: why, and the response that stopped it. */
export class PagingProblem extends Error {
  constructor(
    readonly text: Text,
    readonly response?: GxResponse,
  ) {
    super(text.en);
  }
}

/** `data` of a paged answer, or the reason it is not one (CORE-006 shape). */
export function pageData(res: GxResponse): PageData | Text {
  const env = res.envelope;
  if (!env || env.code !== '0' || res.status < 200 || res.status >= 300) {
    const came = env ? `${res.status} / ${env.code}` : `${res.status}`;
    return t(`${where(res)}：应成功返回分页数据，实际为 ${came}`, `${where(res)}: expected a successful page, got ${came}`);
  }
  const data = env.data as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || !Array.isArray(data.items)) {
    return t(`${where(res)}：/data/items 应为数组`, `${where(res)}: /data/items should be an array`);
  }
  for (const key of ['page', 'size', 'total'] as const) {
    if (!Number.isInteger(data[key]) || (data[key] as number) < 0) {
      return t(`${where(res)}：/data/${key} 应为非负整数，实际为 ${JSON.stringify(data[key])}`, `${where(res)}: /data/${key} should be a non-negative integer, got ${JSON.stringify(data[key])}`);
    }
  }
  return data as unknown as PageData;
}

/** The request with page/size set (replacing any given). */
export function withPage(req: GxRequest, page: number | string, size: number | string): GxRequest {
  const base: [string, string][] = Array.isArray(req.query)
    ? req.query.filter(([n]) => n !== 'page' && n !== 'size')
    : Object.entries(req.query ?? {})
        .filter(([n]) => n !== 'page' && n !== 'size')
        .map(([n, v]) => [n, String(v)]);
  return { ...req, query: [...base, ['page', String(page)], ['size', String(size)]] };
}

/**
 * Walks every page of a collection. Throws PagingProblem when an answer is not a page or the walk
 * does not end where `total` says (the caller decides whether that fails its rule or is not assessed).
 */
export async function walkPages(client: GxClient, req: GxRequest, opts: { size?: number; maxPages?: number } = {}): Promise<PageWalk> {
  const size = opts.size ?? 100;
  const maxPages = opts.maxPages ?? 50;
  const items: unknown[] = [];
  const responses: GxResponse[] = [];
  let total = 0;
  for (let page = 1; ; page++) {
    const res = await client.request(withPage(req, page, size));
    responses.push(res);
    const data = pageData(res);
    if (!('items' in data)) throw new PagingProblem(data, res);
    if (page === 1) total = data.total;
    items.push(...data.items);
    if (data.items.length === 0 || items.length >= total) break;
    if (page >= maxPages || page >= Math.ceil(total / size) + 1) {
      throw new PagingProblem(
        t(`${where(res)}：翻页 ${page} 页后只得到 ${items.length} 条，total 为 ${total}`, `${where(res)}: after ${page} pages only ${items.length} items came, total is ${total}`),
        res,
      );
    }
  }
  return { items, total, responses };
}
