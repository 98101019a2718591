// QOS measurements: latency percentiles, health availability, connection reuse, kept in ctx.shared
// under 'qos' so the engine can write them to the TargetEndRecord.
import type { GxClient, GxResponse, TestContext } from '../../src/engine/suite-api.js';

export interface QosFigures {
  latencyMs?: { p50: number; p95: number; p99: number; samples: number };
  availability?: number;
  connectionReuse?: boolean;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function latencySummary(values: readonly number[]): NonNullable<QosFigures['latencyMs']> {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), samples: sorted.length };
}

export function recordQos(ctx: TestContext, figures: QosFigures): QosFigures {
  const merged = { ...((ctx.shared.get('qos') as QosFigures | undefined) ?? {}), ...figures };
  ctx.shared.set('qos', merged);
  return merged;
}

/** Health probe outcomes gathered during the run (ok / total), shared between the QOS tests. */
export interface ProbeTally {
  ok: number;
  total: number;
}

export function probeTally(ctx: TestContext): ProbeTally {
  let tally = ctx.shared.get('qos.healthProbes') as ProbeTally | undefined;
  if (!tally) {
    tally = { ok: 0, total: 0 };
    ctx.shared.set('qos.healthProbes', tally);
  }
  return tally;
}

/** One unsigned health probe: success is 200 with code "0"; a transport failure counts as a failed probe. */
export async function probeHealth(client: GxClient, tally: ProbeTally): Promise<GxResponse | undefined> {
  tally.total++;
  try {
    const res = await client.request({ method: 'GET', path: '/gx/v1/health', as: 'unsigned' });
    if (res.status === 200 && res.envelope?.code === '0') tally.ok++;
    return res;
  } catch {
    return undefined;
  }
}

/** Runs `task` `count` times with at most `concurrency` in flight. */
export async function runPool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      out[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
  return out;
}
