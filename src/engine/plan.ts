// Which tests run against a target, and why the others do not. Shared by `govx run` and `govx plan`,
// so the plan an operator reads is the run that happens.
import type { Target } from '../ics/types.js';
import { t, type Text } from '../i18n/text.js';
import { CLASSES, type ConformanceClass } from '../spec/registry-types.js';
import type { HealthData, SkipReason, SuiteModule, TestDef } from './suite-api.js';

/** Always tested (EIP §1); DOCK is mandatory for platforms; QOS is measured on every node. */
export const MANDATORY: readonly ConformanceClass[] = ['CORE', 'SEC', 'CAT', 'QOS'];

export interface PlannedTest {
  suite: SuiteModule;
  test: TestDef;
  /** `${class}.${id}` */
  testId: string;
  /** Set when the test does not run: the recorded outcome is `skip` with this reason. */
  skip?: SkipReason;
  /** Estimated requests (0 when skipped). */
  requests: number;
}

export interface TargetPlan {
  target: Target;
  /** Classes planned: mandatory ones and those claimed (ICS or health), within the selection. */
  classes: ConformanceClass[];
  tests: PlannedTest[];
}

export interface PlanOptions {
  /** `--classes`: only these. */
  classes?: readonly ConformanceClass[];
  /** `--grep`: matched against the test id and both titles. */
  grep?: RegExp;
  health?: HealthData;
}

export function plannedClasses(target: Target, options: PlanOptions): ConformanceClass[] {
  const wanted = new Set<ConformanceClass>([...MANDATORY, ...target.classes]);
  if (target.role === 'PLATFORM') wanted.add('DOCK');
  for (const c of options.health?.conformance ?? []) if ((CLASSES as readonly string[]).includes(c)) wanted.add(c as ConformanceClass);
  return CLASSES.filter((c) => wanted.has(c) && (!options.classes || options.classes.includes(c)));
}

export function planTarget(target: Target, suites: readonly SuiteModule[], options: PlanOptions = {}): TargetPlan {
  const classes = plannedClasses(target, options);
  const tests: PlannedTest[] = [];
  for (const suite of suites) {
    if (!classes.includes(suite.class)) continue;
    for (const test of suite.tests) {
      const testId = `${suite.class}.${test.id}`;
      if (options.grep && !matches(options.grep, testId, test)) continue;
      const skip = skipReason(target, suite, test);
      tests.push({ suite, test, testId, ...(skip ? { skip } : {}), requests: skip ? 0 : estimate(test, target) });
    }
  }
  return { target, classes, tests };
}

function matches(grep: RegExp, testId: string, test: TestDef): boolean {
  return [testId, test.title.zh, test.title.en, ...test.requirements].some((s) => grep.test(s));
}

function skipReason(target: Target, suite: SuiteModule, test: TestDef): Text | undefined {
  if (!suite.roles.includes(target.role)) {
    return t(`不适用：${suite.class} 适用于 ${suite.roles.join('/')} 节点，本目标为 ${target.role}`, `not applicable: ${suite.class} applies to ${suite.roles.join('/')} nodes, this target is ${target.role}`);
  }
  if (test.writes && !target.allowWrites) {
    return t('该测试会写入数据，ICS 未设置 allowWrites: true', 'this test writes; the ICS does not set allowWrites: true');
  }
  return test.skipReason?.(target);
}

function estimate(test: TestDef, target: Target): number {
  const r = typeof test.requests === 'function' ? test.requests(target) : test.requests;
  return r ?? 1;
}
