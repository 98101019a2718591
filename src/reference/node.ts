// One reference node (a department, a tenant, or the platform): the request pipeline of EIP §2–§3 around
// the role's routes — request id, routing, signing, quota, data-service checks, audit, the envelope.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { parseRawQuery, REQUEST_ID_PATTERN, SIGNATURE_METHODS, type SignatureMethod } from '../http/signing.js';
import { ApiError, CODE_MESSAGES, statusOf, type ErrorCode } from './codes.js';
import type { Reply, RequestCtx } from './context.js';
import { authenticate, header } from './auth.js';
import { approvalTicket, type AppKeyDef } from './keys.js';
import { AuditLog, NonceStore, QuotaCounter } from './state.js';
import type { Router } from './router.js';
import type { FaultSet } from './faults/index.js';
import type { CatalogResource } from './data/catalog.js';

export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface NodeConfig {
  role: 'DEPARTMENT' | 'PLATFORM';
  nodeId: string;
  seed: number;
  keys: readonly AppKeyDef[];
  faults: FaultSet;
  clock: () => number;
  /** Catalog resources by code, for the share type of data services. */
  resourceByCode: (code: string) => CatalogResource | undefined;
}

export class ReferenceNode {
  readonly audit = new AuditLog();
  readonly nonces = new NonceStore();
  readonly quota = new QuotaCounter();
  private readonly keys: ReadonlyMap<string, AppKeyDef>;
  private readonly methods: readonly SignatureMethod[];

  constructor(
    readonly config: NodeConfig,
    readonly router: Router,
  ) {
    this.keys = new Map(config.keys.map((k) => [k.appKey, k]));
    this.methods = config.faults.has('sec-no-sm3') ? ['HMAC-SHA256'] : SIGNATURE_METHODS;
  }

  get faults(): FaultSet {
    return this.config.faults;
  }

  /** Handles one request whose body has been read; `path` is relative to the node's base URL. */
  async handle(req: IncomingMessage, res: ServerResponse, wirePath: string, path: string, rawQuery: string, body: Buffer): Promise<void> {
    const started = performance.now();
    const faults = this.config.faults;
    const sent = req.headers['x-request-id'];
    const incomingId = typeof sent === 'string' && REQUEST_ID_PATTERN.test(sent) ? sent : undefined;
    const ctx: RequestCtx = {
      method: req.method ?? 'GET',
      wirePath,
      path,
      rawQuery,
      query: [],
      params: {},
      headers: req.headers,
      rawHeaders: req.rawHeaders,
      body,
      requestId: incomingId ?? newRequestId(),
      now: this.config.clock(),
      faults,
    };
    const match = this.router.match(ctx.method, path);
    const resourceCode = match.kind === 'found' ? match.route.resourceCode : undefined;
    let reply: Reply | undefined;
    let error: ApiError | undefined;
    try {
      if (match.kind === 'bad-escape') throw new ApiError('40001', 'malformed percent-escape in the path');
      if (match.kind !== 'found') {
        if (faults.has('core-unknown-path-html')) {
          res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end('<html><body><h1>404 Not Found</h1></body></html>');
          return;
        }
        throw new ApiError('40400');
      }
      ctx.params = match.params;
      const query = parseRawQuery(rawQuery);
      if (!query) throw new ApiError('40001', 'malformed percent-escape in the query');
      ctx.query = query;
      if (!match.route.public) {
        ctx.appKey = authenticate(ctx, { keys: this.keys, nonces: this.nonces, faults, methods: this.methods });
        const wait = ctx.appKey.perSecond !== undefined && !faults.has('sec-no-quota') ? this.quota.take(ctx.appKey.appKey, ctx.appKey.perSecond, ctx.now) : 0;
        if (wait > 0) throw new ApiError('42901', undefined, { 'Retry-After': String(wait) });
      }
      if (resourceCode !== undefined) this.checkDataService(ctx, resourceCode);
      if (resourceCode !== undefined && faults.has('qos-slow')) await delay(600);
      reply = await match.route.handler(ctx);
    } catch (err) {
      error = err instanceof ApiError ? err : this.internalError(err);
    }
    const code = error ? error.code : '0';
    if (resourceCode !== undefined && !(error && faults.has('sec-audit-skips-denied'))) {
      const rawPurpose = header(ctx, 'X-GX-Purpose', faults);
      this.audit.add({
        requestId: ctx.requestId,
        appKey: ctx.appKey?.appKey ?? (header(ctx, 'X-GX-AppKey', faults) || '-').slice(0, 64),
        resourceCode,
        purpose: faults.has('sec-audit-purpose-encoded') ? (rawPurpose ?? '') : (ctx.purpose ?? decodePurpose(rawPurpose) ?? ''),
        resultCode: code,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
        atMs: ctx.now,
      });
    }
    this.write(res, ctx, resourceCode !== undefined, reply, error);
  }

