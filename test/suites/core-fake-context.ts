// A fake GxClient and TestContext for the suites' own tests: a handler answers each request in memory,
// so a test can show a check passing on a conformant answer and failing on a faulty one.
import { TestOutcome, type GxClient, type GxRequest, type GxResponse, type TestContext, type TestDef } from '../../src/engine/suite-api.js';
import type { Target } from '../../src/ics/types.js';
import { encodeQuery } from '../../src/http/signing.js';

export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
}

export type Handler = (req: GxRequest, query: Map<string, string>) => FakeAnswer;

export function fakeResponse(req: GxRequest, answer: FakeAnswer): GxResponse {
  const pairs: [string, string][] = Array.isArray(req.query) ? req.query : Object.entries(req.query ?? {}).map(([k, v]) => [k, String(v)]);
  const text = answer.text ?? (answer.json === undefined ? '' : JSON.stringify(answer.json));
  const json = answer.json;
  const env = json as Record<string, unknown> | undefined;
  const isEnvelope = !!env && typeof env === 'object' && typeof env.code === 'string' && typeof env.message === 'string' && typeof env.requestId === 'string' && 'data' in env;
  return {
    status: answer.status,
    headers: { 'content-type': 'application/json', ...(answer.headers ?? {}) },
    body: Buffer.from(text),
    text,
    ...(json !== undefined ? { json } : {}),
    ...(isEnvelope ? { envelope: env as unknown as GxResponse['envelope'] } : {}),
    wire: { method: req.method, path: req.path, rawQuery: encodeQuery(pairs), headers: {} },
    totalMs: 1,
  };
}

export function fakeClient(handler: Handler): GxClient & { sent: GxRequest[] } {
  const sent: GxRequest[] = [];
  return {
    sent,
    get requestCount() {
      return sent.length;
    },
    async request(req: GxRequest) {
      sent.push(req);
      const pairs: [string, string][] = Array.isArray(req.query) ? req.query : Object.entries(req.query ?? {}).map(([k, v]) => [k, String(v)]);
      return fakeResponse(req, handler(req, new Map(pairs)));
    },
  };
}

export const ok = (data: unknown, headers?: Record<string, string>): FakeAnswer => ({ status: 200, json: { code: '0', message: 'ok', requestId: 'r1', data }, ...(headers ? { headers } : {}) });
export const err = (status: number, code: string): FakeAnswer => ({ status, json: { code, message: 'refused', requestId: 'r1', data: null } });

export function fakeTarget(extra: Partial<Target> = {}): Target {
  return {
    id: 't1',
    name: 'test',
    region: '110105',
    role: 'DEPARTMENT',
    baseUrl: 'http://127.0.0.1:9',
    environment: 'test',
    allowWrites: false,
    classes: ['CORE', 'SEC', 'CAT'],
    auth: { appKey: 'app-1', secret: 's', signatureMethod: 'HMAC-SM3' },
    fixtures: {},
    purpose: '测试',
    limits: { rps: 100, concurrency: 2, maxRequests: 1000 },
    source: 'test',
    secrets: ['s'],
    ...extra,
  };
}

export function fakeContext(handler: Handler, target: Target = fakeTarget()): TestContext & { client: ReturnType<typeof fakeClient>; notes: string[] } {
  const notes: string[] = [];
  return {
    target,
    client: fakeClient(handler),
    clockOffsetMs: 0,
    schemas: { validate: () => [] },
    registry: new Map(),
    shared: new Map(),
    now: () => new Date(),
    note: (text) => notes.push(text.en),
    notes,
  };
}

/** Runs a test and returns its outcome the way the engine maps it. */
export async function outcomeOf(test: TestDef, ctx: TestContext): Promise<{ outcome: string; message?: string }> {
  try {
    await test.run(ctx);
    return { outcome: 'pass' };
  } catch (e) {
    if (e instanceof TestOutcome) return { outcome: e.outcome, message: e.text.en };
    return { outcome: 'fail', message: (e as Error).message };
  }
}

/** A paged catalog handler over `items`, with optional faults. */
export function pagedCatalog(items: Record<string, unknown>[], faults: { overlap?: boolean; pastEndRepeats?: boolean; boundsUnchecked?: boolean } = {}): (query: Map<string, string>, list?: Record<string, unknown>[]) => FakeAnswer {
  return (query, list = items) => {
    const pageRaw = query.get('page') ?? '1';
    const sizeRaw = query.get('size') ?? '20';
    let page = Number(pageRaw);
    let size = Number(sizeRaw);
    const valid = /^\d+$/.test(pageRaw) && /^\d+$/.test(sizeRaw) && page >= 1 && size >= 1 && size <= 100;
    if (!valid) {
      if (!faults.boundsUnchecked) return err(400, '40001');
      page = Math.max(1, Math.floor(page) || 1);
      size = Math.min(100, Math.max(1, Math.floor(size) || 1));
    }
    let start = (page - 1) * size;
    if (faults.overlap && page > 1) start -= 1;
    if (faults.pastEndRepeats && start >= list.length && list.length > 0) start = Math.floor((list.length - 1) / size) * size;
    return ok({ items: list.slice(start, start + size), page, size, total: list.length });
  };
}
