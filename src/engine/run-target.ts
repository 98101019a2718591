// Runs one target's planned tests through mocha's programmatic API: suites built in code per target
// (never loaded from files), a reporter of ours that turns each test end into a ResultRecord.
import Mocha from 'mocha';
import { t, type Text } from '../i18n/text.js';
import type { TargetClient } from '../http/client.js';
import type { Requirement } from '../spec/registry-types.js';
import { TestOutcome, TransportError, type SchemaValidator, type TestContext } from './suite-api.js';
import type { Evidence, Outcome, ResultRecord } from './types.js';
import type { PlannedTest, TargetPlan } from './plan.js';
import type { HealthResult } from './health.js';
import { matchWaiver, type Waiver } from './waivers.js';

/** At most this many exchanges per result: the first few and the latest few (the failing one is usually last). */
const EVIDENCE_HEAD = 5;
const EVIDENCE_TAIL = 5;

/** Tests that judge the health endpoint itself still run when health gave nothing usable. */
const HEALTH_RULES = new Set(['EIP-CORE-010']);

export interface TargetRunContext {
  runId: string;
  client: TargetClient;
  health: HealthResult;
  schemas: SchemaValidator;
  registry: ReadonlyMap<string, Requirement>;
  waivers: readonly Waiver[];
  testTimeoutMs: number;
  /** Called with each result as it happens (written to results.ndjson by the caller). */
  onResult(record: ResultRecord): void;
  /** True once the run must stop (a write failure): remaining tests are not started. */
  stopped(): boolean;
}

interface Current {
  planned: PlannedTest;
  startedAt: Date;
  started: number;
  evidence: Evidence[];
  notes: Text[];
  done: boolean;
}

export async function runTarget(plan: TargetPlan, run: TargetRunContext): Promise<void> {
  const { client, health } = run;
  let current: Current | undefined;
  client.onEvidence = (e) => {
    if (!current || current.done) return;
    current.evidence.push(e);
    if (current.evidence.length > EVIDENCE_HEAD + EVIDENCE_TAIL) current.evidence.splice(EVIDENCE_HEAD, 1);
  };
  const ctx: TestContext = {
    target: plan.target,
    client,
    ...(health.health ? { health: health.health } : {}),
    clockOffsetMs: health.clockOffsetMs,
    schemas: run.schemas,
    registry: run.registry,
    shared: new Map(),
    now: () => new Date(Date.now() + health.clockOffsetMs),
    note: (text) => current?.notes.push(text),
  };

  const byTest = new Map<Mocha.Runnable, PlannedTest>();
  const begin = (test: Mocha.Runnable): void => {
    const planned = byTest.get(test);
    if (planned) current = { planned, startedAt: new Date(), started: performance.now(), evidence: [], notes: [], done: false };
  };
  const end = (test: Mocha.Runnable, err?: unknown): void => {
    if (!current || current.done || byTest.get(test) !== current.planned) return;
    current.done = true;
    run.onResult(toRecord(current, err, plan, run));
  };

  // Our reporter: mocha calls it with the runner; it only forwards test events.
  class ResultsReporter {
    constructor(runner: Mocha.Runner) {
      const E = Mocha.Runner.constants;
      runner.on(E.EVENT_TEST_BEGIN, begin);
      runner.on(E.EVENT_TEST_PASS, (test) => end(test));
      runner.on(E.EVENT_TEST_FAIL, (test, err) => end(test, err));
    }
  }

  const mocha = new Mocha({ timeout: run.testTimeoutMs, reporter: ResultsReporter as unknown as Mocha.ReporterConstructor, bail: false });
  const suites = new Map<string, Mocha.Suite>();
  for (const planned of plan.tests) {
    let suite = suites.get(planned.suite.class);
    if (!suite) suites.set(planned.suite.class, (suite = Mocha.Suite.create(mocha.suite, `${plan.target.id} ${planned.suite.class}`)));
    const mochaTest = new Mocha.Test(planned.testId, async () => {
      if (planned.skip) throw new TestOutcome('skip', { zh: planned.skip.zh, en: planned.skip.en }, planned.skip.notApplicable === true);
      if (run.stopped()) throw new TestOutcome('error', t('运行已中止，未执行', 'the run stopped; not run'));
      if (health.problem && !planned.test.requirements.some((r) => HEALTH_RULES.has(r))) throw new TestOutcome('error', health.problem);
      await planned.test.run(ctx);
    });
    byTest.set(mochaTest, planned);
    suite.addTest(mochaTest);
  }
  try {
    await new Promise<void>((resolve) => mocha.run(() => resolve()));
  } finally {
    client.onEvidence = undefined;
    mocha.dispose();
    await releaseSuites(plan, ctx);
  }
}

/** Lets each suite that ran release what it held for this target (the DOCK child node's server). */
async function releaseSuites(plan: TargetPlan, ctx: TestContext): Promise<void> {
  const suites = new Set(plan.tests.map((p) => p.suite));
  for (const suite of suites) {
    // A failure to clean up must not turn verdicts already written into something else.
    await suite.afterAll?.(ctx).catch(() => undefined);
  }
}

function toRecord(current: Current, err: unknown, plan: TargetPlan, run: TargetRunContext): ResultRecord {
  const { planned } = current;
  let outcome: Outcome;
  let message: Text | undefined;
  if (err === undefined) outcome = 'pass';
  else if (err instanceof TestOutcome) [outcome, message] = [err.outcome, err.text];
  else if (err instanceof TransportError) [outcome, message] = ['error', err.text];
  else if ((err as { code?: string }).code === 'ERR_MOCHA_TIMEOUT') {
    outcome = 'error';
    message = t(`测试超过 ${run.testTimeoutMs} 毫秒未结束`, `the test did not finish within ${run.testTimeoutMs} ms`);
  } else {
    outcome = 'fail';
    const text = err instanceof Error ? err.message : String(err);
    message = t(text, text);
  }
  if (outcome === 'fail' && planned.test.requirements.length > 0 && planned.test.requirements.every((r) => levelOf(r, run.registry) !== 'MUST')) {
    outcome = 'warn';
  }
  if (current.notes.length > 0) {
    const notes = { zh: current.notes.map((n) => n.zh).join('；'), en: current.notes.map((n) => n.en).join('; ') };
    message = message ? { zh: `${message.zh}（${notes.zh}）`, en: `${message.en} (${notes.en})` } : notes;
  }
  const redact = run.client.redactor.text;
  const record: ResultRecord = {
    type: 'result',
    runId: run.runId,
    target: plan.target.id,
    test: planned.testId,
    title: planned.test.title,
    class: planned.suite.class,
    requirements: planned.test.requirements,
    outcome,
    ...(outcome === 'skip' && err instanceof TestOutcome && err.notApplicable ? { notApplicable: true as const } : {}),
    ...(message ? { message: { zh: redact(message.zh), en: redact(message.en) } } : {}),
    startedAt: current.startedAt.toISOString(),
    durationMs: Math.round(performance.now() - current.started),
    evidence: current.evidence,
  };
  const waiver = matchWaiver(record, run.waivers);
  if (waiver) {
    record.outcome = 'waived';
    record.waiver = { rule: waiver.rule, reason: waiver.reason, approver: waiver.approver, expires: waiver.expires };
  }
  return record;
}

function levelOf(id: string, registry: ReadonlyMap<string, Requirement>): string {
  const rule = /^EIP-[A-Z]+-\d+/.exec(id)?.[0];
  return (registry.get(id) ?? (rule ? registry.get(rule) : undefined))?.level ?? 'MUST';
}
