// The fault sweep's machinery: one reference node per fault (department faults as tenants of one
// `--tenants` server, platform-only faults on their own platform node, all on port 0), one run per set
// of affected classes, and the comparison of what failed with what the catalogue declares.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConformance } from '../../src/engine/index.js';
import { scoreTarget } from '../../src/engine/score.js';
import type { ResultRecord, ResultsLine } from '../../src/engine/types.js';
import { loadIcs } from '../../src/ics/index.js';
import type { Target } from '../../src/ics/types.js';
import { FAULTS, startReferenceNodes, type FaultDef, type ReferenceHandle } from '../../src/reference/index.js';
import { CLASSES, type ConformanceClass, type Requirement } from '../../src/spec/registry-types.js';
import { generateReport } from '../../src/commands/report.js';
import type { ReportModel } from '../../src/report/model.js';

/** Outcomes that count as failing a requirement: anything short of pass or a reasoned skip. */
const FAILING = new Set(['fail', 'warn', 'error']);

const classOf = (id: string): ConformanceClass => {
  const m = /^EIP-([A-Z]+)-/.exec(id);
  const cls = m?.[1] as ConformanceClass | undefined;
  if (!cls || !CLASSES.includes(cls)) throw new Error(`fault catalogue: '${id}' is not an EIP rule ID`);
  return cls;
};

/**
 * The classes a fault's run covers: those of every ID it breaks or disturbs, plus CORE (health, envelope and
 * errors, which every class stands on). Each suite fetches its own data, so no other class is needed; CORE
 * also gives every run assessed MUST rules, so the exit decision means something for SHOULD-only faults.
 */
export function affectedClasses(fault: FaultDef): ConformanceClass[] {
  const wanted = new Set<ConformanceClass>(['CORE', ...[...fault.breaks, ...(fault.disturbs ?? [])].map(classOf)]);
  return CLASSES.filter((c) => wanted.has(c));
}

/** `EIP-SEC-003.b` is covered by a declaration of `EIP-SEC-003.b` or of its rule `EIP-SEC-003`. */
function declares(ids: readonly string[], id: string): boolean {
  const rule = id.replace(/\..*$/, '');
  return ids.includes(id) || ids.includes(rule);
}

export interface FaultResult {
  fault: FaultDef;
  target: string;
  classes: ConformanceClass[];
  /** Failing requirement IDs, each with the tests (and outcomes) that failed it. */
  failing: Map<string, string[]>;
  /** Declared in `breaks` but not failing (recall misses). */
  missing: string[];
  /** Failing but declared in neither `breaks` nor `disturbs` (precision misses). */
  unexpected: string[];
  /** For each miss, what its tests said: a missing ID's outcomes, an unexpected ID's first message. */
  notes: string[];
  /** Whether the run would exit 1 for this target alone (a MUST failed or could not be assessed). */
  exitsNonZero: boolean;
  /** What the exit should be: 1 exactly when the fault breaks a MUST rule. */
  expectedNonZero: boolean;
}

export interface SweepOutcome {
  results: FaultResult[];
  /** The run exit codes (one run per set of classes) and the targets each covered. */
  runs: { classes: ConformanceClass[]; exitCode: number; targets: string[] }[];
  /** The pilot report rendered from every run's results folder (`govx report` over the whole sweep). */
  report: ReportModel;
}

interface Case {
  fault: FaultDef;
  target: Target;
}

