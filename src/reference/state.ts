// Per-node mutable state: nonce memory (SEC-005), per-second quotas (SEC-013) and the audit log (SEC-014).
import { rfc3339 } from './time.js';

export const NONCE_MEMORY_MS = 600_000;

/** Remembers each AppKey's nonces for 600 s. Expired entries are swept as new ones arrive. */
export class NonceStore {
  private readonly seen = new Map<string, number>();
  private lastSweep = 0;

  /** Records the nonce; false when the same AppKey used it within the memory window. */
  remember(appKey: string, nonce: string, now: number): boolean {
    this.sweep(now);
    const key = `${appKey}\n${nonce}`;
    const at = this.seen.get(key);
    if (at !== undefined && now - at < NONCE_MEMORY_MS) return false;
    this.seen.set(key, now);
    return true;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 10_000) return;
    this.lastSweep = now;
    for (const [key, at] of this.seen) if (now - at >= NONCE_MEMORY_MS) this.seen.delete(key);
  }
}

/** A fixed one-second window per AppKey. */
export class QuotaCounter {
  private readonly windows = new Map<string, { second: number; count: number }>();

  /** Counts one request; returns the seconds to wait when the quota is exceeded, else 0. */
  take(appKey: string, perSecond: number, now: number): number {
    const second = Math.floor(now / 1000);
    const w = this.windows.get(appKey);
    if (!w || w.second !== second) {
      this.windows.set(appKey, { second, count: 1 });
      return 0;
    }
    w.count += 1;
    return w.count > perSecond ? 1 : 0;
  }
}

export interface AuditEntry {
  requestId: string;
  time: string;
  appKey: string;
  resourceCode: string;
  purpose: string;
  resultCode: string;
  latencyMs: number;
  /** For filtering by time; not sent. */
  atMs: number;
}

export class AuditLog {
  readonly entries: AuditEntry[] = [];
  /** Entries kept per node; the oldest go first (a long demo run must not grow without bound). */
  constructor(private readonly capacity = 100_000) {}

  add(entry: Omit<AuditEntry, 'time'>): void {
    this.entries.push({ ...entry, time: rfc3339(entry.atMs) });
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }
}

/** The public form of an audit entry (§3 fields only). */
export function auditView(e: AuditEntry): Omit<AuditEntry, 'atMs'> {
  return {
    requestId: e.requestId,
    time: e.time,
    appKey: e.appKey,
    resourceCode: e.resourceCode,
    purpose: e.purpose,
    resultCode: e.resultCode,
    latencyMs: e.latencyMs,
  };
}
