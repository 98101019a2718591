// The GxClient of suite-api.ts on undici: one Agent per target, EIP §3 signing, politeness limits,
// a circuit breaker, TLS facts and connection reuse, and evidence redacted at capture.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TLSSocket } from 'node:tls';
import { Agent, buildConnector, request as undiciRequest } from 'undici';
import type { Credentials, Target } from '../ics/types.js';
import type { Evidence } from '../engine/types.js';
import {
  TestOutcome,
  TransportError,
  type Envelope,
  type GxClient,
  type GxRequest,
  type GxResponse,
  type TlsFacts,
  type WireRequest,
} from '../engine/suite-api.js';
import { t } from '../i18n/text.js';
import { HARNESS_VERSION } from '../version.js';
import { encodeQuery, rfc3986Encode, sign, type SignatureMethod } from './signing.js';
import { createRedactor, type Redactor } from './redact.js';
import { OriginLimits, Pacer, Semaphore, paced, retryAfterMs, type OriginPacer } from './limits.js';
import { CircuitBreaker, DEFAULT_BREAKER, type BreakerOptions } from './breaker.js';
import { toTransportError } from './errors.js';

export interface Timeouts {
  connectMs: number;
  /** Until the response headers arrive. */
  headersMs: number;
  /** Between body chunks. */
  bodyMs: number;
  /** Whole request, as a last resort against a trickling body. */
  totalMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000, totalMs: 120_000 };

export interface ClientOptions {
  runId: string;
  timeouts?: Partial<Timeouts>;
  /** Larger response bodies are a transport error (RESPONSE_TOO_LARGE). */
  maxResponseBytes?: number;
  /** Longest pause a Retry-After may impose. */
  retryAfterCapMs?: number;
  breaker?: BreakerOptions;
  /** Run-wide per-origin pacing shared with other targets. */
  originLimits?: OriginLimits;
}

export interface ClientStats {
  requests: number;
  connections: number;
  /** Requests answered on a connection that an earlier request had opened (estimated under concurrency). */
  reusedResponses: number;
  tls?: TlsFacts;
  latencyMs: number[];
  healthProbes: { ok: number; total: number };
  breakerTrips: number;
}

export interface TargetClient extends GxClient {
  /** Target clock minus ours, applied to every signed timestamp. */
  clockOffsetMs: number;
  /** Where the evidence of each exchange goes (the engine points it at the current test). */
  onEvidence?: (evidence: Evidence) => void;
  readonly stats: ClientStats;
  readonly redactor: Redactor;
  close(): Promise<void>;
}

export const USER_AGENT = (runId: string): string => `govx/${HARNESS_VERSION} (run ${runId})`;

const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export function freshNonce(length = 32): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += NONCE_ALPHABET[b % NONCE_ALPHABET.length];
  return out;
}

export function freshRequestId(): string {
  return `gx-${randomUUID().replace(/-/g, '')}`;
}

export function createClient(target: Target, options: ClientOptions): TargetClient {
  return new UndiciTargetClient(target, options);
}

class UndiciTargetClient implements TargetClient {
  clockOffsetMs = 0;
  onEvidence?: (evidence: Evidence) => void;
  readonly stats: ClientStats = {
    requests: 0,
    connections: 0,
    reusedResponses: 0,
    latencyMs: [],
    healthProbes: { ok: 0, total: 0 },
    breakerTrips: 0,
  };
  readonly redactor: Redactor;
  private readonly agent: Agent;
  private readonly timeouts: Timeouts;
  private readonly origin: string;
  private readonly basePath: string;
  private readonly pacer: Pacer;
  private readonly quotaPacer?: Pacer;
  private readonly originPacer?: OriginPacer;
  private readonly gate: Semaphore;
  private readonly breaker: CircuitBreaker;
  private readonly userAgent: string;

  constructor(
    private readonly target: Target,
    private readonly options: ClientOptions,
  ) {
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    const url = new URL(target.baseUrl);
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.pacer = new Pacer(target.limits.rps);
    // SEC-013's bounded burst (twice the declared quota, plus one so that a node counting in fixed
    // one-second windows sees more than its quota in one of them) runs on its own key and pacer.
    if (target.quota) this.quotaPacer = new Pacer(Math.max(target.limits.rps, 2 * target.quota.perSecond + 1));
    this.originPacer = options.originLimits?.pacerFor(target.baseUrl);
    this.gate = new Semaphore(target.limits.concurrency);
    this.breaker = new CircuitBreaker(options.breaker ?? DEFAULT_BREAKER);
    this.userAgent = USER_AGENT(options.runId);
    this.redactor = createRedactor(target);
    this.agent = this.buildAgent();
  }

  get requestCount(): number {
    return this.stats.requests;
  }

