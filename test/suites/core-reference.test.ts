// CORE, SEC, CAT, QOS and OPEN against the reference nodes on loopback: the clean nodes pass every
// MUST and SHOULD with no error, and a node with one fault fails exactly the rules the fault declares.
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReferenceNodes, FAULTS } from '../../src/reference/index.js';
import { runConformance } from '../../src/engine/index.js';
import type { ResultRecord } from '../../src/engine/types.js';
import type { ConformanceClass } from '../../src/spec/registry-types.js';
import { SUITES } from '../../suites/index.js';

const CLASSES: ConformanceClass[] = ['CORE', 'SEC', 'CAT', 'QOS', 'OPEN'];
const rule = (id: string): string => id.replace(/\.[a-z]+$/, '');

async function run(faults: string[]): Promise<ResultRecord[]> {
  const dir = mkdtempSync(join(tmpdir(), 'govx-h5-'));
  const handle = await startReferenceNodes({ role: 'both', port: 0, seed: 1, faults });
  try {
    for (const [k, v] of Object.entries(handle.env)) process.env[k] = v;
    await handle.writeIcs(join(dir, 'ics.yaml'));
    // The suites are passed in, so they share this process's copy of suite-api (the engine's dynamic import
    // would load a second copy under mocha's loader, and TestOutcome would not be recognised).
    await runConformance({ ics: join(dir, 'ics.yaml'), classes: CLASSES, suites: SUITES, out: join(dir, 'out'), progress: 'none' });
    return readFileSync(join(dir, 'out', 'results.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ResultRecord)
      .filter((r) => r.type === 'result');
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('CORE/SEC/CAT/QOS/OPEN against the reference nodes', function () {
  this.timeout(120_000);

  it('pass on the clean nodes: no fail, warn or error', async () => {
    const results = await run([]);
    const bad = results.filter((r) => ['fail', 'warn', 'error'].includes(r.outcome)).map((r) => `${r.target} ${r.test} ${r.outcome}: ${r.message?.en ?? ''}`);
    expect(bad).to.deep.equal([]);
    expect(results.filter((r) => r.outcome === 'pass').length).to.be.greaterThan(100);
  });

  for (const id of ['core-page-overlap', 'sec-body-not-signed', 'sec-none-after-grant', 'cat-updated-since-off-by-one', 'qos-slow', 'open-record-count-off']) {
    it(`a node with ${id} fails exactly the rules it declares`, async () => {
      const fault = FAULTS.find((f) => f.id === id)!;
      const results = await run([id]);
      const failing = results.filter((r) => ['fail', 'warn'].includes(r.outcome));
      const failedRules = new Set(failing.flatMap((r) => r.requirements));
      for (const b of fault.breaks) expect([...failedRules].some((f) => f === b || rule(f) === b), `${b} should fail`).to.equal(true);
      const allowed = new Set([...fault.breaks, ...(fault.disturbs ?? [])]);
      const stray = failing.filter((r) => !r.requirements.some((x) => allowed.has(x) || allowed.has(rule(x)))).map((r) => `${r.target} ${r.test}`);
      expect(stray).to.deep.equal([]);
    });
  }
});
