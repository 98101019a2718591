import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../src/errors.js';
import { loadResults } from '../../src/report/load.js';
import { buildModel, LIMITS, type ReportModel } from '../../src/report/model.js';
import { registryMap } from '../../src/spec/registry.js';
import { divisionName, regionNameForPrefix } from '../../src/standards/index.js';
import { runLines, sz, writeResults } from '../fixtures/report/scenario.js';

const FIX = fileURLToPath(new URL('../fixtures/report/', import.meta.url));
const fx = (name: string) => join(FIX, name);

async function model(dirs: string[], baseline?: string[]): Promise<ReportModel> {
  return buildModel(await loadResults(dirs), {
    registry: registryMap(),
    regionName: regionNameForPrefix,
    divisionName,
    lang: 'zh',
    harnessVersion: '0.1.0',
    profileVersion: '1.0',
    generatedAt: '2026-03-03T00:00:00Z',
    baseline: baseline ? await loadResults(baseline) : undefined,
  });
}

/** The targets without what depends on the folder a result was read from. */
function comparable(m: ReportModel): unknown {
  return JSON.parse(JSON.stringify(m.targets, (k, v: unknown) => (k === 'replay' ? undefined : v)));
}

describe('report model', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'govx-report-model-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('merging two folders gives the same model as one folder with all their lines', async () => {
    const merged = join(tmp, 'merged');
    mkdirSync(merged);
    writeFileSync(join(merged, 'results.ndjson'), readFileSync(join(fx('pilot-a'), 'results.ndjson'), 'utf8') + readFileSync(join(fx('pilot-b'), 'results.ndjson'), 'utf8'));
    const two = await model([fx('pilot-a'), fx('pilot-b')]);
    const one = await model([merged]);
    expect(two.targets).to.have.length(4);
    expect(comparable(two)).to.deep.equal(comparable(one));
    expect(two.pilot).to.deep.equal(one.pilot);
  });

  it('ranks targets by score and grades the fixture pilot as built', async () => {
    const m = await model([fx('pilot-a'), fx('pilot-b')]);
    expect(m.targets.map((t) => [t.id, t.grade, t.rank])).to.deep.equal([
      ['hz-rs', 'A', 1],
      ['sz-platform', 'C', 2],
      ['bj-ga', 'C', 3],
      ['gz-scjg', 'D', 4],
    ]);
    const hz = m.targets[0];
    expect(hz.conformant).to.equal(true);
    expect(hz.notApplicable.map((n) => n.id)).to.deep.equal(['EIP-CORE-013']);
    expect(hz.qos?.latencyMs?.p95).to.equal(41);
    const gz = m.targets[3];
    expect(gz.score).to.equal(0);
    // Every rule unassessed for one reason: one group naming them all.
    expect(gz.notAssessed).to.have.length(1);
    expect(gz.notAssessed[0].message?.en).to.equal('connection refused (ECONNREFUSED)');
    expect(gz.notAssessed[0].rules.length).to.be.greaterThan(10);
    expect(gz.notAssessed[0].replay).to.match(/^govx replay \S+pilot-b \S+ --ics <ics\.yaml>$/);
    expect(gz.classRows.every((c) => c.verdict === 'not-assessed')).to.equal(true);
  });

  it('lists each failing requirement with title, clause, message, evidence and a replay command without secrets', async () => {
    const m = await model([fx('pilot-a'), fx('pilot-b')]);
    const bj = m.targets.find((t) => t.id === 'bj-ga')!;
    expect(bj.failures.map((f) => [f.id, f.outcome])).to.deep.equal([
      ['EIP-CORE-009', 'fail'],
      ['EIP-POP-003', 'fail'],
      ['EIP-SEC-005', 'fail'],
      ['EIP-CORE-012', 'warn'],
      ['EIP-QOS-002', 'warn'],
    ]);
    const sec5 = bj.failures.find((f) => f.id === 'EIP-SEC-005')!;
    expect(sec5.title?.zh).to.equal(registryMap().get('EIP-SEC-005')!.title.zh);
    expect(sec5.clause).to.equal(registryMap().get('EIP-SEC-005')!.clause);
    expect(sec5.tests[0].message?.en).to.contain('replayed nonce');
    expect(sec5.tests[0].evidence[0].request).to.match(/^POST https:\/\/gx\.example\.gov\.cn/);
    expect(sec5.tests[0].evidence[0].requestHeaders).to.contain('x-gx-signature: [redacted]');
    expect(sec5.tests[0].replay).to.equal(`govx replay ${fx('pilot-a')} SEC.sec-005 --ics <ics.yaml>`);
    expect(bj.skips.map((s) => s.test)).to.deep.equal(['SEC.sec-013']);
    expect(bj.skips[0].reason?.zh).to.contain('配额');
    expect(bj.waivers).to.deep.equal([
      { rule: 'EIP-CAT-002', title: registryMap().get('EIP-CAT-002')!.title, reason: '目录系统改造中，2026 年 6 月前完成', approver: '王审批', expires: '2026-06-30', tests: ['CAT.cat-002'] },
    ]);
    expect(bj.classRows.find((c) => c.class === 'CAT')).to.include({ verdict: 'conformant', withWaivers: true });
    expect(bj.tls).to.deep.equal({ protocol: 'TLSv1.3', authorized: true, daysToExpiry: 200 });
    expect(bj.provenance).to.include({ runId: 'run-2026a', clockOffsetMs: -1830, endedAt: '2026-03-01T03:00:00.000Z' });
    expect(m.runs.find((r) => r.runId === 'run-2026a')).to.deep.include({ harnessVersion: '0.1.0', profileVersion: '1.0', shard: '1/2', command: 'govx run --ics pilot/ --out reports/pilot' });
    expect(bj.provenance.icsDigest).to.match(/^[0-9a-f]{64}$/);
  });

  it('groups targets by province with GB/T 2260 names and ranks the requirements failed most often', async () => {
    const m = await model([fx('pilot-a'), fx('pilot-b')]);
    expect(m.pilot.regions.map((r) => [r.prefix, r.name, r.targets.map((t) => t.id)])).to.deep.equal([
      ['110000', regionNameForPrefix('110000'), ['bj-ga']],
      ['330000', regionNameForPrefix('330000'), ['hz-rs']],
      ['440000', regionNameForPrefix('440000'), ['sz-platform', 'gz-scjg']],
    ]);
    expect(m.pilot.regions[1].targets[0].regionName).to.equal(regionNameForPrefix('330100'));
    expect(m.pilot.regions[0].targets[0].regionName).to.equal(divisionName('110105')); // the district itself
    expect(m.pilot.topFailures[0]).to.include({ id: 'EIP-SEC-005', failing: 2, assessed: 3, share: 67, width: 100 });
    expect(m.pilot.grades.map((g) => [g.label, g.value])).to.deep.equal([
      ['A', 1],
      ['B', 0],
      ['C', 2],
      ['D', 1],
    ]);
    expect(m.pilot.conformant).to.equal(1);
  });

  it('shows a health problem recorded on the target line, and the target is then not conformant', async () => {
    const problem = { zh: 'health 未返回信封', en: 'health answered no envelope' };
    const dir = writeResults(join(tmp, 'health'), runLines({ runId: 'run-h', startedAt: '2026-03-01T02:00:00.000Z', targets: [{ ...sz, overrides: {}, target: { ...sz.target, healthProblem: problem } }] }));
    const m = await model([dir]);
    expect(m.targets[0].healthProblem).to.deep.equal(problem);
    expect(m.targets[0].conformant).to.equal(false);
  });

  it('names the national level (100000), which GB/T 2260 lacks', async () => {
    const dir = writeResults(join(tmp, 'national'), runLines({ runId: 'run-n', startedAt: '2026-03-01T02:00:00.000Z', targets: [{ ...sz, target: { ...sz.target, target: 'nat', region: '100000' } }] }));
    const m = await model([dir]);
    expect(m.pilot.regions[0]).to.deep.include({ prefix: '100000', name: { zh: '国家级', en: 'national' } });
    expect(m.targets[0].regionName).to.deep.equal({ zh: '国家级', en: 'national' });
  });

  it('takes the later run for a target/test seen twice, says so, and keeps the classes of both runs', async () => {
    for (const order of [
      [fx('pilot-a'), fx('rerun')],
      [fx('rerun'), fx('pilot-a')],
    ]) {
      const m = await model(order);
      const bj = m.targets.find((t) => t.id === 'bj-ga')!;
      expect(bj.failures.map((f) => f.id)).to.not.include('EIP-CORE-009');
      expect(bj.failures.map((f) => f.id)).to.include('EIP-SEC-005');
      expect(bj.classes).to.have.members(['CORE', 'SEC', 'CAT', 'POP', 'QOS']);
      expect(m.notes.map((n) => n.en).join('\n')).to.match(/bj-ga: 13 test result\(s\) taken from the later run run-2026c \(superseding run run-2026a\)/);
    }
  });

  it('compares with a baseline: regressed and improved rules per target, new and dropped targets', async () => {
    const m = await model([fx('pilot-a'), fx('pilot-b')], [fx('baseline')]);
    const b = m.pilot.baseline!;
    const bj = b.changed.find((c) => c.id === 'bj-ga')!;
    expect(bj.regressed).to.deep.equal(['EIP-SEC-005']);
    expect(bj.improved).to.deep.equal([]);
    expect(bj.delta).to.be.lessThan(0);
    const hz = b.changed.find((c) => c.id === 'hz-rs')!;
    expect(hz).to.include({ before: 'B', after: 'A' });
    expect(hz.improved).to.deep.equal(['EIP-CORE-012']);
    expect(b.changed.map((c) => c.id)).to.not.include('sz-platform');
    expect(b.newTargets).to.deep.equal(['gz-scjg']);
    expect(b.dropped).to.deep.equal(['old-node']);
    expect(m.targets.find((t) => t.id === 'bj-ga')!.baseline?.regressed).to.deep.equal(['EIP-SEC-005']);
  });

  it('tolerates a truncated last line with a note, and marks the unfinished target', async () => {
    const m = await model([fx('truncated')]);
    expect(m.notes.map((n) => n.en).join('\n')).to.contain('the last line is incomplete');
    expect(m.sources[0].truncated).to.equal(true);
    expect(m.targets.find((t) => t.id === 'bj-ga')!.complete).to.equal(false);
    expect(m.targets.find((t) => t.id === 'hz-rs')!.complete).to.equal(true);
  });

  it('refuses a damaged line that is not the last, naming file and line', async () => {
    const dir = join(tmp, 'damaged');
    mkdirSync(dir);
    const lines = readFileSync(join(fx('pilot-a'), 'results.ndjson'), 'utf8').split('\n');
    lines[3] = lines[3].slice(0, 20);
    writeFileSync(join(dir, 'results.ndjson'), lines.join('\n'));
    const err = await loadResults([dir]).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(ConfigError);
    expect((err as Error).message).to.match(/results\.ndjson:4: not a JSON results line/);
  });

  it('gives a one-line ConfigError for a missing folder or one without results.ndjson', async () => {
    const missing = await loadResults([join(tmp, 'nope')]).catch((e: unknown) => e);
    expect(missing).to.be.instanceOf(ConfigError);
    expect((missing as Error).message).to.match(/^results folder not found: .*nope/);
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    const none = await loadResults([empty]).catch((e: unknown) => e);
    expect(none).to.be.instanceOf(ConfigError);
    expect((none as Error).message).to.match(/^no results\.ndjson in /);
    expect((none as Error).message).to.not.contain('\n');
  });

  it('caps hostile strings and evidence excerpts', async () => {
    const m = await model([fx('hostile')]);
    const f = m.targets[0].failures[0];
    expect(f.tests[0].message!.en.length).to.be.at.most(LIMITS.messageChars + 1);
    expect(f.tests[0].evidence[0].responseBody!.length).to.be.at.most(LIMITS.bodyChars + 1);
    expect(f.tests[0].evidence[0].truncated).to.equal(true);
  });
});
