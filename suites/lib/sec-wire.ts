// Edits of a signed wire request for the SEC negative tests: each changes exactly one thing.
import type { WireRequest } from '../../src/engine/suite-api.js';

/** Header names compare case-insensitively; returns the key as it is in the wire headers. */
export function headerKey(wire: WireRequest, name: string): string | undefined {
  return Object.keys(wire.headers).find((k) => k.toLowerCase() === name.toLowerCase());
}

export function removeHeader(wire: WireRequest, name: string): void {
  for (const k of Object.keys(wire.headers)) if (k.toLowerCase() === name.toLowerCase()) delete wire.headers[k];
}

export function setHeader(wire: WireRequest, name: string, value: string): void {
  removeHeader(wire, name);
  wire.headers[name] = value;
}

/** Renames every X-GX-* header with `rename` (case tests), keeping values. */
export function renameGxHeaders(wire: WireRequest, rename: (name: string) => string): void {
  for (const k of Object.keys(wire.headers)) {
    if (!k.toLowerCase().startsWith('x-gx-')) continue;
    const value = wire.headers[k]!;
    delete wire.headers[k];
    wire.headers[rename(k)] = value;
  }
}

/** 'X-GX-AppKey' → 'x-Gx-aPpKeY': alternating case, so neither the canonical nor lower-case form. */
export function mixedCase(name: string): string {
  let upper = false;
  return [...name]
    .map((c) => {
      if (!/[a-z]/i.test(c)) return c;
      upper = !upper;
      return upper ? c.toLowerCase() : c.toUpperCase();
    })
    .join('');
}

/** A different last character: turns a valid identifier into one failing its check (or an unknown one). */
export function otherLastChar(value: string): string {
  const last = value.slice(-1);
  return value.slice(0, -1) + (last === '0' ? '1' : '0');
}

/** One hex digit of a signature changed. */
export function flipHex(sig: string): string {
  if (sig.length === 0) return '0';
  const c = sig[0] === '0' ? '1' : '0';
  return c + sig.slice(1);
}
