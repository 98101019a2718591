// The platform's docking interfaces (EIP §8): registration, heartbeat, catalog sync, node catalog,
// forwarding to a registered child over HTTP, and receipts keyed by the forward call's X-Request-Id.
import { request as httpRequest } from 'node:http';
import { randomBytes } from 'node:crypto';
import { checkCatalogResource, validateDivisionCode, validateNodeId } from '../standards/index.js';
import { specSchemas } from '../spec/index.js';
import { encodeQuery, sign, type SignatureMethod } from '../http/signing.js';
import { ApiError } from './codes.js';
import { ok, objectBody, requireString, type RequestCtx } from './context.js';
import type { NodeEnv } from './env.js';
import type { AppKeyDef } from './keys.js';
import { pageParams, paginate } from './paging.js';
import { parseRfc3339, rfc3339 } from './time.js';
import type { Router } from './router.js';

export const FORWARD_TIMEOUT_MS = 5_000;
export const MAX_HOPS = 5;
export const MAX_BATCH_ITEMS = 1000;
const LEVELS = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DEPARTMENT'] as const;
const METHODS = ['HMAC-SM3', 'HMAC-SHA256'];

export interface Registration {
  nodeId: string;
  name: string;
  level: (typeof LEVELS)[number];
  parentNodeId: string | null;
  divisionCode: string;
  baseUrl: string;
  signatureMethods: string[];
}

interface RegisteredNode {
  registration: Registration;
  canonical: string;
  catalog: Map<string, Record<string, unknown>>;
  lastHeartbeat?: string;
}

interface Receipt {
  requestId: string;
  status: 'DELIVERED' | 'FAILED' | 'PENDING';
  updatedAt: string;
}

export class PlatformState {
  readonly nodes = new Map<string, RegisteredNode>();
  readonly batches = new Map<string, unknown>();
  readonly receipts = new Map<string, Receipt>();

  /** Registers a node without a request (the 'both' demo's department child). */
  register(r: Registration): void {
    this.nodes.set(r.nodeId, { registration: r, canonical: canonicalRegistration(r), catalog: new Map() });
  }
}

function canonicalRegistration(r: Registration): string {
  return JSON.stringify([r.nodeId, r.name, r.level, r.parentNodeId, r.divisionCode, r.baseUrl, [...r.signatureMethods].sort()]);
}

