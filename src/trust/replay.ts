// `govx replay`: re-runs one recorded test against its target, so a department can reproduce a failure
// with nothing secret in any report. The test's requests are rebuilt by running the suite's own TestDef
// through the engine (planTarget, runTarget, the signed client): fresh nonces and timestamps (a replayed
// nonce would be refused), evidence redacted at capture exactly as in results.ndjson.
import { ConfigError } from '../errors.js';
import type { Text } from '../i18n/text.js';
import { loadIcs } from '../ics/load.js';
import type { Target } from '../ics/types.js';
import { createClient, type TargetClient } from '../http/client.js';
import { fetchHealth, loadRegistry, newRunId, planTarget, type HealthResult, type TargetPlan } from '../engine/index.js';
import { runTarget } from '../engine/run-target.js';
import type { GxRequest, GxResponse, HealthData, SchemaValidator, SuiteModule, TestDef, WireRequest } from '../engine/suite-api.js';
import type { Evidence, Outcome, ResultRecord } from '../engine/types.js';
import { loadResults } from '../report/load.js';

export interface ReplayOptions {
  resultsDir: string;
  testId: string;
  ics: string;
  /** Needed when the test was recorded for more than one target. */
  target?: string;
  /** Build and sign the test's first request and show it; send nothing. */
  show?: boolean;
  suites?: readonly SuiteModule[];
  schemas?: SchemaValidator;
  /** Each exchange as it happens (redacted), for live output. */
  onExchange?: (evidence: Evidence) => void;
}

export interface ReplayResult {
  target: string;
  test: string;
  runId: string;
  recorded: { runId: string; outcome: Outcome; message?: Text };
  /** Absent with --show. */
  replayed?: { outcome: Outcome; message?: Text };
  /** Every exchange of the replay (or, with --show, the request that would be sent), redacted. */
  exchanges: Evidence[];
  /** The outcome seen now equals the recorded one (a waived result counts as the failure it was). */
  reproduced: boolean;
  shown: boolean;
}

/** Thrown from afterSign in --show mode: the request is built and signed, then never sent. */
class NotSent extends Error {
  constructor() {
    super('govx replay --show: not sent');
  }
}

export async function replayTest(options: ReplayOptions): Promise<ReplayResult> {
  const recorded = await findRecorded(options.resultsDir, options.testId, options.target);
  const target = findTarget(options.ics, recorded.result.target);
  const suites = options.suites ?? (await import('../../suites/index.js')).SUITES;
  const { suite, test } = findTestDef(suites, recorded.result);
  const runId = `replay-${newRunId(new Date())}`;
  const inner = createClient(target, { runId });
  const exchanges: Evidence[] = [];
  try {
    // The health check is the harness's own exchange (clock offset, claimed classes), not the test's.
    const health: HealthResult = options.show ? { clockOffsetMs: 0 } : await fetchHealth(inner);
    inner.clockOffsetMs = health.clockOffsetMs;
    const client = new ReplayClient(inner, target.baseUrl, options.show === true, (e) => {
      exchanges.push(e);
      options.onExchange?.(e);
    });
    const plan = planOne(target, suite, test, health.health ?? claimedHealth(recorded.claimedHealth));
    let result: ResultRecord | undefined;
    await runTarget(plan, {
      runId,
      client,
      health,
      schemas: options.schemas ?? (await import('../spec/schemas.js')).createSchemaValidator(),
      registry: await loadRegistry(),
      waivers: [],
      testTimeoutMs: 600_000,
      stopped: () => false,
      onResult: (r) => {
        result = r;
      },
    });
    const was = { runId: recorded.result.runId, outcome: recorded.result.outcome, ...(recorded.result.message ? { message: recorded.result.message } : {}) };
    if (options.show || !result) {
      return { target: target.id, test: options.testId, runId, recorded: was, exchanges, reproduced: false, shown: true };
    }
    const now = { outcome: result.outcome, ...(result.message ? { message: result.message } : {}) };
    return { target: target.id, test: options.testId, runId, recorded: was, replayed: now, exchanges, reproduced: comparable(now.outcome) === comparable(was.outcome), shown: false };
  } finally {
    await inner.close();
  }
}

const comparable = (o: Outcome): Outcome => (o === 'waived' ? 'fail' : o);

