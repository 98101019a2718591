// --resume: a run killed mid-way (the CLI in a child process, SIGKILL after some results are on disk)
// continues in its folder and ends with the same results as an uninterrupted run: no finished
// target/test pair repeated, none lost, a torn last line tolerated, a run line for the resumed part.
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConformance } from '../../src/engine/index.js';
import type { ResultRecord, ResultsLine, RunRecord } from '../../src/engine/types.js';
import { loadIcs } from '../../src/ics/load.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { startReferenceNodes, type ReferenceHandle } from '../../src/reference/index.js';
import { loadResults } from '../../src/report/load.js';

const CLASSES = ['CORE', 'CAT'] as const;

function readLines(dir: string): ResultsLine[] {
  return readFileSync(join(dir, 'results.ndjson'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ResultsLine);
}

/** target/test → outcome and message, numbers with a time unit masked (a measured clock offset differs run to run). */
function outcomes(lines: ResultsLine[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of lines) {
    if (l.type !== 'result') continue;
    const key = `${l.target} ${l.test}`;
    expect(out.has(key), `${key} appears once`).to.equal(false);
    out.set(key, `${l.outcome} ${(l.message?.en ?? '').replace(/-?\d+(\.\d+)?\s?(ms|s)\b/g, '<time>')}`);
  }
  return out;
}

function resultCount(file: string): number {
  if (!existsSync(file)) return 0;
  return (readFileSync(file, 'utf8').match(/"type":"result"/g) ?? []).length;
}

describe('engine: --resume after a killed run', function () {
  this.timeout(120_000);
  let ref: ReferenceHandle;
  let tmp: string;
  let child: ChildProcess | undefined;
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'govx-resume-'));
    ref = await startReferenceNodes({ role: 'department', tenants: 4, tenantFaults: { 3: ['core-no-cache-control'] } });
    await ref.writeIcs(join(tmp, 'ics.yaml'));
  });
  after(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await ref.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  function govx(args: string[]): ChildProcess {
    return spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'cli.ts'), ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  async function exited(p: ChildProcess): Promise<{ code: number | null; stderr: string }> {
    let stderr = '';
    p.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    p.stdout!.resume();
    const code = await new Promise<number | null>((resolve) => p.on('close', (c) => resolve(c)));
    return { code, stderr };
  }

  it('continues where it stopped and ends with the results of an uninterrupted run', async () => {
    const targets = loadIcs(join(tmp, 'ics.yaml'), { env: ref.env });
    const whole = join(tmp, 'whole');
    await runConformance({ targets, classes: [...CLASSES], out: whole, progress: 'none', lang: 'en', concurrency: 2 });
    const expected = outcomes(readLines(whole));
    expect(expected.size).to.be.greaterThan(100);

    // The interrupted run: paced (a per-origin cap) so it is still going when it is killed.
    const part = join(tmp, 'part');
    const args = ['run', '--ics', join(tmp, 'ics.yaml'), '--classes', CLASSES.join(','), '--concurrency', '2', '--max-rps-per-origin', '40', '--lang', 'en'];
    child = govx([...args, '--out', part]);
    const killedRun = exited(child);
    const file = join(part, 'results.ndjson');
    const deadline = Date.now() + 60_000;
    while (resultCount(file) < 40 && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    const killed = await killedRun;
    expect(killed.code, `killed, not finished (${killed.stderr})`).to.equal(null);
    const before = readLines(part);
    expect(before.some((l) => l.type === 'run-end'), 'no run-end before the kill').to.equal(false);
    const writtenBefore = outcomes(before);
    expect(writtenBefore.size).to.be.within(40, expected.size - 1);
    // A write torn by the kill: the resumed run must cut it, not choke on it or append after it.
    appendFileSync(file, '{"type":"result","runId":"torn","target":"ref-ten');

    const resumed = govx([...args, '--resume', part]);
    child = resumed;
    const done = await exited(resumed);
    expect(done.code, done.stderr).to.be.oneOf([0, 1]);
    expect(done.stderr).to.match(/resuming .*cut an incomplete last line/);
    expect(done.stderr, 'the kill landed inside a target').to.match(/[1-9]\d* continue where they stopped/);

    const after = readLines(part);
    const got = outcomes(after);
    expect(got).to.deep.equal(expected);
    // Nothing written before the kill was lost or re-run: those lines are still there, from the first run.
    const firstRunId = (before[0] as RunRecord).runId;
    for (const [key, value] of writtenBefore) expect(got.get(key), key).to.equal(value);
    const resultsOfFirstRun = after.filter((l): l is ResultRecord => l.type === 'result' && l.runId === firstRunId);
    expect(resultsOfFirstRun).to.have.length(writtenBefore.size);
    // One run line per part; the resumed part names the run it continues.
    const runs = after.filter((l): l is RunRecord => l.type === 'run');
    expect(runs).to.have.length(2);
    expect(runs[1]!.resumes).to.deep.equal([firstRunId]);
    expect(after.at(-1)!.type).to.equal('run-end');

    // summary.json and junit.xml cover the whole run, as the uninterrupted one's do.
    const summary = (dir: string) => JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { exitCode: number; totals: unknown; targets: { id: string; counts: unknown; grade: string }[] };
    const a = summary(whole);
    const b = summary(part);
    expect(b.totals).to.deep.equal(a.totals);
    expect(b.exitCode).to.equal(a.exitCode);
    expect(b.targets.map((t) => [t.id, t.counts, t.grade])).to.deep.equal(a.targets.map((t) => [t.id, t.counts, t.grade]));
    const testsIn = (dir: string) => /<testsuites name="govx" tests="(\d+)"/.exec(readFileSync(join(dir, 'junit.xml'), 'utf8'))![1];
    expect(testsIn(part)).to.equal(testsIn(whole));
    expect(existsSync(join(part, 'junit.xml.part'))).to.equal(false);

    // The report reads the resumed folder without notes about damage or supersession.
    const loaded = await loadResults([part]);
    expect(loaded.notes).to.deep.equal([]);
    expect([...loaded.targets.values()].reduce((n, t) => n + t.results.size, 0)).to.equal(expected.size);
  });

  it('refuses a resume whose ICS or shard differs, with one line', async () => {
    const dir = join(tmp, 'small');
    const targets = loadIcs(join(tmp, 'ics.yaml'), { env: ref.env });
    await runConformance({ targets, classes: ['CORE'], grep: 'health', out: dir, progress: 'none', lang: 'en', shard: { index: 1, total: 2 } });
    const changed = targets.map((t) => (t.id === 'ref-tenant-2' ? { ...t, limits: { ...t.limits, rps: 1 } } : t));
    let err: unknown;
    try {
      await runConformance({ targets: changed, classes: ['CORE'], grep: 'health', resume: dir, progress: 'none' });
    } catch (e) {
      err = e;
    }
    expect(String(err)).to.match(/the ICS of target 'ref-tenant-2' changed since the interrupted run/);
    err = undefined;
    try {
      await runConformance({ targets, classes: ['CORE'], grep: 'health', resume: dir, progress: 'none', shard: { index: 2, total: 2 } });
    } catch (e) {
      err = e;
    }
    expect(String(err)).to.match(/was shard 1\/2; resume it with that shard/);
    // Resuming a finished run sends nothing new and keeps its results.
    const before = outcomes(readLines(dir));
    const again = await runConformance({ targets, classes: ['CORE'], grep: 'health', resume: dir, progress: 'none' });
    expect(before.size).to.be.greaterThan(0);
    expect(again.targets.map((t) => t.id)).to.have.members([...new Set([...before.keys()].map((k) => k.split(' ')[0]!))]);
    expect(outcomes(readLines(dir))).to.deep.equal(before);
    expect(readLines(dir).filter((l) => l.type === 'target')).to.have.length(again.targets.length);
  });
});
