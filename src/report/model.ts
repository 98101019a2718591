// The report model: everything the template shows, computed once from merged results (and a baseline).
// It is also written as report.json. Texts stay bilingual ({zh, en}); the template picks the language.
import type { Text } from '../i18n/text.js';
import type { Evidence, Outcome, ResultRecord, TargetEndRecord } from '../engine/types.js';
import { isNotApplicable, scoreTarget, sortClasses, type ClassVerdict, type Grade, type RuleScore, type TargetScore } from '../engine/score.js';
import { CLASSES, type Requirement } from '../spec/registry-types.js';
import type { LoadedResults, LoadedTarget } from './load.js';

/** Caps that keep a 1,000-target pilot report within its size budget. */
export const LIMITS = {
  messageChars: 1000,
  bodyChars: 600,
  headerValueChars: 200,
  headersPerSide: 16,
  evidencePerTest: 2,
  /** Characters of evidence kept per target; past it, evidence is omitted with a note. */
  evidenceCharsPerTarget: 8000,
  topFailures: 15,
};

export interface EvidenceView {
  request: string;
  requestHeaders: string;
  requestBody?: string;
  status?: number;
  responseHeaders?: string;
  responseBody?: string;
  truncated: boolean;
  transportError?: string;
  totalMs?: number;
}

export interface TestView {
  test: string;
  title: Text;
  outcome: Outcome;
  message?: Text;
  evidence: EvidenceView[];
  evidenceOmitted: boolean;
  replay: string;
}

export interface RuleView {
  id: string;
  level: string;
  outcome: Outcome;
  title?: Text;
  clause?: string;
  note?: Text;
  finerIds: string[];
  message?: Text;
  tests: TestView[];
}

export interface ClassRow {
  class: string;
  verdict: ClassVerdict;
  withWaivers: boolean;
  rules: Record<Outcome, number>;
  tests: number;
  notApplicable: number;
}

export interface TargetView {
  /** Position in the report (anchors are built from it, never from target data). */
  index: number;
  rank: number;
  id: string;
  name: string;
  role: string;
  region: string;
  regionName?: Text | string;
  department?: { code: string; name: string };
  environment: 'test' | 'production';
  baseUrl: string;
  /** The base URL is plain http: no TLS to report. */
  plainHttp: boolean;
  classes: string[];
  claimedIcs: string[];
  claimedHealth?: string[];
  complete: boolean;
  /** Why the target's health endpoint gave nothing usable (its tests are then not assessed). */
  healthProblem?: Text;
  grade: Grade;
  score: number;
  conformant: boolean;
  classRows: ClassRow[];
  failures: RuleView[];
  /** Rules not assessed, grouped by the reason (an unreachable target gives one group, not fifty rules). */
  notAssessed: { message?: Text; rules: { id: string; title?: Text }[]; tests: string[]; replay: string }[];
  warnedMust: { id: string; title?: Text; tests: string[] }[];
  skips: { test: string; title: Text; reason?: Text; requirements: string[] }[];
  notApplicable: { id: string; title?: Text; reason?: Text }[];
  waivers: { rule: string; title?: Text; reason: string; approver: string; expires: string; tests: string[] }[];
  tls?: TargetEndRecord['tls'];
  qos?: TargetEndRecord['qos'];
  requests?: number;
  /** Per target; the run's own provenance (versions, specs digest, command) is in ReportModel.runs. */
  provenance: {
    runId: string;
    /** Other runs whose results this target's verdict also rests on (merged folders). */
    otherRuns: string[];
    icsDigest?: string;
    startedAt?: string;
    endedAt?: string;
    clockOffsetMs?: number;
  };
  baseline?: { grade: Grade; score: number; delta: number; regressed: string[]; improved: string[] };
}

export interface RegionGroup {
  prefix: string;
  name?: Text | string;
  targets: { index: number; rank: number; id: string; name: string; region: string; regionName?: Text | string; department?: string; grade: Grade; score: number; conformant: boolean; verdicts: { class: string; verdict: ClassVerdict }[] }[];
}

export interface Bar {
  label: string;
  value: number;
  /** Bar length in SVG units (0–100 % of the chart width). */
  width: number;
  y: number;
}

export interface TopFailure {
  id: string;
  title?: Text;
  clause?: string;
  level: string;
  failing: number;
  assessed: number;
  share: number;
  width: number;
  y: number;
}