async function findRecorded(dir: string, testId: string, targetId?: string): Promise<{ result: ResultRecord; claimedHealth?: string[] }> {
  const loaded = await loadResults([dir]);
  const holders = [...loaded.targets.values()].filter((t) => t.results.has(testId));
  if (holders.length === 0) {
    const sample = [...loaded.targets.values()].flatMap((t) => [...t.results.keys()]).slice(0, 3);
    throw new ConfigError(`test '${testId}' is not in ${dir}/results.ndjson; give the test id as recorded (e.g. ${sample.join(', ') || 'POP.record.birth-date'})`);
  }
  let holder = holders[0]!;
  if (targetId !== undefined) {
    const match = holders.find((t) => t.record.target === targetId);
    if (!match) throw new ConfigError(`test '${testId}' was not recorded for target '${targetId}' in ${dir}; it was for: ${holders.map((t) => t.record.target).join(', ')}`);
    holder = match;
  } else if (holders.length > 1) {
    throw new ConfigError(`test '${testId}' was recorded for ${holders.length} targets (${holders.map((t) => t.record.target).join(', ')}); choose one with --target <id>`);
  }
  return { result: holder.results.get(testId)!, ...(holder.record.claimedHealth ? { claimedHealth: holder.record.claimedHealth } : {}) };
}

function findTarget(ics: string, id: string): Target {
  const target = loadIcs(ics).find((t) => t.id === id);
  if (!target) throw new ConfigError(`target '${id}' is not in the ICS ${ics}; pass the ICS the run used (--ics <file>)`);
  return target;
}

function findTestDef(suites: readonly SuiteModule[], result: ResultRecord): { suite: SuiteModule; test: TestDef } {
  const suite = suites.find((s) => s.class === result.class);
  const test = suite?.tests.find((t) => `${suite.class}.${t.id}` === result.test);
  if (!suite || !test) throw new ConfigError(`test '${result.test}' is not one of this harness's tests (the results may come from another govx version)`);
  return { suite, test };
}

/** Without a health answer (--show), the classes the recorded run saw claimed in health. */
function claimedHealth(conformance: string[] | undefined): HealthData | undefined {
  return conformance ? { status: '', role: '', nodeId: '', profileVersion: '', time: '', conformance } : undefined;
}

/** The engine's plan, narrowed to the one test: the same skip reasons as the run. */
function planOne(target: Target, suite: SuiteModule, test: TestDef, health: HealthData | undefined): TargetPlan {
  const only: SuiteModule = { ...suite, tests: [test] };
  const plan = planTarget(target, [only], health ? { health } : {});
  if (plan.tests.length > 0) return plan;
  // The recorded run planned this class, so its health claimed it then; replay what was recorded.
  return planTarget(target, [only], { health: { ...(health ?? claimedHealth([])!), conformance: [suite.class] } });
}

/**
 * The engine's client, passed through, with every exchange copied to the replay's output; in --show
 * mode each request is built and signed, recorded redacted, then stopped before it is sent.
 */
class ReplayClient implements TargetClient {
  onEvidence?: (evidence: Evidence) => void;

  constructor(
    private readonly inner: TargetClient,
    private readonly baseUrl: string,
    private readonly show: boolean,
    private readonly sink: (evidence: Evidence) => void,
  ) {
    inner.onEvidence = (e) => {
      sink(e);
      this.onEvidence?.(e);
    };
  }

  get clockOffsetMs(): number {
    return this.inner.clockOffsetMs;
  }
  set clockOffsetMs(ms: number) {
    this.inner.clockOffsetMs = ms;
  }
  get stats(): TargetClient['stats'] {
    return this.inner.stats;
  }
  get redactor(): TargetClient['redactor'] {
    return this.inner.redactor;
  }
  get requestCount(): number {
    return this.inner.requestCount;
  }

  request(req: GxRequest): Promise<GxResponse> {
    if (!this.show) return this.inner.request(req);
    return this.inner.request({
      ...req,
      afterSign: (wire) => {
        req.afterSign?.(wire);
        const e: Evidence = { request: this.redactedWire(wire) };
        this.sink(e);
        this.onEvidence?.(e);
        throw new NotSent();
      },
    });
  }

  private redactedWire(wire: WireRequest): Evidence['request'] {
    const r = this.inner.redactor;
    const origin = new URL(this.baseUrl).origin;
    const type = Object.entries(wire.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
    const body = wire.body ? r.body(wire.body, type).body : undefined;
    return { method: wire.method, url: r.url(`${origin}${wire.path}${wire.rawQuery ? `?${wire.rawQuery}` : ''}`), headers: r.headers(wire.headers), ...(body !== undefined ? { body } : {}) };
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
