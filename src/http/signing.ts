// EIP 1.0 §3 request signing: canonical string, body hash, HMAC-SM3 / HMAC-SHA256.
// Shared by the harness's client and the reference nodes' verifier, so both read the profile one way.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureMethod = 'HMAC-SM3' | 'HMAC-SHA256';
export const SIGNATURE_METHODS: readonly SignatureMethod[] = ['HMAC-SM3', 'HMAC-SHA256'];

export function hashAlgorithm(method: SignatureMethod): 'sm3' | 'sha256' {
  return method === 'HMAC-SM3' ? 'sm3' : 'sha256';
}

export function sm3Hex(data: string | Uint8Array): string {
  return createHash('sm3').update(data).digest('hex');
}

/** RFC 3986 percent-encoding: unreserved characters stay, every other UTF-8 byte becomes %XX (upper case). */
export function rfc3986Encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/**
 * Decodes a raw query component as a node must: only %XX sequences are decoded, so a literal '+' stays '+'.
 * Returns undefined for a malformed escape or invalid UTF-8.
 */
export function decodeQueryComponent(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** Parses a raw query string (without '?') into decoded [name, value] pairs, in order. */
export function parseRawQuery(rawQuery: string): [string, string][] | undefined {
  if (rawQuery === '') return [];
  const pairs: [string, string][] = [];
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decodeQueryComponent(eq < 0 ? part : part.slice(0, eq));
    const value = decodeQueryComponent(eq < 0 ? '' : part.slice(eq + 1));
    if (name === undefined || value === undefined) return undefined;
    pairs.push([name, value]);
  }
  return pairs;
}

/** CANONICAL_QUERY of §3: encoded name=value pairs sorted by encoded name, then encoded value, in byte order. */
export function canonicalQuery(pairs: readonly (readonly [string, string])[]): string {
  const encoded = pairs.map(([n, v]) => [rfc3986Encode(n), rfc3986Encode(v)] as const);
  encoded.sort((a, b) => compareBytes(a[0], b[0]) || compareBytes(a[1], b[1]));
  return encoded.map(([n, v]) => `${n}=${v}`).join('&');
}

/** The query as a client sends it: RFC 3986 encoded, in the given order ('+' goes out as %2B). */
export function encodeQuery(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([n, v]) => `${rfc3986Encode(n)}=${rfc3986Encode(v)}`).join('&');
}

function compareBytes(a: string, b: string): number {
  // Encoded strings are ASCII, so code-unit order is byte order.
  return a < b ? -1 : a > b ? 1 : 0;
}

export function bodyHash(method: SignatureMethod, body: string | Uint8Array | undefined): string {
  return createHash(hashAlgorithm(method))
    .update(body ?? '')
    .digest('hex');
}

export interface SigningInput {
  method: string;
  /** The path as sent, without the query (a baseUrl prefix included). */
  path: string;
  /** Decoded query pairs. */
  query: readonly (readonly [string, string])[];
  appKey: string;
  timestamp: string;
  nonce: string;
  body?: string | Uint8Array;
  signatureMethod: SignatureMethod;
}

export function canonicalString(input: SigningInput): string {
  return [
    input.method.toUpperCase(),
    input.path,
    canonicalQuery(input.query),
    input.appKey,
    input.timestamp,
    input.nonce,
    bodyHash(input.signatureMethod, input.body),
  ].join('\n');
}

export function sign(input: SigningInput, secret: string): string {
  return createHmac(hashAlgorithm(input.signatureMethod), secret).update(canonicalString(input)).digest('hex');
}

/** Constant-time comparison of a presented signature with the expected one. */
export function verifySignature(input: SigningInput, secret: string, presented: string): boolean {
  const expected = Buffer.from(sign(input, secret), 'utf8');
  const given = Buffer.from(presented, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export const NONCE_PATTERN = /^[A-Za-z0-9]{16,64}$/;
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The signing headers of §3, by their canonical names. */
export const SIGNING_HEADERS = [
  'X-GX-AppKey',
  'X-GX-Timestamp',
  'X-GX-Nonce',
  'X-GX-Signature-Method',
  'X-GX-Signature',
] as const;