/** Runs the whole catalogue (or the faults given). `registry` tells MUST from SHOULD for the exit expectation. */
export async function sweep(registry: ReadonlyMap<string, Requirement>, faults: readonly FaultDef[] = FAULTS): Promise<SweepOutcome> {
  const tmp = mkdtempSync(join(tmpdir(), 'govx-sweep-'));
  const handles: ReferenceHandle[] = [];
  // Every target runs at once (most of the time is waiting), each mocha runner listening on `process`.
  const listeners = process.getMaxListeners();
  process.setMaxListeners(Math.max(listeners, faults.length * 2 + 20));
  try {
    const cases = await startNodes(faults, tmp, handles);
    const groups = new Map<string, Case[]>();
    for (const c of cases) {
      const key = affectedClasses(c.fault).join(',');
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    const runs: SweepOutcome['runs'] = [];
    const results: FaultResult[] = [];
    const runGroup = async (key: string, group: Case[]): Promise<void> => {
      const classes = key.split(',') as ConformanceClass[];
      const out = join(tmp, `run-${key.replace(/,/g, '-')}`);
      const summary = await runConformance({ targets: group.map((c) => c.target), classes, out, progress: 'none', lang: 'en', concurrency: group.length });
      runs.push({ classes, exitCode: summary.exitCode, targets: group.map((c) => c.target.id) });
      const records = readResults(out);
      for (const c of group) {
        const mine = records.filter((r) => r.target === c.target.id);
        const conformant = summary.targets.find((s) => s.id === c.target.id)?.conformant ?? false;
        results.push(compare(c.fault, c.target.id, classes, mine, !conformant, registry));
      }
    };
    // QOS measures latency and availability: run it after the rest so the others' load cannot disturb it.
    const entries = [...groups.entries()];
    const measured = entries.filter(([key]) => key.split(',').includes('QOS'));
    await Promise.all(entries.filter((e) => !measured.includes(e)).map(([key, group]) => runGroup(key, group)));
    for (const [key, group] of measured) await runGroup(key, group);
    const order = new Map(faults.map((f, i) => [f.id, i]));
    results.sort((a, b) => order.get(a.fault.id)! - order.get(b.fault.id)!);
    const dirs = entries.map(([key]) => join(tmp, `run-${key.replace(/,/g, '-')}`));
    const { model: report } = await generateReport({ dirs, out: join(tmp, 'report', 'index.html'), lang: 'en' });
    return { results, runs, report };
  } finally {
    await Promise.all(handles.map((h) => h.close()));
    rmSync(tmp, { recursive: true, force: true });
    process.setMaxListeners(listeners);
  }
}

/** Department faults become tenants of one department server; platform-only faults get a platform node each. */
async function startNodes(faults: readonly FaultDef[], tmp: string, handles: ReferenceHandle[]): Promise<Case[]> {
  const onDepartment = faults.filter((f) => f.roles.includes('DEPARTMENT'));
  const onPlatform = faults.filter((f) => !f.roles.includes('DEPARTMENT'));
  const cases: Case[] = [];
  if (onDepartment.length > 0) {
    const tenantFaults = Object.fromEntries(onDepartment.map((f, i) => [i + 1, [f.id]]));
    const handle = await startReferenceNodes({ role: 'department', port: 0, tenants: onDepartment.length, tenantFaults });
    handles.push(handle);
    const targets = await load(handle, join(tmp, 'department'));
    onDepartment.forEach((fault, i) => {
      const target = targets.find((tg) => tg.id === `ref-tenant-${i + 1}`);
      if (!target) throw new Error(`no ICS target for tenant ${i + 1}`);
      cases.push({ fault, target: { ...target, id: fault.id } });
    });
  }
  for (const fault of onPlatform) {
    const handle = await startReferenceNodes({ role: 'platform', port: 0, faults: [fault.id] });
    handles.push(handle);
    const target = (await load(handle, join(tmp, fault.id))).find((tg) => tg.role === 'PLATFORM');
    if (!target) throw new Error(`no platform ICS target for ${fault.id}`);
    cases.push({ fault, target: { ...target, id: fault.id } });
  }
  return cases;
}

async function load(handle: ReferenceHandle, dir: string): Promise<Target[]> {
  const file = join(dir, 'targets.yaml');
  await handle.writeIcs(file);
  return loadIcs(file, { env: handle.env });
}

function readResults(dir: string): ResultRecord[] {
  return readFileSync(join(dir, 'results.ndjson'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ResultsLine)
    .filter((l): l is ResultRecord => l.type === 'result');
}

function compare(fault: FaultDef, target: string, classes: ConformanceClass[], records: ResultRecord[], exitsNonZero: boolean, registry: ReadonlyMap<string, Requirement>): FaultResult {
  const failing = new Map<string, string[]>();
  for (const r of records) {
    if (!FAILING.has(r.outcome)) continue;
    for (const id of r.requirements) failing.set(id, [...(failing.get(id) ?? []), `${r.test}:${r.outcome}`]);
  }
  const failingIds = [...failing.keys()];
  // A declared rule ID is recalled by a failing test of it or of one of its finer IDs.
  const missing = fault.breaks.filter((b) => !failingIds.some((f) => f === b || f.replace(/\..*$/, '') === b));
  const unexpected = failingIds.filter((f) => !declares([...fault.breaks, ...(fault.disturbs ?? [])], f)).sort();
  const levelOf = (id: string): string | undefined => (registry.get(id) ?? registry.get(id.replace(/\..*$/, '')))?.level;
  const expectedNonZero = fault.breaks.some((b) => levelOf(b) === 'MUST');
  const citing = (id: string): ResultRecord[] => records.filter((r) => r.requirements.some((q) => q === id || q.replace(/\..*$/, '') === id));
  const brief = (r: ResultRecord): string => `${r.test}:${r.outcome}${r.message ? ` (${r.message.en.slice(0, 160)})` : ''}`;
  const notes = [
    ...missing.map((id) => `missing ${id}: ${citing(id).map(brief).join('; ') || 'no test of it ran'}`),
    ...unexpected.map((id) => `unexpected ${id}: ${citing(id).filter((r) => FAILING.has(r.outcome)).map(brief).join('; ')}`),
  ];
  return { fault, target, classes, failing, missing, unexpected, notes, exitsNonZero, expectedNonZero };
}

/** The per-fault table printed when the sweep fails: one line a fault, problems first in each line. */
export function sweepTable(results: readonly FaultResult[]): string {
  const head = ['fault', 'classes', 'breaks', 'missing (recall)', 'unexpected (precision)', 'exit', 'failing (test:outcome)'];
  const rows = results.map((r) => [
    r.fault.id,
    r.classes.join(','),
    r.fault.breaks.join(','),
    r.missing.join(',') || '—',
    r.unexpected.join(',') || '—',
    `${r.exitsNonZero ? 1 : 0}${r.exitsNonZero === r.expectedNonZero ? '' : ` (want ${r.expectedNonZero ? 1 : 0})`}`,
    [...r.failing.entries()].map(([id, tests]) => `${id}←${tests.join('+')}`).join(' ') || '—',
  ]);
  const width = head.slice(0, -1).map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i < width.length ? c.padEnd(width[i]!) : c)).join(' | ');
  const body = rows.flatMap((row, i) => [line(row), ...results[i]!.notes.map((n) => `    ↳ ${n}`)]);
  return [line(head), width.map((w) => '-'.repeat(w)).join('-+-') + '-+-', ...body].join('\n');
}

