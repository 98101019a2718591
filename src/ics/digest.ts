// The ICS digest in provenance: sha256 of the canonical target with secret values removed, so it
// changes when what is tested changes and stays put when only a secret is rotated.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Target } from './types.js';

export function icsDigest(target: Target): string {
  return createHash('sha256').update(canonicalJson(publicView(target))).digest('hex');
}

/** The target as it may be shown or hashed: no secret values, TLS files by content hash, no file location. */
export function publicView(target: Target): Record<string, unknown> {
  const { secrets: _secrets, source: _source, auth, quota, tls, ...rest } = target;
  const { secret: _s, ungranted, ...authRest } = auth;
  const approvals = rest.fixtures.approvals;
  return {
    ...rest,
    // Approval tickets are redacted like secrets wherever shown; the digest still follows them.
    fixtures: { ...rest.fixtures, ...(approvals ? { approvals: Object.fromEntries(Object.entries(approvals).map(([k, v]) => [k, `sha256:${sha256(v)}`])) } : {}) },
    auth: { ...authRest, ...(ungranted ? { ungranted: { appKey: ungranted.appKey, signatureMethod: ungranted.signatureMethod } } : {}) },
    ...(quota ? { quota: { appKey: quota.appKey, signatureMethod: quota.signatureMethod, perSecond: quota.perSecond } } : {}),
    ...(tls ? { tls: Object.fromEntries(Object.entries(tls).map(([k, file]) => [k, `sha256:${fileHash(file)}`])) } : {}),
  };
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function fileHash(file: string): string {
  try {
    return sha256(readFileSync(file));
  } catch {
    return 'unreadable';
  }
}

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