/** The registration body: a missing member or wrong type is 40001; a value failing its rule 40007 (DOCK-002). */
function parseRegistration(body: Record<string, unknown>, checkAgreement: boolean): Registration {
  const nodeId = requireString(body, 'nodeId');
  const name = requireString(body, 'name');
  const level = requireString(body, 'level');
  const divisionCode = requireString(body, 'divisionCode');
  const baseUrl = requireString(body, 'baseUrl');
  const parent = body.parentNodeId;
  if (parent !== null && typeof parent !== 'string') throw new ApiError('40001', "'parentNodeId' must be a string or null");
  const methods = body.signatureMethods;
  if (!Array.isArray(methods) || methods.some((m) => typeof m !== 'string')) throw new ApiError('40001', "'signatureMethods' must be an array of strings");
  if (name.trim() === '') throw new ApiError('40007', "'name' must not be empty");
  if (!(LEVELS as readonly string[]).includes(level)) throw new ApiError('40007', `'level' must be one of ${LEVELS.join(', ')}`);
  const id = validateNodeId(nodeId);
  if (!id.valid) throw new ApiError('40007', id.reason.en);
  const division = validateDivisionCode(divisionCode, { allowNational: true });
  if (!division.valid) throw new ApiError('40007', division.reason.en);
  if (checkAgreement) {
    if (id.info.level !== level) throw new ApiError('40007', `the node ID's level letter does not agree with level ${level}`);
    if (id.info.region !== divisionCode) throw new ApiError('40007', `the node ID's region ${id.info.region} does not agree with divisionCode ${divisionCode}`);
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ApiError('40007', "'baseUrl' must be an absolute http(s) URL");
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ApiError('40007', "'baseUrl' must be an absolute http(s) URL");
  if (methods.length === 0 || methods.some((m) => !METHODS.includes(m as string))) throw new ApiError('40007', "'signatureMethods' must name HMAC-SM3 and/or HMAC-SHA256");
  return { nodeId, name, level: level as Registration['level'], parentNodeId: parent as string | null, divisionCode, baseUrl: baseUrl.replace(/\/+$/, ''), signatureMethods: methods as string[] };
}

export interface PlatformDeps {
  state: PlatformState;
  /** The key the platform signs forwarded requests with (known to the reference departments). */
  forwardKey: AppKeyDef;
}

export function addPlatformRoutes(router: Router, env: NodeEnv, deps: PlatformDeps): void {
  const { faults } = env;
  const { state } = deps;

  const nodeOr404 = (nodeId: string): RegisteredNode => {
    const n = state.nodes.get(nodeId);
    if (!n) throw new ApiError('40401', 'node not registered');
    return n;
  };

  router.add({
    method: 'POST',
    pattern: '/gx/v1/docking/nodes',
    handler: (ctx) => {
      const reg = parseRegistration(objectBody(ctx), !faults.has('dock-level-unchecked'));
      const existing = state.nodes.get(reg.nodeId);
      const result = { nodeId: reg.nodeId, status: 'REGISTERED' };
      if (existing) {
        if (existing.canonical === canonicalRegistration(reg)) return ok(result, faults.has('dock-reregister-201') ? 201 : 200);
        if (!faults.has('dock-conflict-overwrites')) throw new ApiError('40901', 'the node is registered with a different body');
        existing.registration = reg;
        existing.canonical = canonicalRegistration(reg);
        return ok(result, 200);
      }
      state.register(reg);
      return ok(result, 201);
    },
  });
  router.add({
    method: 'GET',
    pattern: '/gx/v1/docking/nodes/:nodeId',
    handler: (ctx) => {
      const n = nodeOr404(ctx.params.nodeId!);
      return ok({ ...n.registration, status: 'REGISTERED', ...(n.lastHeartbeat ? { lastHeartbeatAt: n.lastHeartbeat } : {}) });
    },
  });
  router.add({
    method: 'GET',
    pattern: '/gx/v1/docking/nodes/:nodeId/catalog',
    handler: (ctx) => {
      const n = nodeOr404(ctx.params.nodeId!);
      const items = [...n.catalog.values()].sort((a, b) => (String(a.resourceCode) < String(b.resourceCode) ? -1 : 1));
      return ok(paginate(items, pageParams(ctx, faults), faults));
    },
  });
  router.add({
    method: 'POST',
    pattern: '/gx/v1/docking/heartbeat',
    handler: (ctx) => {
      const body = objectBody(ctx);
      const nodeId = requireString(body, 'nodeId');
      const sentAt = requireString(body, 'sentAt');
      if (body.metrics !== undefined && (typeof body.metrics !== 'object' || body.metrics === null || Array.isArray(body.metrics))) {
        throw new ApiError('40001', "'metrics' must be an object");
      }
      if (parseRfc3339(sentAt) === undefined) throw new ApiError('40001', "'sentAt' must be an RFC 3339 date-time");
      const n = state.nodes.get(nodeId);
      if (!n && !faults.has('dock-heartbeat-unknown-ok')) throw new ApiError('40401', 'node not registered');
      if (n) n.lastHeartbeat = sentAt;
      return ok({ serverTime: rfc3339(env.clock()), nextHeartbeatSeconds: 60 });
    },
  });
  router.add({
    method: 'POST',
    pattern: '/gx/v1/docking/catalog-sync',
    handler: (ctx) => catalogSync(ctx, env, state),
  });
  router.add({
    method: 'POST',
    pattern: '/gx/v1/docking/forward',
    handler: (ctx) => forward(ctx, env, deps),
  });
  router.add({
    method: 'GET',
    pattern: '/gx/v1/docking/receipts/:requestId',
    handler: (ctx) => {
      const r = state.receipts.get(ctx.params.requestId!);
      if (!r) throw new ApiError('40402', 'no receipt for this request ID');
      return ok(r);
    },
  });
}

function catalogSync(ctx: RequestCtx, env: NodeEnv, state: PlatformState): ReturnType<typeof ok> {
  const { faults } = env;
  const body = objectBody(ctx);
  const nodeId = requireString(body, 'nodeId');
  const batchId = requireString(body, 'batchId');
  if (batchId === '') throw new ApiError('40001', "'batchId' must not be empty");
  const upserts = body.upserts ?? [];
  const deletes = body.deletes ?? [];
  if (!Array.isArray(upserts) || upserts.some((u) => typeof u !== 'object' || u === null || Array.isArray(u))) throw new ApiError('40001', "'upserts' must be an array of objects");
  if (!Array.isArray(deletes) || deletes.some((d) => typeof d !== 'string')) throw new ApiError('40001', "'deletes' must be an array of strings");
  if (upserts.length + deletes.length > MAX_BATCH_ITEMS && !faults.has('dock-batch-limit-ignored')) {
    throw new ApiError('41301', `at most ${MAX_BATCH_ITEMS} upserts and deletes together`);
  }
  const node = state.nodes.get(nodeId);
  if (!node) throw new ApiError('40401', 'node not registered');
  const key = `${nodeId}\n${batchId}`;
  const previous = state.batches.get(key);
  // A batch sent again gets the identical receipt and changes nothing (DOCK-005).
  if (previous !== undefined && !faults.has('dock-batch-replay-applied')) return ok(previous);

  const schemas = specSchemas();
  const now = new Date(env.clock());
  const rejected: { resourceCode: string; code: string; reason: string }[] = [];
  const valid: Record<string, unknown>[] = [];
  for (const item of upserts as Record<string, unknown>[]) {
    const code = typeof item.resourceCode === 'string' ? item.resourceCode : '';
    const problems = [
      ...schemas.validate('catalog-resource', item).map((v) => `${v.path || '/'}: ${v.message.en}`),
      ...checkCatalogResource(item, { now })
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.path}: ${f.message.en}`),
    ];
    if (problems.length > 0) rejected.push({ resourceCode: code, code: '40001', reason: problems.slice(0, 3).join('; ') });
    else valid.push(item);
  }
  if (faults.has('dock-sync-all-or-nothing') && rejected.length > 0) {
    throw new ApiError('40001', `batch refused: ${rejected.length} invalid resource(s)`);
  }
  let accepted = 0;
  for (const item of valid) {
    node.catalog.set(item.resourceCode as string, item);
    accepted += 1;
  }
  for (const code of deletes as string[]) {
    if (!node.catalog.has(code)) {
      rejected.push({ resourceCode: code, code: '40401', reason: 'not in the node catalog' });
      continue;
    }
    if (!faults.has('dock-sync-deletes-ignored')) node.catalog.delete(code);
    accepted += 1;
  }
  const receipt = { batchId, accepted, rejected };
  state.batches.set(key, receipt);
  return ok(receipt);
}

async function forward(ctx: RequestCtx, env: NodeEnv, deps: PlatformDeps): Promise<ReturnType<typeof ok>> {
  const { faults } = env;
  const { state } = deps;
  const hopHeader = ctx.headers['x-gx-hop-count'];
  const hopRaw = Array.isArray(hopHeader) ? hopHeader[0] : hopHeader;
  if (hopRaw !== undefined && !/^\d{1,4}$/.test(hopRaw)) throw new ApiError('40001', 'X-GX-Hop-Count must be a non-negative integer');
  const hops = hopRaw === undefined ? 0 : Number(hopRaw);
  const traceHeader = ctx.headers['x-gx-trace-id'];
  const incomingTrace = Array.isArray(traceHeader) ? traceHeader[0] : traceHeader;

  const body = objectBody(ctx);
  const targetNodeId = requireString(body, 'targetNodeId');
  requireString(body, 'resourceCode');
  const req = body.request;
  if (typeof req !== 'object' || req === null || Array.isArray(req)) throw new ApiError('40001', "'request' must be an object");
  const r = req as Record<string, unknown>;
  const method = requireString(r, 'method').toUpperCase();
  const path = requireString(r, 'path');
  if (!path.startsWith('/')) throw new ApiError('40001', "'request.path' must start with '/'");

  const receipt = (status: Receipt['status']): void => {
    if (!faults.has('dock-no-receipts')) state.receipts.set(ctx.requestId, { requestId: ctx.requestId, status, updatedAt: rfc3339(env.clock()) });
  };
  if (hops > MAX_HOPS && !faults.has('dock-hop-limit-ignored')) {
    receipt('FAILED');
    throw new ApiError('50801', `incoming hop count ${hops} exceeds ${MAX_HOPS}`);
  }
  const target = state.nodes.get(targetNodeId);
  if (!target) {
    receipt('FAILED');
    throw new ApiError(faults.has('dock-unknown-target-40401') ? '40401' : '40403');
  }
  const trace = faults.has('dock-trace-id-replaced') || !incomingTrace ? randomBytes(16).toString('hex') : incomingTrace;
  const outHops = faults.has('dock-hop-not-incremented') ? hops : hops + 1;
  const payload = r.body === undefined || r.body === null ? undefined : Buffer.from(JSON.stringify(r.body), 'utf8');
  const headers: Record<string, string> = {
    'X-GX-Trace-Id': trace,
    'X-GX-Hop-Count': String(outHops),
    'X-Request-Id': ctx.requestId,
  };
  for (const name of ['x-gx-purpose', 'x-gx-approval']) {
    const v = ctx.headers[name];
    if (typeof v === 'string') headers[name === 'x-gx-purpose' ? 'X-GX-Purpose' : 'X-GX-Approval'] = v;
  }
  try {
    const answer = await sendSigned(target.registration, method, path, payload, headers, deps.forwardKey, env.clock());
    receipt('DELIVERED');
    return ok({ targetNodeId, status: answer.status, response: answer.body });
  } catch {
    receipt('FAILED');
    if (faults.has('dock-unreachable-502')) throw new ApiError('50001', 'forward target failed');
    throw new ApiError('50401');
  }
}

/** One signed request to a child node, with a hard deadline (unreachable or silent → throws). */
function sendSigned(
  node: Registration,
  method: string,
  relPath: string,
  body: Buffer | undefined,
  extra: Record<string, string>,
  key: AppKeyDef,
  now: number,
): Promise<{ status: number; body: unknown }> {
  const qIndex = relPath.indexOf('?');
  const base = new URL(node.baseUrl);
  const wirePath = base.pathname.replace(/\/+$/, '') + (qIndex < 0 ? relPath : relPath.slice(0, qIndex));
  const query = qIndex < 0 ? [] : new URLSearchParams(relPath.slice(qIndex + 1));
  const pairs: [string, string][] = [...query].map(([n, v]) => [n, v]);
  const rawQuery = encodeQuery(pairs);
  const signatureMethod: SignatureMethod = node.signatureMethods.includes('HMAC-SM3') ? 'HMAC-SM3' : 'HMAC-SHA256';
  const timestamp = String(now);
  const nonce = randomBytes(16).toString('hex');
  const signature = sign({ method, path: wirePath, query: pairs, appKey: key.appKey, timestamp, nonce, body, signatureMethod }, key.secret);
  const headers: Record<string, string> = {
    ...extra,
    'X-GX-AppKey': key.appKey,
    'X-GX-Timestamp': timestamp,
    'X-GX-Nonce': nonce,
    'X-GX-Signature-Method': signatureMethod,
    'X-GX-Signature': signature,
  };
  if (body) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['Content-Length'] = String(body.length);
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: base.hostname, port: base.port || 80, method, path: wirePath + (rawQuery ? `?${rawQuery}` : ''), headers, timeout: FORWARD_TIMEOUT_MS },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: passed on as text
          }
          clearTimeout(deadline);
          resolve({ status: res.statusCode ?? 502, body: parsed });
        });
        res.on('error', reject);
      },
    );
    const deadline = setTimeout(() => req.destroy(new Error('forward deadline')), FORWARD_TIMEOUT_MS);
    req.on('timeout', () => req.destroy(new Error('forward timeout')));
    req.on('error', (err) => {
      clearTimeout(deadline);
      reject(err);
    });
    req.end(body);
  });
}
