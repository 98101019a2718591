// Scoring for pilot evaluation (design.md "Scoring for pilot evaluation", EIP §1): rolls test results up
// into profile rules, gives each claimed class a verdict, and grades the target A–D with a 0–100 score.
// Pure: no I/O, the registry is passed in.
import type { Text } from '../i18n/text.js';
import type { ConformanceClass, Level, Requirement } from '../spec/registry-types.js';
import type { Outcome, ResultRecord } from './types.js';

/** A rule's outcome after roll-up: a broken SHOULD/MAY rule is `warn`, a broken MUST rule `fail`. */
export type RuleOutcome = Outcome;

export type ClassVerdict = 'conformant' | 'not-assessed' | 'not-conformant';
export type Grade = 'A' | 'B' | 'C' | 'D';

export interface RuleScore {
  /** Profile rule ID (finer IDs such as EIP-SEC-003.b rolled up into EIP-SEC-003). */
  id: string;
  class: string;
  level: Level;
  outcome: RuleOutcome;
  /** Test ids that contributed, and the finer IDs they cited. */
  tests: string[];
  finerIds: string[];
  /** A test of a MUST rule ended in `warn` (accepted, worth reporting); the rule still passes. */
  warned: boolean;
  /** Set when the rule's failure was waived. */
  waiver?: { rule: string; reason: string; approver: string; expires: string };
  /** The message of the test that decided the outcome, if any. */
  message?: Text;
  /** The rule is not in the registry: its class came from the ID and it is counted as MUST. */
  unknown?: boolean;
}

export type OutcomeCounts = Record<Outcome, number>;

export interface ClassScore {
  class: string;
  verdict: ClassVerdict;
  /** Rules of this class by rolled-up outcome (not-applicable rules excluded). */
  rules: OutcomeCounts;
  /** Test results of this class by outcome, as recorded. */
  tests: OutcomeCounts;
  /** Conformant only thanks to waivers ("conformant with waivers", EIP §1). */
  withWaivers: boolean;
  notApplicable: number;
}

export interface TargetScore {
  /** Applicable rules, ordered by ID. */
  rules: RuleScore[];
  /** One per claimed class (in the order given), then any other class seen in the results. */
  classes: ClassScore[];
  grade: Grade;
  /** 100 × (3 × MUST passed + SHOULD passed) / (3 × MUST assessed + SHOULD assessed), one decimal, rounded down. */
  score: number;
  /** For the exit code: no MUST rule failed or unassessed (error), and at least one MUST rule was assessed. */
  conformant: boolean;
  /** Rules whose every test was skipped as not applicable (e.g. CORE-013 in a test environment). */
  notApplicable: string[];
  /** Rules counted as passed because a waiver applied. */
  waived: string[];
  must: { passed: number; assessed: number };
  should: { passed: number; assessed: number };
}

const RULE_ID = /^(EIP-([A-Z]+)-\d+)/;

/** EIP-SEC-003.b → EIP-SEC-003; an ID outside the profile's pattern is its own rule. */
export function ruleIdOf(requirementId: string): string {
  const m = RULE_ID.exec(requirementId);
  return m ? m[1] : requirementId;
}

/** A skip because the requirement does not apply to this target (not a missing fixture): the suite said so. */
export function isNotApplicable(r: Pick<ResultRecord, 'outcome' | 'notApplicable'>): boolean {
  return r.outcome === 'skip' && r.notApplicable === true;
}

export function emptyCounts(): OutcomeCounts {
  return { pass: 0, fail: 0, warn: 0, skip: 0, error: 0, waived: 0 };
}

// Worst first: fail (or a broken SHOULD) > error > skip > waived > pass.
const SEVERITY: Record<Outcome, number> = { fail: 5, warn: 5, error: 4, skip: 3, waived: 2, pass: 1 };

/** What one test's outcome means for a rule of the given level. */
function outcomeForRule(outcome: Outcome, level: Level): { outcome: Outcome; warned: boolean } {
  if (level === 'MUST') {
    // A warn on a MUST rule is an accepted value worth reporting (e.g. a code table lag): the rule passes.
    if (outcome === 'warn') return { outcome: 'pass', warned: true };
    return { outcome, warned: false };
  }
  if (outcome === 'fail') return { outcome: 'warn', warned: false };
  return { outcome, warned: false };
}

interface RuleInfo {
  class: string;
  level: Level;
  unknown: boolean;
}

function ruleInfo(ruleId: string, finerId: string, testClass: string, registry: ReadonlyMap<string, Requirement>): RuleInfo {
  const req = registry.get(ruleId) ?? registry.get(finerId);
  if (req) return { class: req.class, level: req.level, unknown: false };
  const m = RULE_ID.exec(ruleId);
  return { class: m ? m[2] : testClass, level: 'MUST', unknown: true };
}

