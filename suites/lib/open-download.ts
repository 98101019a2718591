// OPEN downloads: fetched once per URL and shared by the OPEN-002 and OPEN-004 tests. A URL on the
// target's origin (under its baseUrl) is fetched through the client, signed like every other path;
// a URL on another origin is fetched plainly, so no credential ever leaves for another host.
import { t, type Text } from '../../src/i18n/text.js';
import { parseRawQuery } from '../../src/http/signing.js';
import type { TestContext } from '../../src/engine/suite-api.js';

export interface Download {
  where: string;
  status: number;
  contentType?: string;
  body: Buffer;
}

export type DownloadResult = { ok: true; download: Download } | { ok: false; reason: Text };

const MAX_BYTES = 16 * 1024 * 1024;

/** Where a downloadUrl points: a path under the baseUrl (for the client) or a foreign absolute URL. */
export function resolveDownload(baseUrl: string, downloadUrl: string): { path: string; query: [string, string][] } | { foreign: string } | undefined {
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  let url: URL;
  try {
    // "Relative to the baseUrl" (EIP §3): a leading '/' starts after the baseUrl's own path prefix.
    url = /^[a-z][a-z0-9+.-]*:/i.test(downloadUrl) ? new URL(downloadUrl) : new URL(prefix + (downloadUrl.startsWith('/') ? '' : '/') + downloadUrl, base.origin);
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin) return { foreign: url.href };
  if (!url.pathname.startsWith(prefix + '/') && prefix !== '') return { foreign: url.href };
  const query = parseRawQuery(url.search.replace(/^\?/, '')) ?? [];
  return { path: url.pathname.slice(prefix.length), query };
}

export function fetchDownload(ctx: TestContext, downloadUrl: string): Promise<DownloadResult> {
  const key = `open.download:${downloadUrl}`;
  let pending = ctx.shared.get(key) as Promise<DownloadResult> | undefined;
  if (!pending) {
    pending = doFetch(ctx, downloadUrl);
    pending.catch(() => ctx.shared.delete(key));
    ctx.shared.set(key, pending);
  }
  return pending;
}

async function doFetch(ctx: TestContext, downloadUrl: string): Promise<DownloadResult> {
  const target = resolveDownload(ctx.target.baseUrl, downloadUrl);
  if (!target) return { ok: false, reason: t(`downloadUrl 无法解析：${downloadUrl}`, `downloadUrl cannot be parsed: ${downloadUrl}`) };
  if ('path' in target) {
    const res = await ctx.client.request({ method: 'GET', path: target.path, query: target.query });
    return { ok: true, download: { where: `GET ${res.wire.path}`, status: res.status, contentType: res.headers['content-type'], body: res.body } };
  }
  try {
    const res = await fetch(target.foreign, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
    const body = Buffer.from(await res.arrayBuffer());
    if (body.length > MAX_BYTES) return { ok: false, reason: t(`${target.foreign}：文件超过 16 MB，未检查`, `${target.foreign}: the file is over 16 MB; not checked`) };
    return { ok: true, download: { where: `GET ${target.foreign}`, status: res.status, contentType: res.headers.get('content-type') ?? undefined, body } };
  } catch (err) {
    return { ok: false, reason: t(`${target.foreign}：下载失败（${(err as Error).message}）`, `${target.foreign}: download failed (${(err as Error).message})`) };
  }
}

/** Records of a CSV file (RFC 4180 quoting), the header row included; a trailing line break ends the last one. */
export function csvRecordCount(text: string): number {
  let records = 0;
  let inQuotes = false;
  let lineHasContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"') {
      inQuotes = true;
      lineHasContent = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (lineHasContent) records++;
      lineHasContent = false;
    } else {
      lineHasContent = true;
    }
  }
  return records + (lineHasContent ? 1 : 0);
}

/** Rows of a JSON download: a top-level array, or the one array member of a top-level object. */
export function jsonRowCount(value: unknown): number | undefined {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object') {
    const arrays = Object.values(value).filter(Array.isArray);
    if (arrays.length === 1) return arrays[0]!.length;
  }
  return undefined;
}