  private buildAgent(): Agent {
    const tls = this.target.tls;
    const base = buildConnector({
      timeout: this.timeouts.connectMs,
      ...(tls?.ca ? { ca: readFileSync(tls.ca) } : {}),
      ...(tls?.cert ? { cert: readFileSync(tls.cert) } : {}),
      ...(tls?.key ? { key: readFileSync(tls.key) } : {}),
    });
    const connect: buildConnector.connector = (opts, callback) =>
      base(opts, (err, socket) => {
        if (!err && socket) {
          this.stats.connections++;
          if ('getProtocol' in socket) this.stats.tls = tlsFacts(socket as TLSSocket);
        }
        // undici's callback type is a union of the two call shapes.
        (callback as (e: Error | null, s: typeof socket | null) => void)(err, socket);
      });
    return new Agent({
      connect,
      headersTimeout: this.timeouts.headersMs,
      bodyTimeout: this.timeouts.bodyMs,
      connections: this.target.limits.concurrency,
      keepAliveTimeout: 10_000,
    });
  }

  async request(req: GxRequest): Promise<GxResponse> {
    if (req.writes && !this.target.allowWrites) {
      throw new TransportError(
        'WRITES_NOT_ALLOWED',
        t(`${req.method} ${req.path} 会写入数据，ICS 未设置 allowWrites: true`, `${req.method} ${req.path} writes; the ICS does not set allowWrites: true`),
      );
    }
    const credentials = this.credentialsFor(req);
    const release = await this.gate.acquire();
    try {
      const pacer = req.as === 'quota' && this.quotaPacer ? this.quotaPacer : this.pacer;
      await paced(pacer, this.originPacer);
      if (!this.breaker.allow()) {
        throw new TransportError(
          'CIRCUIT_OPEN',
          t(`${this.origin}：连续多次失败，熔断器已断开，暂停发送请求`, `${this.origin}: too many failures in a row; the circuit breaker is open and requests are paused`),
        );
      }
      if (this.stats.requests >= this.target.limits.maxRequests) {
        throw new TransportError(
          'BUDGET_EXHAUSTED',
          t(`已用完 ICS 的请求预算（limits.maxRequests = ${this.target.limits.maxRequests}）`, `the ICS request budget is spent (limits.maxRequests = ${this.target.limits.maxRequests})`),
        );
      }
      this.stats.requests++;
      const wire = this.buildWire(req, credentials);
      return await this.send(req, wire, pacer);
    } finally {
      release();
    }
  }

  private credentialsFor(req: GxRequest): Credentials | undefined {
    const as = req.as ?? 'main';
    if (as === 'unsigned') return undefined;
    if (as === 'main') return this.target.auth;
    if (as === 'ungranted') {
      return this.target.auth.ungranted ?? missingCredentials('auth.ungranted');
    }
    if (as === 'quota') return this.target.quota ?? missingCredentials('quota');
    return as;
  }

  private buildWire(req: GxRequest, credentials: Credentials | undefined): WireRequest {
    const pairs: [string, string][] = Array.isArray(req.query)
      ? req.query
      : Object.entries(req.query ?? {}).map(([k, v]) => [k, String(v)]);
    const body =
      req.body === undefined
        ? undefined
        : Buffer.isBuffer(req.body)
          ? req.body
          : Buffer.from(typeof req.body === 'string' ? req.body : JSON.stringify(req.body), 'utf8');
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    Object.assign(headers, req.headers);
    headers['User-Agent'] = this.userAgent;
    if (req.requestId !== null) headers['X-Request-Id'] = req.requestId ?? freshRequestId();
    if (req.dataService && req.purpose !== null) headers['X-GX-Purpose'] = rfc3986Encode(req.purpose ?? this.target.purpose);
    if (req.approval !== undefined) headers['X-GX-Approval'] = req.approval;
    const path = this.basePath + req.path;
    if (credentials) {
      const method: SignatureMethod = req.signatureMethod ?? credentials.signatureMethod ?? this.target.auth.signatureMethod;
      const timestamp = String(Math.round(Date.now() + this.clockOffsetMs + (req.timestampSkewMs ?? 0)));
      const nonce = req.nonce ?? freshNonce();
      const signature = sign({ method: req.method, path, query: pairs, appKey: credentials.appKey, timestamp, nonce, body, signatureMethod: method }, credentials.secret);
      Object.assign(headers, {
        'X-GX-AppKey': credentials.appKey,
        'X-GX-Timestamp': timestamp,
        'X-GX-Nonce': nonce,
        'X-GX-Signature-Method': method,
        'X-GX-Signature': signature,
      });
    }
    const wire: WireRequest = { method: req.method.toUpperCase(), path, rawQuery: encodeQuery(pairs), headers, ...(body ? { body } : {}) };
    req.afterSign?.(wire);
    // Whatever afterSign did, the harness still says who it is.
    if (!Object.keys(wire.headers).some((h) => h.toLowerCase() === 'user-agent')) wire.headers['User-Agent'] = this.userAgent;
    return wire;
  }

