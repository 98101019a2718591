// runConformance: ICS → plan → run → results.ndjson (streamed) → summary.json and junit.xml.
// One process runs many targets with a global concurrency; a finished target's results are dropped
// from memory once its score, summary entry and JUnit part are written.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { pick, t, type Lang } from '../i18n/text.js';
import { PROJECT_ROOT } from '../paths.js';
import { HARNESS_VERSION, PROFILE_VERSION } from '../version.js';
import { loadIcs } from '../ics/load.js';
import { icsDigest } from '../ics/digest.js';
import type { Target } from '../ics/types.js';
import { createClient, type ClientOptions, type Timeouts } from '../http/client.js';
import { OriginLimits } from '../http/limits.js';
import { createRedactor } from '../http/redact.js';
import type { BreakerOptions } from '../http/breaker.js';
import type { ConformanceClass, Requirement } from '../spec/registry-types.js';
import type { SchemaValidator, SuiteModule } from './suite-api.js';
import type { Outcome, ResultRecord, RunRecord, TargetEndRecord, TargetRecord } from './types.js';
import { planTarget } from './plan.js';
import { fetchHealth } from './health.js';
import { runTarget } from './run-target.js';
import { loadWaivers, type Waiver, type WaiverSet } from './waivers.js';
import { ResultsWriter, writeError } from './results-writer.js';
import { JunitWriter } from './junit.js';
import { commandLine, newRunId, specsDigest } from './provenance.js';
import { createProgress, type Progress } from './progress.js';
import { loadRegistry } from './registry.js';
import { readPriorRun, type OpenTarget, type PriorRun } from './resume.js';
import { summarizeTarget, zeroCounts, type TargetSummary } from './target-summary.js';

export type { TargetSummary } from './target-summary.js';

export interface RunOptions {
  /** ICS files or folders (several: their targets together, ids unique); or `targets` already loaded. */
  ics?: string | readonly string[];
  targets?: Target[];
  /** Suite modules (default: suites/index.ts). */
  suites?: readonly SuiteModule[];
  /** `--classes`: only these classes. */
  classes?: ConformanceClass[];
  /** `--grep`: a pattern matched against test ids, titles and requirement IDs. */
  grep?: string | RegExp;
  /** Results folder (default reports/<target-id or 'run'>-<timestamp>/). */
  out?: string;
  /** Waiver file, or waivers already loaded. */
  waivers?: string | WaiverSet;
  lang?: Lang;
  /** Targets run at once (default 4). */
  concurrency?: number;
  maxRpsPerOrigin?: number;
  timeouts?: Partial<Timeouts>;
  /** Per-test limit (default 10 min: a paging walk at a low rps takes a while). */
  testTimeoutMs?: number;
  maxResponseBytes?: number;
  retryAfterCapMs?: number;
  breaker?: BreakerOptions;
  runId?: string;
  /** The command line for provenance (default process.argv), secrets removed before it is written. */
  argv?: readonly string[];
  /** Console progress (default: live line on a TTY, lines otherwise). */
  progress?: 'tty' | 'lines' | 'none';
  registry?: ReadonlyMap<string, Requirement>;
  schemas?: SchemaValidator;
  /** 1-based: shard i of n (see shardOf). */
  shard?: { index: number; total: number };
  /**
   * Results folder of an interrupted run to continue: finished target/test pairs are not run again,
   * new lines are appended to its results.ndjson, summary.json and junit.xml cover the whole run.
   */
  resume?: string;
}

/** The run's provenance (as on its `run` line) and what came of it. */
export interface RunSummary extends Pick<RunRecord, 'runId' | 'harnessVersion' | 'profileVersion' | 'specsDigest' | 'icsDigests' | 'command' | 'startedAt'> {
  outDir: string;
  endedAt: string;
  /** 0 every target conformant; 1 a MUST failed or a target was not assessed. */
  exitCode: 0 | 1;
  totals: Record<Outcome, number>;
  targets: TargetSummary[];
  waivers: { applied: (TargetSummary['waived'][number] & { target: string })[]; expired: Omit<Waiver, 'line'>[] };
}

const zero = zeroCounts;

