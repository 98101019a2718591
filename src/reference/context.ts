// What a handler sees of a request, and what it returns.
import type { IncomingHttpHeaders } from 'node:http';
import { ApiError } from './codes.js';
import type { FaultSet } from './faults/index.js';
import type { AppKeyDef } from './keys.js';

export interface RequestCtx {
  method: string;
  /** The path as on the wire (tenant prefix included): what the signature covers. */
  wirePath: string;
  /** The path relative to the node's base URL. */
  path: string;
  rawQuery: string;
  /** Decoded query pairs (only %XX decoded; '+' stays '+'). */
  query: [string, string][];
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
  requestId: string;
  /** Node clock (ms since the epoch) when the request arrived. */
  now: number;
  /** Set once the request is authenticated. */
  appKey?: AppKeyDef;
  /** Decoded X-GX-Purpose of a data-service request. */
  purpose?: string;
  faults: FaultSet;
}

export type Reply =
  | { kind: 'json'; status?: number; data: unknown; headers?: Record<string, string> }
  | { kind: 'file'; contentType: string; body: Buffer; headers?: Record<string, string> };

export const ok = (data: unknown, status = 200): Reply => ({ kind: 'json', status, data });

/** The first value of a query parameter. */
export function queryParam(ctx: RequestCtx, name: string): string | undefined {
  return ctx.query.find(([n]) => n === name)?.[1];
}

/** The body parsed as JSON; malformed JSON is 40001 (CORE-008). */
export function jsonBody(ctx: RequestCtx): unknown {
  const text = ctx.body.toString('utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    // The 'core-stack-traces' fault leaks the parser's exception text, which CORE-009 forbids.
    if (ctx.faults.has('core-malformed-json-500')) throw new Error('JSON parse failure', { cause: err });
    throw new ApiError('40001', ctx.faults.has('core-stack-traces') && err instanceof Error ? String(err.stack) : 'body is not valid JSON');
  }
}

/** A JSON object body; anything else is 40001. */
export function objectBody(ctx: RequestCtx): Record<string, unknown> {
  const body = jsonBody(ctx);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError('40001', 'body must be a JSON object');
  return body as Record<string, unknown>;
}

/** A required string member; missing or of another type is 40001 (EIP §3 "these are fixed"). */
export function requireString(obj: Record<string, unknown>, key: string): string {
  const v = obj[key];
  if (typeof v !== 'string') throw new ApiError('40001', `'${key}' must be a string`);
  return v;
}

export function optionalString(obj: Record<string, unknown>, key: string): string | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new ApiError('40001', `'${key}' must be a string`);
  return v;
}
