// Sharding: --shard i/n partitions the targets deterministically by id; two shards merged by the report
// give the same report model as one unsharded run of the same targets (timings, request IDs and run IDs aside).
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateReport } from '../../src/commands/report.js';
import { runConformance, shardOf } from '../../src/engine/index.js';
import type { ResultsLine } from '../../src/engine/types.js';
import { loadIcs } from '../../src/ics/load.js';
import type { Target } from '../../src/ics/types.js';
import { startReferenceNodes, type ReferenceHandle } from '../../src/reference/index.js';
import { testTarget } from '../http/helpers.js';
import { govx } from '../helpers/cli.js';

/** Keys whose values differ between two runs of the same tests: times, durations, run and request IDs, folders. */
const VOLATILE = new Set(['generatedAt', 'runs', 'sources', 'runId', 'otherRuns', 'startedAt', 'endedAt', 'evidence', 'evidenceOmitted', 'replay', 'qos', 'clockOffsetMs', 'durationMs', 'totalMs']);

/** The report model with what legitimately differs between runs removed; numbers with a time unit in messages masked. */
export function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value === 'string') return value.replace(/-?\d+(\.\d+)?\s?(ms|s|毫秒|秒)(?![a-z])/g, '<time>');
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !VOLATILE.has(k))
        .map(([k, v]) => [k, comparable(v)]),
    );
  }
  return value;
}

describe('engine: --shard', function () {
  this.timeout(120_000);

  it('partitions by id, 1-based, deterministically: every target in exactly one shard, whatever the input order', () => {
    const ids = ['zj-hz-05', 'bj-01', 'gd-sz-3', 'zj-hz-01', 'sc-cd-2', 'bj-02', 'hb-wh-7'];
    const targets = ids.map((id) => testTarget('http://127.0.0.1:9', { id }));
    const shuffled = [...targets].reverse();
    const shards = [1, 2, 3].map((index) => shardOf(targets, { index, total: 3 }).map((t) => t.id));
    expect(shards.flat().sort()).to.deep.equal([...ids].sort());
    expect([1, 2, 3].map((index) => shardOf(shuffled, { index, total: 3 }).map((t) => t.id))).to.deep.equal(shards);
    expect(shards.map((s) => s.length)).to.deep.equal([3, 2, 2]);
    expect(() => shardOf(targets, { index: 0, total: 3 })).to.throw(/1 ≤ i ≤ n/);
    expect(() => shardOf(targets, { index: 4, total: 3 })).to.throw(/1 ≤ i ≤ n/);
  });

  describe('against reference tenants', () => {
    let ref: ReferenceHandle;
    let tmp: string;
    let targets: Target[];
    before(async () => {
      tmp = mkdtempSync(join(tmpdir(), 'govx-shard-'));
      // Tenant 2 carries a fault, so the merged model has failures to compare too.
      ref = await startReferenceNodes({ role: 'department', tenants: 4, tenantFaults: { 2: ['core-no-cache-control'] } });
      await ref.writeIcs(join(tmp, 'ics.yaml'));
      targets = loadIcs(join(tmp, 'ics.yaml'), { env: ref.env });
    });
    after(async () => {
      await ref.close();
      rmSync(tmp, { recursive: true, force: true });
    });

    const run = (out: string, shard?: { index: number; total: number }) =>
      runConformance({ targets, classes: ['CORE', 'CAT'], out, progress: 'none', lang: 'en', concurrency: 3, ...(shard ? { shard } : {}) });

    it('two shards merged by the report give the same model as one unsharded run', async () => {
      const whole = await run(join(tmp, 'whole'));
      const s1 = await run(join(tmp, 's1'), { index: 1, total: 2 });
      const s2 = await run(join(tmp, 's2'), { index: 2, total: 2 });
      expect(whole.targets).to.have.length(5);
      expect(s1.targets.length + s2.targets.length).to.equal(5);
      expect(s1.targets.map((t) => t.id)).to.not.have.members(s2.targets.map((t) => t.id));
      const firstLine = JSON.parse(readFileSync(join(tmp, 's2', 'results.ndjson'), 'utf8').split('\n')[0]!) as ResultsLine;
      expect(firstLine).to.include({ type: 'run' }).and.to.have.deep.property('shard', { index: 2, total: 2 });

      const one = await generateReport({ dirs: [join(tmp, 'whole')], out: join(tmp, 'r-whole', 'index.html'), lang: 'en', generatedAt: 'x' });
      const merged = await generateReport({ dirs: [join(tmp, 's1'), join(tmp, 's2')], out: join(tmp, 'r-merged', 'index.html'), lang: 'en', generatedAt: 'x' });
      expect(merged.model.targets).to.have.length(5);
      expect(merged.model.targets.find((t) => t.id === 'ref-tenant-2')!.failures.length, 'the faulty tenant fails').to.be.greaterThan(0);
      expect(merged.model.runs.map((r) => r.shard).sort()).to.deep.equal(['1/2', '2/2']);
      expect(comparable(merged.model)).to.deep.equal(comparable(one.model));
    });

    it('--shard-index/--shard-total take a 0-based index (JOB_COMPLETION_INDEX) and name the same shard as --shard i+1/n', async () => {
      const ics = join(tmp, 'ics.yaml');
      const { code } = await govx(['run', '--ics', ics, '--classes', 'CORE', '--grep', 'health', '--shard-index', '0', '--shard-total', '2', '--out', join(tmp, 'idx0')]);
      const bad = await govx(['run', '--ics', ics, '--shard-index', '2', '--shard-total', '2']);
      const both = await govx(['run', '--ics', ics, '--shard', '1/2', '--shard-index', '0', '--shard-total', '2']);
      expect([0, 1]).to.include(code);
      expect(bad.code).to.equal(2);
      expect(both.code).to.equal(2);
      expect(bad.stderr).to.contain('--shard-index 2: use 0 to 1');
      const lines = readFileSync(join(tmp, 'idx0', 'results.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ResultsLine);
      const ran = lines.filter((l) => l.type === 'target').map((l) => (l as { target: string }).target);
      expect(ran).to.have.members(shardOf(targets, { index: 1, total: 2 }).map((t) => t.id));
      expect(lines[0]).to.have.deep.property('shard', { index: 1, total: 2 });
    });
  });
});
