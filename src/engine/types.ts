import type { Text } from '../i18n/text.js';

/**
 * pass; fail (a MUST broken); warn (a SHOULD broken); skip (with reason: not claimed, not applicable,
 * fixture or write permission missing); error (not assessed: transport or harness failure, or nothing
 * assessable); waived (a failure listed in a valid waiver).
 */
export type Outcome = 'pass' | 'fail' | 'warn' | 'skip' | 'error' | 'waived';

/** One HTTP exchange, redacted at capture. */
export interface Evidence {
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response?: { status: number; headers: Record<string, string>; body?: string; truncated?: boolean };
  /** Transport failure (ECONNREFUSED, timeout, TLS) instead of a response. */
  transportError?: string;
  timings?: { startMs: number; totalMs: number };
}

/** One line of results.ndjson. */
export interface ResultRecord {
  type: 'result';
  runId: string;
  target: string;
  /** Stable test id, e.g. "SEC.missing-header.X-GX-Nonce". */
  test: string;
  title: Text;
  class: string;
  /** Requirement IDs the test verifies (profile rules or finer ids). */
  requirements: string[];
  outcome: Outcome;
  message?: Text;
  /** For waived results: the waiver that applied. */
  waiver?: { rule: string; reason: string; approver: string; expires: string };
  startedAt: string;
  durationMs: number;
  evidence: Evidence[];
}