export interface ReportModel {
  title?: string;
  lang: 'zh' | 'en';
  generatedAt: string;
  harnessVersion: string;
  profileVersion: string;
  sources: { dir: string; lines: number; runIds: string[]; truncated: boolean }[];
  runs: { runId: string; harnessVersion: string; profileVersion: string; specsDigest: string; command: string; startedAt: string; shard?: string }[];
  notes: Text[];
  targets: TargetView[];
  pilot: {
    targets: number;
    conformant: number;
    grades: Bar[];
    gradeChartHeight: number;
    regions: RegionGroup[];
    topFailures: TopFailure[];
    topChartHeight: number;
    baseline?: {
      sources: string[];
      changed: { index: number; id: string; name: string; before: Grade; after: Grade; beforeScore: number; afterScore: number; delta: number; regressed: string[]; improved: string[] }[];
      newTargets: string[];
      dropped: string[];
    };
  };
}

export interface ModelOptions {
  registry: ReadonlyMap<string, Requirement>;
  /** Name of a GB/T 2260 region code (province or prefecture), when known: groups are named with it. */
  regionName?: (code: string) => string | undefined;
  /** Name of exactly this division code (a district, say), when known: each target's own region. */
  divisionName?: (code: string) => string | undefined;
  lang: 'zh' | 'en';
  title?: string;
  baseline?: LoadedResults;
  harnessVersion: string;
  profileVersion: string;
  generatedAt?: string;
}

const GRADES: Grade[] = ['A', 'B', 'C', 'D'];
/** EIP §8: the national level's region code; GB/T 2260 itself has no such entry. */
const NATIONAL = '100000';
const NATIONAL_NAME: Text = { zh: '国家级', en: 'national' };

export function excerpt(s: string | undefined, max: number): string | undefined {
  if (s === undefined) return undefined;
  return s.length <= max ? s : `${s.slice(0, max)}…`;
}

function capText(text: Text | undefined): Text | undefined {
  if (!text) return undefined;
  return { zh: excerpt(text.zh, LIMITS.messageChars) ?? '', en: excerpt(text.en, LIMITS.messageChars) ?? '' };
}

function headerLines(headers: Record<string, string> | undefined): string {
  if (!headers) return '';
  const entries = Object.entries(headers);
  const lines = entries.slice(0, LIMITS.headersPerSide).map(([k, v]) => `${k}: ${excerpt(String(v), LIMITS.headerValueChars)}`);
  if (entries.length > LIMITS.headersPerSide) lines.push(`… (+${entries.length - LIMITS.headersPerSide})`);
  return lines.join('\n');
}

function evidenceView(e: Evidence): EvidenceView {
  return {
    request: `${e.request.method} ${excerpt(e.request.url, LIMITS.headerValueChars * 2)}`,
    requestHeaders: headerLines(e.request.headers),
    requestBody: excerpt(e.request.body, LIMITS.bodyChars),
    status: e.response?.status,
    responseHeaders: e.response ? headerLines(e.response.headers) : undefined,
    responseBody: excerpt(e.response?.body, LIMITS.bodyChars),
    truncated: Boolean(e.response?.truncated) || (e.response?.body?.length ?? 0) > LIMITS.bodyChars || (e.request.body?.length ?? 0) > LIMITS.bodyChars,
    transportError: excerpt(e.transportError, LIMITS.messageChars),
    totalMs: e.timings?.totalMs,
  };
}

