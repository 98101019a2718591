// EIP §3 request authentication: signing headers, AppKey, clock window, signature, nonce memory.
import { NONCE_PATTERN, SIGNATURE_METHODS, SIGNING_HEADERS, verifySignature, type SignatureMethod } from '../http/signing.js';
import { ApiError } from './codes.js';
import type { RequestCtx } from './context.js';
import type { FaultSet } from './faults/index.js';
import type { AppKeyDef } from './keys.js';
import type { NonceStore } from './state.js';

export const CLOCK_WINDOW_MS = 300_000;

/** A header by name, case-insensitively (SEC-015) — or, with the fault, by its canonical spelling only. */
export function header(ctx: RequestCtx, name: string, faults: FaultSet): string | undefined {
  if (faults.has('sec-header-case-sensitive')) {
    for (let i = 0; i < ctx.rawHeaders.length; i += 2) if (ctx.rawHeaders[i] === name) return ctx.rawHeaders[i + 1];
    return undefined;
  }
  const v = ctx.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export interface AuthDeps {
  keys: ReadonlyMap<string, AppKeyDef>;
  nonces: NonceStore;
  faults: FaultSet;
  /** Signature methods this node supports. */
  methods: readonly SignatureMethod[];
}

export function authenticate(ctx: RequestCtx, deps: AuthDeps): AppKeyDef {
  const { faults } = deps;
  const values: Record<string, string | undefined> = {};
  for (const name of SIGNING_HEADERS) values[name] = header(ctx, name, faults);
  const nonce = values['X-GX-Nonce'];
  const nonceOptional = faults.has('sec-missing-nonce-accepted');
  for (const name of SIGNING_HEADERS) {
    if (name === 'X-GX-Nonce' && nonceOptional) continue;
    if (!values[name]) throw new ApiError('40101', `${name} is missing`);
  }
  // A nonce of the wrong form counts as missing (§3).
  if (nonce !== undefined && !NONCE_PATTERN.test(nonce)) throw new ApiError('40101', 'X-GX-Nonce must be 16–64 of [A-Za-z0-9]');
  const timestamp = values['X-GX-Timestamp'] as string;
  if (!/^\d{1,16}$/.test(timestamp)) throw new ApiError('40101', 'X-GX-Timestamp must be milliseconds since the epoch');

  const method = values['X-GX-Signature-Method'] as string;
  if (!deps.methods.includes(method as SignatureMethod) || !SIGNATURE_METHODS.includes(method as SignatureMethod)) {
    throw new ApiError(faults.has('sec-unsupported-method-40102') ? '40102' : '40106', `signature method '${method.slice(0, 32)}'`);
  }
  const key = deps.keys.get(values['X-GX-AppKey'] as string);
  if (!key) throw new ApiError(faults.has('sec-unknown-appkey-40102') ? '40102' : '40105');

  const window = faults.has('sec-clock-window-60s') ? 60_000 : CLOCK_WINDOW_MS;
  if (!faults.has('sec-clock-window-ignored') && Math.abs(ctx.now - Number(timestamp)) > window) {
    throw new ApiError('40103', `server time ${new Date(ctx.now).toISOString()}`);
  }

  const good = verifySignature(
    {
      method: ctx.method,
      path: ctx.wirePath,
      query: ctx.query,
      appKey: key.appKey,
      timestamp,
      nonce: nonce ?? '',
      body: ctx.body,
      signatureMethod: method as SignatureMethod,
    },
    key.secret,
    values['X-GX-Signature'] as string,
  );
  const skipped =
    faults.has('sec-signature-unchecked') ||
    (faults.has('sec-body-not-signed') && ctx.body.length > 0) ||
    (faults.has('sec-query-not-signed') && ctx.rawQuery !== '');
  if (!good && !skipped) throw new ApiError('40102');

  if (nonce !== undefined && !deps.nonces.remember(key.appKey, nonce, ctx.now) && !faults.has('sec-replay-accepted')) {
    throw new ApiError('40104');
  }
  return key;
}
