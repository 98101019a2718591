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
  /** A skip because the requirement does not apply to this target: listed as not applicable, not as unassessed. */
  notApplicable?: true;
  message?: Text;
  /** For waived results: the waiver that applied. */
  waiver?: { rule: string; reason: string; approver: string; expires: string };
  startedAt: string;
  durationMs: number;
  evidence: Evidence[];
}

/** First line of results.ndjson: where the verdicts come from. */
export interface RunRecord {
  type: 'run';
  runId: string;
  harnessVersion: string;
  profileVersion: string;
  /** Digests of the specs folder and of each ICS with secret values removed (sha256 hex). */
  specsDigest: string;
  icsDigests: Record<string, string>;
  /** The command line, secrets removed. */
  command: string;
  startedAt: string;
  lang: 'zh' | 'en';
  shard?: { index: number; total: number };
  /** Set on the run line of a resumed run (`--resume`): the earlier runs in the same results file. */
  resumes?: string[];
}

/** One line per target, written when the target is planned and again (type 'target-end') when done. */
export interface TargetRecord {
  type: 'target';
  runId: string;
  target: string;
  name: string;
  role: 'DEPARTMENT' | 'PLATFORM';
  region: string;
  department?: { code: string; name: string };
  environment: 'test' | 'production';
  /** Redacted: scheme, host, port and path prefix only. */
  baseUrl: string;
  claimedIcs: string[];
  claimedHealth?: string[];
  /** Classes planned for this run (claimed ∩ selected, plus mandatory ones). */
  classes: string[];
  clockOffsetMs?: number;
  /** Why health gave nothing usable (the target's tests are then `error`); lets a resumed run rebuild the summary. */
  healthProblem?: Text;
}

export interface TargetEndRecord {
  type: 'target-end';
  runId: string;
  target: string;
  endedAt: string;
  requests: number;
  tls?: { protocol: string | null; authorized: boolean; daysToExpiry?: number };
  qos?: { latencyMs?: { p50: number; p95: number; p99: number; samples: number }; availability?: number; connectionReuse?: boolean };
}

/** Last line of results.ndjson when the run ended normally. */
export interface RunEndRecord {
  type: 'run-end';
  runId: string;
  endedAt: string;
}

export type ResultsLine = RunRecord | TargetRecord | ResultRecord | TargetEndRecord | RunEndRecord;