export interface CleanRun {
  exitCode: number;
  targets: { id: string; role: string; rulesPassed: number; problems: string[] }[];
}

/**
 * The clean department and platform, every class: each target's problems are its tests that failed, warned
 * or errored and its MUST or SHOULD rules (rolled up, not-applicable ones left out) that did not pass.
 */
export async function runCleanNodes(registry: ReadonlyMap<string, Requirement>): Promise<CleanRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'govx-clean-'));
  const handle = await startReferenceNodes({ role: 'both', port: 0 });
  try {
    const targets = await load(handle, tmp);
    const out = join(tmp, 'results');
    const summary = await runConformance({ targets, out, progress: 'none', lang: 'en' });
    const records = readResults(out);
    return {
      exitCode: summary.exitCode,
      targets: summary.targets.map((s) => {
        const mine = records.filter((r) => r.target === s.id);
        const score = scoreTarget(mine, registry, s.classes);
        const problems = [
          ...mine.filter((r) => FAILING.has(r.outcome)).map((r) => `test ${r.test}: ${r.outcome} — ${r.message?.en ?? ''}`),
          ...score.rules.filter((r) => r.level !== 'MAY' && r.outcome !== 'pass').map((r) => `${r.level} ${r.id}: ${r.outcome} — ${r.message?.en ?? ''}`),
        ];
        return { id: s.id, role: s.role, rulesPassed: score.rules.filter((r) => r.outcome === 'pass').length, problems };
      }),
    };
  } finally {
    await handle.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