  /** EIP §3 data-service checks in the node's order: NONE, grant, purpose, approval. */
  private checkDataService(ctx: RequestCtx, resourceCode: string): void {
    const faults = this.config.faults;
    const resource = this.config.resourceByCode(resourceCode);
    const key = ctx.appKey as AppKeyDef;
    const none = resource?.shareType === 'NONE' && !faults.has('sec-none-served');
    const granted = key.grantsAll || faults.has('sec-grants-ignored');
    if (faults.has('sec-none-after-grant') && !granted) throw new ApiError('40301');
    // A NONE resource gets 40303 whatever the AppKey's grants (fixed by §3).
    if (none) throw new ApiError('40303');
    if (!granted) throw new ApiError('40301');
    const purpose = decodePurpose(header(ctx, 'X-GX-Purpose', faults));
    if (purpose === undefined && !faults.has('sec-purpose-optional')) throw new ApiError('40002');
    ctx.purpose = purpose;
    if (resource?.shareType === 'CONDITIONAL' && !faults.has('sec-approval-unchecked')) {
      const ticket = header(ctx, 'X-GX-Approval', faults);
      if (ticket !== approvalTicket(this.config.seed, key.appKey, resourceCode)) throw new ApiError('40302');
    }
  }

  private internalError(err: unknown): ApiError {
    const detail = this.config.faults.has('core-stack-traces') && err instanceof Error ? String(err.stack) : undefined;
    return new ApiError('50001', detail);
  }

  private write(res: ServerResponse, ctx: RequestCtx, dataService: boolean, reply: Reply | undefined, error: ApiError | undefined): void {
    const faults = this.config.faults;
    const headers: Record<string, string> = {
      'X-Request-Id': faults.has('core-request-id-not-echoed') ? newRequestId() : ctx.requestId,
    };
    if (!(dataService && faults.has('core-no-cache-control'))) headers['Cache-Control'] = 'no-store';
    if (faults.has('qos-no-keepalive')) headers['Connection'] = 'close';
    if (reply?.kind === 'file') {
      res.writeHead(200, { ...headers, 'Content-Type': reply.contentType, 'Content-Length': String(reply.body.length), ...reply.headers });
      res.end(reply.body);
      return;
    }
    let status: number;
    let envelope: { code: string; message: string; requestId: string; data: unknown };
    if (error) {
      status = statusOf(error.code);
      if (error.code === '40402' && faults.has('core-not-found-status-200')) status = 200;
      Object.assign(headers, error.headers);
      envelope = { code: error.code, message: error.message, requestId: ctx.requestId, data: null };
    } else {
      const r = reply as Extract<Reply, { kind: 'json' }>;
      status = r.status ?? 200;
      Object.assign(headers, r.headers);
      envelope = { code: '0', message: faults.has('core-empty-message-on-success') ? '' : CODE_MESSAGES['0'], requestId: ctx.requestId, data: r.data };
    }
    const payload = Buffer.from(JSON.stringify(envelope), 'utf8');
    headers['Content-Type'] = faults.has('core-json-charset-gbk') ? 'application/json; charset=GBK' : 'application/json; charset=utf-8';
    headers['Content-Length'] = String(payload.length);
    res.writeHead(status, headers);
    res.end(payload);
  }
}

export function newRequestId(): string {
  return 'ref-' + randomUUID().replace(/-/g, '');
}

/** X-GX-Purpose: RFC 3986 percent-encoded UTF-8, 1–200 characters once decoded; undefined when invalid. */
export function decodePurpose(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  const length = [...decoded].length;
  return length >= 1 && length <= 200 && decoded.trim() !== '' ? decoded : undefined;
}

/** A reply for an error code outside the handler flow (body too large, internal failure before routing). */
export function errorEnvelope(code: ErrorCode, requestId: string): string {
  return JSON.stringify({ code, message: CODE_MESSAGES[code], requestId, data: null });
}
