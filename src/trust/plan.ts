// `govx plan`: what a run would do, per target, without doing it. The test list and skip reasons come from
// the engine's planTarget (the very function `govx run` calls), so the plan cannot drift from the run.
import type { Target } from '../ics/types.js';
import type { Text } from '../i18n/text.js';
import { createClient } from '../http/client.js';
import { createRedactor } from '../http/redact.js';
import { fetchHealth, newRunId, planTarget } from '../engine/index.js';
import type { HealthData, SuiteModule } from '../engine/suite-api.js';
import type { ConformanceClass } from '../spec/registry-types.js';
import { HARNESS_VERSION, PROFILE_VERSION } from '../version.js';

/** The health check every run sends before a target's tests (not a test, so not in planTarget's list). */
export const HEALTH_REQUESTS = 1;

export interface PlannedTestView {
  /** As the results record it: `${class}.${id}`. */
  id: string;
  class: ConformanceClass;
  title: Text;
  requirements: string[];
  /** False when the plan already knows the test is skipped (`skip` says why). */
  runs: boolean;
  skip?: Text;
  /** The skip is because the rule does not apply here (listed as not applicable, not as unassessed). */
  notApplicable?: true;
  requests: number;
  writes: boolean;
  readsPersonalData: boolean;
}

export interface TargetPlanView {
  id: string;
  name: string;
  role: Target['role'];
  environment: Target['environment'];
  /** Scheme, host, port and path prefix only. */
  baseUrl: string;
  allowWrites: boolean;
  claimedIcs: string[];
  /** Present with --probe when health answered. */
  claimedHealth?: string[];
  probe?: { clockOffsetMs: number; problem?: Text };
  classes: ConformanceClass[];
  limits: Target['limits'];
  quota?: { perSecond: number };
  tests: PlannedTestView[];
  counts: { run: number; skip: number; writes: number; readsPersonalData: number };
  /** Requests the run is expected to send: the tests' figures plus the health check. */
  estimatedRequests: number;
  budget: number;
  withinBudget: boolean;
  /** At limits.rps the run takes at least this long (seconds). */
  minimumSeconds: number;
}

export interface PlanView {
  harnessVersion: string;
  profileVersion: string;
  probed: boolean;
  /** True when --classes or --grep narrowed the selection (estimates of shared reads may then be low). */
  narrowed: boolean;
  targets: TargetPlanView[];
  totalRequests: number;
}

export interface BuildPlanOptions {
  suites: readonly SuiteModule[];
  classes?: readonly ConformanceClass[];
  grep?: RegExp;
  /** GET /gx/v1/health per target (the only request a plan sends): learns claimed classes and the clock. */
  probe?: boolean;
}

export async function buildPlan(targets: readonly Target[], options: BuildPlanOptions): Promise<PlanView> {
  const views: TargetPlanView[] = [];
  for (const target of targets) {
    const health = options.probe ? await probeHealth(target) : undefined;
    views.push(planView(target, options, health));
  }
  return {
    harnessVersion: HARNESS_VERSION,
    profileVersion: PROFILE_VERSION,
    probed: options.probe === true,
    narrowed: options.classes !== undefined || options.grep !== undefined,
    targets: views,
    totalRequests: views.reduce((sum, v) => sum + v.estimatedRequests, 0),
  };
}

interface Probe {
  health?: HealthData;
  clockOffsetMs: number;
  problem?: Text;
}

async function probeHealth(target: Target): Promise<Probe> {
  const client = createClient(target, { runId: `plan-${newRunId(new Date())}` });
  try {
    return await fetchHealth(client);
  } finally {
    await client.close();
  }
}

export function planView(target: Target, options: BuildPlanOptions, probe?: Probe): TargetPlanView {
  const plan = planTarget(target, options.suites, {
    ...(options.classes ? { classes: options.classes } : {}),
    ...(options.grep ? { grep: options.grep } : {}),
    ...(probe?.health ? { health: probe.health } : {}),
  });
  const tests: PlannedTestView[] = plan.tests.map((p) => ({
    id: p.testId,
    class: p.suite.class,
    title: p.test.title,
    requirements: p.test.requirements,
    runs: p.skip === undefined,
    ...(p.skip ? { skip: { zh: p.skip.zh, en: p.skip.en } } : {}),
    ...(p.skip?.notApplicable ? { notApplicable: true as const } : {}),
    requests: p.requests,
    writes: p.test.writes === true,
    readsPersonalData: p.test.readsPersonalData === true,
  }));
  const running = tests.filter((x) => x.runs);
  const estimatedRequests = HEALTH_REQUESTS + running.reduce((sum, x) => sum + x.requests, 0);
  return {
    id: target.id,
    name: target.name,
    role: target.role,
    environment: target.environment,
    baseUrl: createRedactor(target).text(redactedBase(target.baseUrl)),
    allowWrites: target.allowWrites,
    claimedIcs: target.classes,
    ...(probe?.health ? { claimedHealth: probe.health.conformance } : {}),
    ...(probe ? { probe: { clockOffsetMs: probe.clockOffsetMs, ...(probe.problem ? { problem: probe.problem } : {}) } } : {}),
    classes: plan.classes,
    limits: target.limits,
    ...(target.quota ? { quota: { perSecond: target.quota.perSecond } } : {}),
    tests,
    counts: {
      run: running.length,
      skip: tests.length - running.length,
      writes: running.filter((x) => x.writes).length,
      readsPersonalData: running.filter((x) => x.readsPersonalData).length,
    },
    estimatedRequests,
    budget: target.limits.maxRequests,
    withinBudget: estimatedRequests <= target.limits.maxRequests,
    minimumSeconds: Math.ceil(estimatedRequests / target.limits.rps),
  };
}

/** Scheme, host, port and path: never user info or a query (either could carry a credential). */
function redactedBase(baseUrl: string): string {
  try {
    const u = new URL(baseUrl);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return baseUrl;
  }
}