export async function runConformance(options: RunOptions): Promise<RunSummary> {
  let targets = options.targets ?? (options.ics !== undefined ? loadTargets(options.ics) : undefined);
  if (!targets) throw new ConfigError('no targets: pass --ics <file|dir>');
  if (options.resume !== undefined && options.out !== undefined && resolve(options.out) !== resolve(options.resume)) {
    throw new ConfigError(`--resume ${options.resume} and --out ${options.out}: a resumed run writes to the folder it resumes; drop --out`);
  }
  const waivers: WaiverSet = typeof options.waivers === 'string' ? loadWaivers(options.waivers) : (options.waivers ?? { active: [], expired: [] });
  const grep = typeof options.grep === 'string' ? compileGrep(options.grep) : options.grep;
  const suites = options.suites ?? (await import('../../suites/index.js')).SUITES;
  const registry = options.registry ?? (await loadRegistry());
  const schemas = options.schemas ?? (await import('../spec/schemas.js')).createSchemaValidator();

  // A resumed run rebuilds the finished targets' summaries and JUnit parts from the results file, one target at a time.
  const summaries: TargetSummary[] = [];
  let prior: PriorRun | undefined;
  let shard = options.shard;
  let junit: JunitWriter | undefined;
  if (options.resume !== undefined) {
    const dir = options.resume;
    prior = await readPriorRun(dir, (record, results, end, first) => {
      const partLang = options.lang ?? first.lang;
      junit ??= new JunitWriter(join(dir, 'junit.xml.part'), join(dir, 'junit.xml'));
      junit.add(record.target, results, partLang);
      summaries.push(summarizeTarget(record, results, registry, partLang, end.requests));
    });
    shard = resumedShard(prior, options.shard);
  }
  const lang = options.lang ?? prior?.first.lang ?? 'zh';
  if (shard) targets = shardOf(targets, shard);
  if (prior) checkResumable(prior, targets);
  const started = new Date();
  const runId = options.runId ?? newRunId(started);
  const outDir = options.resume ?? options.out ?? join(PROJECT_ROOT, 'reports', `${targets.length === 1 ? targets[0]!.id : 'run'}-${runId}${shard ? `-shard-${shard.index}of${shard.total}` : ''}`);
  const toRun = prior ? targets.filter((tg) => !prior.finished.has(tg.id)) : targets;
  const progress = createProgress(options.progress ?? (process.stderr.isTTY ? 'tty' : 'lines'), lang, toRun.length);
  for (const w of waivers.expired) {
    progress.warn(pick(t(`豁免已过期，不予适用：${w.target} ${w.rule}（${w.expires} 到期，第 ${w.line} 行）`, `waiver expired, not applied: ${w.target} ${w.rule} (expired ${w.expires}, line ${w.line})`), lang));
  }
  if (prior) {
    progress.warn(
      pick(
        t(
          `继续运行 ${prior.runIds.join(', ')}：${prior.finished.size} 个目标已完成，${prior.open.size} 个目标从中断处继续，${toRun.length - prior.open.size} 个尚未开始${prior.trimmedBytes ? `；已截去不完整的最后一行（${prior.trimmedBytes} 字节）` : ''}`,
          `resuming ${prior.runIds.join(', ')}: ${prior.finished.size} target(s) finished, ${prior.open.size} continue where they stopped, ${toRun.length - prior.open.size} not started${prior.trimmedBytes ? `; cut an incomplete last line (${prior.trimmedBytes} bytes)` : ''}`,
        ),
        lang,
      ),
    );
  }

  const allSecrets = targets.flatMap((tg) => tg.secrets);
  const writer = new ResultsWriter(outDir, prior ? 'append' : 'new');
  junit ??= new JunitWriter(join(outDir, 'junit.xml.part'), join(outDir, 'junit.xml'));
  const icsDigests = Object.fromEntries(targets.map((tg) => [tg.id, icsDigest(tg)]));
  const runRecord: RunRecord = {
    type: 'run',
    runId,
    harnessVersion: HARNESS_VERSION,
    profileVersion: PROFILE_VERSION,
    specsDigest: specsDigest(),
    icsDigests,
    command: commandLine(options.argv ?? ['govx', ...process.argv.slice(2)], allSecrets),
    startedAt: started.toISOString(),
    lang,
    ...(shard ? { shard } : {}),
    ...(prior ? { resumes: prior.runIds } : {}),
  };
  writer.write(runRecord);

  const originLimits = new OriginLimits(options.maxRpsPerOrigin);
  const clientOptions: ClientOptions = {
    runId,
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    ...(options.maxResponseBytes ? { maxResponseBytes: options.maxResponseBytes } : {}),
    ...(options.retryAfterCapMs !== undefined ? { retryAfterCapMs: options.retryAfterCapMs } : {}),
    ...(options.breaker ? { breaker: options.breaker } : {}),
    originLimits,
  };
  const env: TargetEnv = { runId, suites, registry, schemas, waivers: waivers.active, grep, classes: options.classes, lang, writer, junit: junit, progress, clientOptions, testTimeoutMs: options.testTimeoutMs ?? 600_000 };
  const runOne = async (target: Target): Promise<void> => {
    const begun = prior?.open.get(target.id);
    prior?.open.delete(target.id);
    summaries.push(await runOneTarget(target, env, begun && { ...begun, done: prior!.done.get(target.id) ?? new Set() }));
  };
  const concurrency = Math.max(1, options.concurrency ?? 4);
  // Each concurrent mocha runner listens for uncaught errors on `process` while it runs.
  if (process.getMaxListeners() < concurrency * 2 + 10) process.setMaxListeners(concurrency * 2 + 10);
  await pool(toRun, concurrency, runOne, () => writer.failure !== undefined);
  progress.done();

  const endedAt = new Date().toISOString();
  writer.write({ type: 'run-end', runId, endedAt });
  writer.close();
  const order = new Map(targets.map((tg, i) => [tg.id, i]));
  summaries.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const totals = zero();
  for (const s of summaries) for (const k of Object.keys(totals) as Outcome[]) totals[k] += s.counts[k];
  const summary: RunSummary = {
    runId,
    outDir,
    harnessVersion: HARNESS_VERSION,
    profileVersion: PROFILE_VERSION,
    specsDigest: runRecord.specsDigest,
    icsDigests,
    command: runRecord.command,
    startedAt: runRecord.startedAt,
    endedAt,
    exitCode: summaries.length === targets.length && summaries.every((s) => s.conformant) ? 0 : 1,
    totals,
    targets: summaries,
    waivers: {
      applied: summaries.flatMap((s) => s.waived.map((w) => ({ target: s.id, ...w }))),
      expired: waivers.expired.map(({ line: _line, ...w }) => w),
    },
  };
  try {
    await junit.finish();
    writeFileSync(join(outDir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  } catch (err) {
    throw writer.failure ?? writeError(outDir, err);
  }
  if (writer.failure) throw writer.failure;
  return summary;
}

/** Several ICS files or folders make one target list; a target id used twice is a configuration error. */
function loadTargets(ics: string | readonly string[]): Target[] {
  const paths = typeof ics === 'string' ? [ics] : ics;
  if (paths.length === 1) return loadIcs(paths[0]!);
  const seen = new Map<string, string>();
  const all: Target[] = [];
  for (const path of paths) {
    for (const target of loadIcs(path)) {
      const first = seen.get(target.id);
      if (first !== undefined) throw new ConfigError(`${target.source}: id: target id '${target.id}' is already used by ${first}; give each target its own id`);
      seen.set(target.id, target.source);
      all.push(target);
    }
  }
  return all;
}

/** The shard of the interrupted run carries over; a different one would mix two partitions in one folder. */
function resumedShard(prior: PriorRun, given: RunOptions['shard']): RunOptions['shard'] {
  const before = prior.first.shard;
  if (given && before && (given.index !== before.index || given.total !== before.total)) {
    throw new ConfigError(`--shard ${given.index}/${given.total}: the run in ${prior.dir} was shard ${before.index}/${before.total}; resume it with that shard (or drop --shard)`);
  }
  if (given && !before) throw new ConfigError(`--shard ${given.index}/${given.total}: the run in ${prior.dir} was not sharded; drop --shard to resume it`);
  return before ?? given;
}

/** Every target the interrupted run touched must still be in the ICS, unchanged (same digest, secrets aside). */
function checkResumable(prior: PriorRun, targets: readonly Target[]): void {
  const current = new Map(targets.map((tg) => [tg.id, tg]));
  for (const id of [...prior.finished, ...prior.open.keys()]) {
    const target = current.get(id);
    if (!target) throw new ConfigError(`--resume ${prior.dir}: target '${id}' of the interrupted run is not in this ICS; pass the same --ics as the interrupted run`);
    const before = prior.icsDigests.get(id);
    if (before !== undefined && before !== icsDigest(target)) {
      throw new ConfigError(`--resume ${prior.dir}: the ICS of target '${id}' changed since the interrupted run; restore it, or start a new run with another --out`);
    }
  }
}

interface TargetEnv {
  runId: string;
  suites: readonly SuiteModule[];
  registry: ReadonlyMap<string, Requirement>;
  schemas: SchemaValidator;
  waivers: readonly Waiver[];
  grep?: RegExp;
  classes?: ConformanceClass[];
  lang: Lang;
  writer: ResultsWriter;
  junit: JunitWriter;
  progress: Progress;
  clientOptions: ClientOptions;
  testTimeoutMs: number;
}

/** `begun`: a target the interrupted run had started; its finished tests are not run again. */
async function runOneTarget(target: Target, env: TargetEnv, begun?: OpenTarget & { done: ReadonlySet<string> }): Promise<TargetSummary> {
  const client = createClient(target, env.clientOptions);
  try {
    const health = await fetchHealth(client);
    client.clockOffsetMs = health.clockOffsetMs;
    const plan = planTarget(target, env.suites, { ...(env.classes ? { classes: env.classes } : {}), ...(env.grep ? { grep: env.grep } : {}), ...(health.health ? { health: health.health } : {}) });
    if (begun) plan.tests = plan.tests.filter((p) => !begun.done.has(p.testId));
    const targetRecord: TargetRecord = {
      type: 'target',
      runId: env.runId,
      target: target.id,
      name: target.name,
      role: target.role,
      region: target.region,
      ...(target.department ? { department: target.department } : {}),
      environment: target.environment,
      baseUrl: createRedactor(target).text(target.baseUrl),
      claimedIcs: target.classes,
      ...(health.health ? { claimedHealth: health.health.conformance } : {}),
      classes: plan.classes,
      clockOffsetMs: health.clockOffsetMs,
      ...(health.problem ? { healthProblem: health.problem } : {}),
    };
    env.writer.write(targetRecord);
    env.progress.targetStarted(target.id);
    // This target's results without evidence: enough for its score and JUnit part, dropped at the end.
    const kept: ResultRecord[] = begun ? begun.results : [];
    await runTarget(plan, {
      runId: env.runId,
      client,
      health,
      schemas: env.schemas,
      registry: env.registry,
      waivers: env.waivers,
      testTimeoutMs: env.testTimeoutMs,
      stopped: () => env.writer.failure !== undefined,
      onResult: (record) => {
        env.writer.write(record);
        kept.push({ ...record, evidence: [] });
        env.progress.result(record);
      },
    });
    const stats = client.stats;
    const end: TargetEndRecord = {
      type: 'target-end',
      runId: env.runId,
      target: target.id,
      endedAt: new Date().toISOString(),
      requests: stats.requests,
      ...(stats.tls ? { tls: { protocol: stats.tls.protocol, authorized: stats.tls.authorized, ...(stats.tls.daysToExpiry !== undefined ? { daysToExpiry: stats.tls.daysToExpiry } : {}) } } : {}),
      qos: {
        ...(stats.latencyMs.length ? { latencyMs: percentiles(stats.latencyMs) } : {}),
        ...(stats.healthProbes.total ? { availability: stats.healthProbes.ok / stats.healthProbes.total } : {}),
        connectionReuse: stats.reusedResponses > 0,
      },
    };
    env.writer.write(end);
    env.progress.targetEnded(target.id);
    env.junit.add(target.id, kept, env.lang);
    return summarizeTarget(targetRecord, kept, env.registry, env.lang, stats.requests);
  } finally {
    await client.close();
  }
}

function percentiles(samples: number[]): { p50: number; p95: number; p99: number; samples: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), samples: sorted.length };
}

/** Runs `work` over `items`, at most `limit` at once; stops starting new items once `stop()` says so. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>, stop: () => boolean): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !stop()) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function compileGrep(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'i');
  } catch {
    throw new ConfigError(`--grep: '${pattern}' is not a valid regular expression`);
  }
}

/** Deterministic partition by position in id order: shard i of n takes every n-th target. */
export function shardOf(targets: Target[], shard: { index: number; total: number }): Target[] {
  if (!Number.isInteger(shard.total) || shard.total < 1 || !Number.isInteger(shard.index) || shard.index < 1 || shard.index > shard.total) {
    throw new ConfigError(`--shard ${shard.index}/${shard.total}: write i/n with 1 ≤ i ≤ n`);
  }
  return [...targets].sort((a, b) => (a.id < b.id ? -1 : 1)).filter((_, i) => i % shard.total === shard.index - 1);
}