function evidenceSize(v: EvidenceView): number {
  return v.request.length + v.requestHeaders.length + (v.requestBody?.length ?? 0) + (v.responseHeaders?.length ?? 0) + (v.responseBody?.length ?? 0) + (v.transportError?.length ?? 0);
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function replayCommand(resultsDir: string, testId: string): string {
  return `govx replay ${shellQuote(resultsDir)} ${shellQuote(testId)} --ics <ics.yaml>`;
}

function provinceOf(region: string): string {
  return /^\d{6}$/.test(region) ? `${region.slice(0, 2)}0000` : region;
}

export function buildModel(loaded: LoadedResults, opts: ModelOptions): ReportModel {
  const regionName = (code: string): Text | string | undefined => (code === NATIONAL ? NATIONAL_NAME : code ? opts.regionName?.(code) : undefined);
  const views: InternalView[] = [];
  for (const t of loaded.targets.values()) views.push(targetView(t, loaded, opts, regionName));

  // Rank by score (then grade, then id for a stable order); the report shows targets in this order.
  views.sort((a, b) => b.score - a.score || a.grade.localeCompare(b.grade) || a.id.localeCompare(b.id));
  views.forEach((v, i) => {
    v.rank = i + 1;
    v.index = i;
  });

  // Aggregates in one pass over the targets.
  const gradeCounts: Record<Grade, number> = { A: 0, B: 0, C: 0, D: 0 };
  const failing = new Map<string, { failing: number; assessed: number; level: string }>();
  const regions = new Map<string, RegionGroup>();
  let conformant = 0;
  for (const v of views) {
    gradeCounts[v.grade] += 1;
    if (v.conformant) conformant += 1;
    for (const r of v.ruleOutcomes) {
      const f = failing.get(r.id) ?? { failing: 0, assessed: 0, level: r.level };
      if (r.outcome === 'fail' || r.outcome === 'warn') f.failing += 1;
      if (r.outcome !== 'skip' && r.outcome !== 'error') f.assessed += 1;
      failing.set(r.id, f);
    }
    const prefix = provinceOf(v.region);
    let g = regions.get(prefix);
    if (!g) {
      g = { prefix, name: regionName(prefix), targets: [] };
      regions.set(prefix, g);
    }
    g.targets.push({
      index: v.index,
      rank: v.rank,
      id: v.id,
      name: v.name,
      region: v.region,
      regionName: v.regionName,
      department: v.department?.name,
      grade: v.grade,
      score: v.score,
      conformant: v.conformant,
      verdicts: v.classRows.map((c) => ({ class: c.class, verdict: c.verdict })),
    });
  }

  const maxGrade = Math.max(1, ...Object.values(gradeCounts));
  const grades: Bar[] = GRADES.map((g, i) => ({ label: g, value: gradeCounts[g], width: round1((100 * gradeCounts[g]) / maxGrade), y: i * 28 }));

  const ranked = [...failing.entries()]
    .filter(([, f]) => f.failing > 0)
    .sort((a, b) => b[1].failing - a[1].failing || a[0].localeCompare(b[0], 'en', { numeric: true }))
    .slice(0, LIMITS.topFailures);
  const maxFailing = Math.max(1, ...ranked.map(([, f]) => f.failing));
  const topFailures: TopFailure[] = ranked.map(([id, f], i) => {
    const req = opts.registry.get(id);
    return {
      id,
      title: req?.title,
      clause: req?.clause,
      level: f.level,
      failing: f.failing,
      assessed: f.assessed,
      share: f.assessed === 0 ? 0 : Math.round((100 * f.failing) / f.assessed),
      width: round1((100 * f.failing) / maxFailing),
      y: i * 24,
    };
  });

  const model: ReportModel = {
    title: opts.title,
    lang: opts.lang,
    generatedAt: opts.generatedAt ?? new Date().toISOString(),
    harnessVersion: opts.harnessVersion,
    profileVersion: opts.profileVersion,
    sources: loaded.sources.map((s) => ({ dir: s.dir, lines: s.lines, runIds: s.runIds, truncated: s.truncated })),
    runs: [...loaded.runs.values()].map((r) => ({
      runId: r.runId,
      harnessVersion: r.harnessVersion,
      profileVersion: r.profileVersion,
      specsDigest: r.specsDigest,
      command: r.command,
      startedAt: r.startedAt,
      shard: r.shard ? `${r.shard.index}/${r.shard.total}` : undefined,
    })),
    notes: loaded.notes,
    targets: views.map(stripInternal),
    pilot: {
      targets: views.length,
      conformant,
      grades,
      gradeChartHeight: GRADES.length * 28,
      regions: [...regions.values()].sort((a, b) => a.prefix.localeCompare(b.prefix)),
      topFailures,
      topChartHeight: Math.max(24, topFailures.length * 24),
    },
  };
  if (opts.baseline) model.pilot.baseline = compareBaseline(views, opts.baseline, opts, model.targets);
  return model;
}

type InternalView = TargetView & { ruleOutcomes: RuleScore[] };

function stripInternal(v: InternalView): TargetView {
  const { ruleOutcomes: _ignored, ...rest } = v;
  return rest;
}

function scoreOf(t: LoadedTarget, registry: ReadonlyMap<string, Requirement>): TargetScore {
  const results = [...t.results.values()];
  const classes = t.record.classes.length > 0 ? t.record.classes : [...new Set(results.map((r) => r.class))];
  return scoreTarget(results, registry, sortClasses(classes.map((c) => ({ class: c })), CLASSES).map((c) => c.class));
}

function targetView(t: LoadedTarget, loaded: LoadedResults, opts: ModelOptions, regionName: (code: string) => Text | string | undefined): InternalView {
  const rec = t.record;
  const score = scoreOf(t, opts.registry);
  const results = [...t.results.values()];
  const byTest = new Map(results.map((r) => [r.test, r]));
  const run = loaded.runs.get(rec.runId);
  let evidenceBudget = LIMITS.evidenceCharsPerTarget;

  const testView = (r: ResultRecord): TestView => {
    const evidence: EvidenceView[] = [];
    let omitted = false;
    for (const e of r.evidence.slice(0, LIMITS.evidencePerTest)) {
      const v = evidenceView(e);
      const size = evidenceSize(v);
      if (size > evidenceBudget) {
        omitted = true;
        break;
      }
      evidenceBudget -= size;
      evidence.push(v);
    }
    if (r.evidence.length > evidence.length) omitted = true;
    return {
      test: r.test,
      title: r.title,
      outcome: r.outcome,
      message: capText(r.message),
      evidence,
      evidenceOmitted: omitted,
      replay: replayCommand(t.sourceOf.get(r.test) ?? '<results-dir>', r.test),
    };
  };
  const ruleView = (rule: RuleScore): RuleView => {
    const req = opts.registry.get(rule.id);
    const tests = rule.tests
      .map((id) => byTest.get(id))
      .filter((r): r is ResultRecord => r !== undefined && r.outcome !== 'pass' && r.outcome !== 'skip' && r.outcome !== 'waived')
      .map(testView);
    return { id: rule.id, level: rule.level, outcome: rule.outcome, title: req?.title, clause: req?.clause, note: req?.note, finerIds: rule.finerIds, message: capText(rule.message), tests };
  };

  const failures = score.rules.filter((r) => r.outcome === 'fail' || r.outcome === 'warn');
  // Failing MUST rules first, then broken SHOULD rules.
  failures.sort((a, b) => (a.outcome === b.outcome ? 0 : a.outcome === 'fail' ? -1 : 1));

  const waivers = new Map<string, TargetView['waivers'][number]>();
  for (const r of results) {
    if (r.outcome !== 'waived' || !r.waiver) continue;
    const w = waivers.get(r.waiver.rule) ?? { ...r.waiver, title: opts.registry.get(r.waiver.rule)?.title, tests: [] };
    w.tests.push(r.test);
    waivers.set(r.waiver.rule, w);
  }
  const naReasons = new Map<string, Text | undefined>();
  for (const r of results) if (isNotApplicable(r)) for (const id of r.requirements) naReasons.set(id.replace(/\..*$/, ''), r.message);

  const view: InternalView = {
    index: 0,
    rank: 0,
    id: rec.target,
    name: rec.name,
    role: rec.role,
    region: rec.region,
    regionName: (rec.region ? opts.divisionName?.(rec.region) : undefined) ?? regionName(rec.region),
    department: rec.department,
    environment: rec.environment,
    baseUrl: rec.baseUrl,
    plainHttp: /^http:/i.test(rec.baseUrl),
    classes: rec.classes,
    claimedIcs: rec.claimedIcs,
    claimedHealth: rec.claimedHealth,
    complete: t.end !== undefined && t.end.runId === rec.runId,
    grade: score.grade,
    score: score.score,
    healthProblem: capText(rec.healthProblem),
    // As the engine decides the exit code: a target whose health gave nothing usable is not conformant.
    conformant: score.conformant && !rec.healthProblem,
    classRows: score.classes.map((c) => ({
      class: c.class,
      verdict: c.verdict,
      withWaivers: c.withWaivers,
      rules: c.rules,
      tests: Object.values(c.tests).reduce((a, b) => a + b, 0),
      notApplicable: c.notApplicable,
    })),
    failures: failures.map(ruleView),
    notAssessed: notAssessedGroups(score.rules, byTest, opts.registry, (test) => replayCommand(t.sourceOf.get(test) ?? '<results-dir>', test)),
    warnedMust: score.rules.filter((r) => r.warned).map((r) => ({ id: r.id, title: opts.registry.get(r.id)?.title, tests: r.tests.filter((id) => byTest.get(id)?.outcome === 'warn') })),
    skips: results
      .filter((r) => r.outcome === 'skip' && !isNotApplicable(r))
      .map((r) => ({ test: r.test, title: r.title, reason: capText(r.message), requirements: r.requirements })),
    notApplicable: score.notApplicable.map((id) => ({ id, title: opts.registry.get(id)?.title, reason: capText(naReasons.get(id)) })),
    waivers: [...waivers.values()],
    tls: t.end?.tls,
    qos: t.end?.qos,
    requests: t.end?.requests,
    provenance: {
      runId: rec.runId,
      otherRuns: [...new Set(results.map((r) => r.runId))].filter((id) => id !== rec.runId).sort(),
      icsDigest: run?.icsDigests?.[rec.target],
      startedAt: run?.startedAt,
      endedAt: t.end?.endedAt,
      clockOffsetMs: rec.clockOffsetMs,
    },
    ruleOutcomes: score.rules,
  };
  return view;
}

function notAssessedGroups(
  rules: RuleScore[],
  byTest: Map<string, ResultRecord>,
  registry: ReadonlyMap<string, Requirement>,
  replay: (test: string) => string,
): TargetView['notAssessed'] {
  const groups = new Map<string, TargetView['notAssessed'][number]>();
  for (const rule of rules) {
    if (rule.outcome !== 'error') continue;
    const tests = rule.tests.filter((id) => byTest.get(id)?.outcome === 'error');
    const message = capText(rule.message);
    const key = message ? `${message.zh}\u0000${message.en}` : '';
    let g = groups.get(key);
    if (!g) {
      g = { message, rules: [], tests: [], replay: replay(tests[0] ?? rule.tests[0]) };
      groups.set(key, g);
    }
    g.rules.push({ id: rule.id, title: registry.get(rule.id)?.title });
    for (const id of tests) if (!g.tests.includes(id)) g.tests.push(id);
  }
  return [...groups.values()];
}

const GOOD = new Set<Outcome>(['pass', 'waived']);
const BAD = new Set<Outcome>(['fail', 'warn']);

function compareBaseline(views: InternalView[], baseline: LoadedResults, opts: ModelOptions, out: TargetView[]): NonNullable<ReportModel['pilot']['baseline']> {
  const changed: NonNullable<ReportModel['pilot']['baseline']>['changed'] = [];
  const newTargets: string[] = [];
  const seen = new Set<string>();
  views.forEach((v, i) => {
    const before = baseline.targets.get(v.id);
    if (!before) {
      newTargets.push(v.id);
      return;
    }
    seen.add(v.id);
    const old = scoreOf(before, opts.registry);
    const oldRules = new Map(old.rules.map((r) => [r.id, r.outcome]));
    const regressed: string[] = [];
    const improved: string[] = [];
    for (const r of v.ruleOutcomes) {
      const was = oldRules.get(r.id);
      if (was === undefined) continue;
      if (GOOD.has(was) && BAD.has(r.outcome)) regressed.push(r.id);
      else if (BAD.has(was) && GOOD.has(r.outcome)) improved.push(r.id);
      else if (was === 'warn' && r.outcome === 'fail') regressed.push(r.id);
      else if (was === 'fail' && r.outcome === 'warn') improved.push(r.id);
    }
    const delta = round1(v.score - old.score);
    out[i].baseline = { grade: old.grade, score: old.score, delta, regressed, improved };
    if (regressed.length > 0 || improved.length > 0 || delta !== 0 || old.grade !== v.grade) {
      changed.push({ index: v.index, id: v.id, name: v.name, before: old.grade, after: v.grade, beforeScore: old.score, afterScore: v.score, delta, regressed, improved });
    }
  });
  changed.sort((a, b) => a.delta - b.delta || a.id.localeCompare(b.id));
  return {
    sources: baseline.sources.map((s) => s.dir),
    changed,
    newTargets,
    dropped: [...baseline.targets.keys()].filter((id) => !seen.has(id)).sort(),
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