  private async send(req: GxRequest, wire: WireRequest, pacer: Pacer): Promise<GxResponse> {
    const url = `${this.origin}${wire.path}${wire.rawQuery ? '?' + wire.rawQuery : ''}`;
    const where = `${wire.method} ${wire.path}`;
    const startMs = Date.now();
    const started = performance.now();
    const connectionsBefore = this.stats.connections;
    const isHealth = wire.path === `${this.basePath}/gx/v1/health`;
    const evidence: Evidence = {
      request: {
        method: wire.method,
        url: this.redactor.url(url),
        headers: this.redactor.headers(wire.headers),
        ...(wire.body ? { body: this.redactor.body(wire.body, headerValue(wire.headers, 'content-type')).body } : {}),
      },
    };
    try {
      const res = await undiciRequest(url, {
        dispatcher: this.agent,
        method: wire.method as 'GET',
        headers: wire.headers,
        body: wire.body,
        signal: AbortSignal.timeout(this.timeouts.totalMs),
      });
      const headers = flattenHeaders(res.headers);
      const body = await this.readCapped(res.body, where);
      const totalMs = performance.now() - started;
      const reused = connectionsBefore > 0 && this.stats.connections === connectionsBefore;
      if (reused) this.stats.reusedResponses++;
      this.stats.latencyMs.push(totalMs);
      if (isHealth) {
        this.stats.healthProbes.total++;
        if (res.statusCode === 200) this.stats.healthProbes.ok++;
      }
      this.afterResponse(req, res.statusCode, headers, pacer);
      const text = body.toString('utf8');
      const json = parseJson(text, headers['content-type']);
      const envelope = asEnvelope(json);
      const redactedBody = this.redactor.body(body, headers['content-type']);
      evidence.response = { status: res.statusCode, headers: this.redactor.headers(headers), ...redactedBody };
      evidence.timings = { startMs, totalMs: Math.round(totalMs) };
      return {
        status: res.statusCode,
        headers,
        body,
        text,
        ...(json !== undefined ? { json } : {}),
        ...(envelope ? { envelope } : {}),
        ...(wire.headers['X-Request-Id'] !== undefined ? { requestId: wire.headers['X-Request-Id'] } : {}),
        wire,
        totalMs,
        connectionReused: reused,
        ...(this.stats.tls ? { tls: this.stats.tls } : {}),
      };
    } catch (err) {
      const error = toTransportError(err, where);
      evidence.transportError = `${error.code}: ${this.redactor.text(error.text.en)}`;
      evidence.timings = { startMs, totalMs: Math.round(performance.now() - started) };
      if (isHealth) this.stats.healthProbes.total++;
      if (req.expectRefusal) this.breaker.neutral();
      else this.breaker.failure();
      this.stats.breakerTrips = this.breaker.trips;
      throw error;
    } finally {
      this.onEvidence?.(evidence);
    }
  }

  private afterResponse(req: GxRequest, status: number, headers: Record<string, string>, pacer: Pacer): void {
    if (status >= 500 && !req.expectRefusal) this.breaker.failure();
    else if (status >= 500) this.breaker.neutral();
    else this.breaker.success();
    this.stats.breakerTrips = this.breaker.trips;
    if (status === 429 || status === 503) {
      const wait = retryAfterMs(headers['retry-after']);
      if (wait !== undefined) pacer.pauseUntil(Date.now() + Math.min(wait, this.options.retryAfterCapMs ?? 60_000));
    }
  }

  private async readCapped(body: AsyncIterable<Buffer> & { destroy(err?: Error): unknown }, where: string): Promise<Buffer> {
    const cap = this.options.maxResponseBytes ?? 16 * 1024 * 1024;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body) {
      size += chunk.length;
      if (size > cap) {
        body.destroy();
        throw new TransportError(
          'RESPONSE_TOO_LARGE',
          t(`${where}：响应体超过上限 ${cap} 字节`, `${where}: response body larger than the ${cap}-byte cap`),
        );
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  async close(): Promise<void> {
    await this.agent.close().catch(() => this.agent.destroy());
  }
}

function missingCredentials(field: string): never {
  throw new TestOutcome('skip', t(`ICS 未提供 ${field}`, `the ICS gives no ${field}`));
}

function tlsFacts(socket: TLSSocket): TlsFacts {
  const cert = socket.getPeerCertificate();
  const validTo = cert && cert.valid_to ? new Date(cert.valid_to) : undefined;
  return {
    protocol: socket.getProtocol(),
    authorized: socket.authorized,
    ...(socket.authorizationError ? { authorizationError: String(socket.authorizationError) } : {}),
    ...(validTo && !Number.isNaN(validTo.getTime())
      ? { validTo: validTo.toISOString(), daysToExpiry: Math.floor((validTo.getTime() - Date.now()) / 86_400_000) }
      : {}),
  };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function parseJson(text: string, contentType: string | undefined): unknown {
  if (text === '' || (contentType !== undefined && !/json/i.test(contentType) && !/^\s*[{[]/.test(text))) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function asEnvelope(json: unknown): Envelope | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const o = json as Record<string, unknown>;
  if (typeof o.code !== 'string' || typeof o.message !== 'string' || typeof o.requestId !== 'string' || !('data' in o)) return undefined;
  return { code: o.code, message: o.message, requestId: o.requestId, data: o.data };
}