export function scoreTarget(
  results: ResultRecord[],
  registry: ReadonlyMap<string, Requirement>,
  classes: string[],
): TargetScore {
  const rules = new Map<string, RuleScore>();
  const applicableTests = new Set<string>();
  const naRules = new Set<string>();
  const testCounts = new Map<string, OutcomeCounts>();

  for (const r of results) {
    const tc = testCounts.get(r.class) ?? emptyCounts();
    tc[r.outcome] += 1;
    testCounts.set(r.class, tc);
    const na = isNotApplicable(r);
    for (const reqId of r.requirements) {
      const id = ruleIdOf(reqId);
      if (na) {
        naRules.add(id);
        continue;
      }
      applicableTests.add(id);
      const info = ruleInfo(id, reqId, r.class, registry);
      const mapped = outcomeForRule(r.outcome, info.level);
      let rule = rules.get(id);
      if (!rule) {
        rule = { id, class: info.class, level: info.level, outcome: mapped.outcome, tests: [], finerIds: [], warned: false, message: r.message };
        if (info.unknown) rule.unknown = true;
        rules.set(id, rule);
      } else if (SEVERITY[mapped.outcome] > SEVERITY[rule.outcome]) {
        rule.outcome = mapped.outcome;
        rule.message = r.message;
      }
      if (!rule.tests.includes(r.test)) rule.tests.push(r.test);
      if (reqId !== id && !rule.finerIds.includes(reqId)) rule.finerIds.push(reqId);
      if (mapped.warned) rule.warned = true;
      if (r.outcome === 'waived' && r.waiver) rule.waiver = r.waiver;
    }
  }
  // A rule with at least one applicable test is applicable; its not-applicable tests are ignored.
  const notApplicable = [...naRules].filter((id) => !applicableTests.has(id)).sort();
  const ruleList = [...rules.values()].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

  const classOrder = [...classes];
  for (const r of ruleList) if (!classOrder.includes(r.class)) classOrder.push(r.class);
  const classScores = classOrder.map((cls) => classScore(cls, ruleList, testCounts.get(cls), notApplicable, registry));

  const must = { passed: 0, assessed: 0 };
  const should = { passed: 0, assessed: 0 };
  let mustFailedOrError = false;
  for (const r of ruleList) {
    const passed = r.outcome === 'pass' || r.outcome === 'waived';
    const assessed = passed || r.outcome === 'fail' || r.outcome === 'warn';
    if (r.level === 'MUST') {
      if (assessed) must.assessed += 1;
      if (passed) must.passed += 1;
      if (r.outcome === 'fail' || r.outcome === 'error') mustFailedOrError = true;
    } else if (r.level === 'SHOULD') {
      if (assessed) should.assessed += 1;
      if (passed) should.passed += 1;
    }
  }

  const claimed = classScores.filter((c) => classes.includes(c.class));
  const allClaimedConformant = claimed.length > 0 && claimed.every((c) => c.verdict === 'conformant');
  let grade: Grade;
  if (must.assessed + should.assessed === 0) grade = 'D';
  else if (allClaimedConformant && should.passed * 10 >= should.assessed * 9) grade = 'A';
  else if (allClaimedConformant) grade = 'B';
  else if (must.assessed > 0 && must.passed * 10 >= must.assessed * 8) grade = 'C';
  else grade = 'D';

  const denominator = 3 * must.assessed + should.assessed;
  const score = denominator === 0 ? 0 : Math.floor((1000 * (3 * must.passed + should.passed)) / denominator) / 10;

  return {
    rules: ruleList,
    classes: classScores,
    grade,
    score,
    conformant: !mustFailedOrError && must.assessed > 0,
    notApplicable,
    waived: ruleList.filter((r) => r.outcome === 'waived').map((r) => r.id),
    must,
    should,
  };
}

function classScore(
  cls: string,
  rules: RuleScore[],
  tests: OutcomeCounts | undefined,
  notApplicable: string[],
  registry: ReadonlyMap<string, Requirement>,
): ClassScore {
  const counts = emptyCounts();
  const mine = rules.filter((r) => r.class === cls);
  for (const r of mine) counts[r.outcome] += 1;
  const must = mine.filter((r) => r.level === 'MUST');
  let verdict: ClassVerdict;
  if (must.some((r) => r.outcome === 'fail')) verdict = 'not-conformant';
  else if (mine.length === 0 || must.some((r) => r.outcome === 'error' || r.outcome === 'skip')) verdict = 'not-assessed';
  else if (mine.every((r) => r.outcome === 'skip' || r.outcome === 'error')) verdict = 'not-assessed';
  else verdict = 'conformant';
  const naCount = notApplicable.filter((id) => (registry.get(id)?.class ?? RULE_ID.exec(id)?.[2]) === cls).length;
  return {
    class: cls,
    verdict,
    rules: counts,
    tests: tests ?? emptyCounts(),
    withWaivers: verdict === 'conformant' && must.some((r) => r.outcome === 'waived'),
    notApplicable: naCount,
  };
}

/** The classes of the profile in their canonical order, for stable tables. */
export function sortClasses<T extends { class: string }>(items: T[], order: readonly ConformanceClass[]): T[] {
  const rank = (c: string) => {
    const i = order.indexOf(c as ConformanceClass);
    return i === -1 ? order.length : i;
  };
  return [...items].sort((a, b) => rank(a.class) - rank(b.class) || a.class.localeCompare(b.class));
}
