// One target's entry in summary.json, from its target line and its results (evidence not needed).
// Shared by a live run and by a resumed run rebuilding the targets an earlier part finished.
import { pick, type Lang } from '../i18n/text.js';
import type { Requirement } from '../spec/registry-types.js';
import type { Outcome, ResultRecord, TargetRecord } from './types.js';
import { scoreTarget } from './score.js';

export interface TargetSummary {
  id: string;
  name: string;
  role: TargetRecord['role'];
  region: string;
  department?: { code: string; name: string };
  classes: string[];
  counts: Record<Outcome, number>;
  grade: string;
  score: number;
  conformant: boolean;
  /** Why the target could not be assessed, when health gave nothing usable. */
  healthProblem?: string;
  failed: { test: string; requirements: string[]; message?: string }[];
  errors: { test: string; message?: string }[];
  waived: { test: string; rule: string; reason: string; approver: string; expires: string }[];
  requests: number;
  clockOffsetMs: number;
}

export const zeroCounts = (): Record<Outcome, number> => ({ pass: 0, fail: 0, warn: 0, skip: 0, error: 0, waived: 0 });

export function summarizeTarget(record: TargetRecord, results: ResultRecord[], registry: ReadonlyMap<string, Requirement>, lang: Lang, requests: number): TargetSummary {
  const score = scoreTarget(results, registry, record.classes);
  const counts = zeroCounts();
  for (const r of results) counts[r.outcome]++;
  const msg = (r: ResultRecord): string | undefined => (r.message ? pick(r.message, lang) : undefined);
  return {
    id: record.target,
    name: record.name,
    role: record.role,
    region: record.region,
    ...(record.department ? { department: record.department } : {}),
    classes: record.classes,
    counts,
    grade: score.grade,
    score: score.score,
    conformant: score.conformant && !record.healthProblem,
    ...(record.healthProblem ? { healthProblem: pick(record.healthProblem, lang) } : {}),
    failed: results.filter((r) => r.outcome === 'fail').map((r) => ({ test: r.test, requirements: r.requirements, ...(msg(r) ? { message: msg(r) } : {}) })),
    errors: results.filter((r) => r.outcome === 'error').map((r) => ({ test: r.test, ...(msg(r) ? { message: msg(r) } : {}) })),
    waived: results.filter((r) => r.waiver).map((r) => ({ test: r.test, ...r.waiver! })),
    requests,
    clockOffsetMs: record.clockOffsetMs ?? 0,
  };
}
