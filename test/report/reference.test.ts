// End to end on loopback: reference nodes with injected faults → govx run → govx report. The report must
// name each injected fault's requirement IDs as failing, and the clean department must stay clean.
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { generateReport } from '../../src/commands/report.js';
import { runConformance } from '../../src/engine/index.js';
import { ruleIdOf } from '../../src/engine/score.js';
import { FAULTS, startReferenceNodes } from '../../src/reference/index.js';

const INJECTED = ['sec-replay-accepted', 'core-stack-traces', 'core-no-cache-control'];

describe('report over reference-node results with injected faults', function () {
  this.timeout(300000);
  let tmp: string;
  const saved = { ...process.env };
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'govx-report-ref-'));
  });
  after(() => {
    rmSync(tmp, { recursive: true, force: true });
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  });

  it('names every injected fault\'s requirement IDs as failing on the faulty department only', async () => {
    const ref = await startReferenceNodes({ role: 'department', tenants: 1, tenantFaults: { 1: INJECTED } });
    try {
      const ics = join(tmp, 'targets.yaml');
      writeFileSync(ics, YAML.stringify(ref.ics, { aliasDuplicateObjects: false }));
      for (const [k, v] of Object.entries(ref.env)) process.env[k] = v;
      await runConformance({ ics, out: join(tmp, 'results'), classes: ['CORE', 'SEC', 'POP'], progress: 'none', lang: 'en' });
    } finally {
      await ref.close();
    }
    const { html, model } = await generateReport({ dirs: [join(tmp, 'results')], out: join(tmp, 'report', 'index.html'), lang: 'en' });
    const expected = INJECTED.flatMap((id) => FAULTS.find((f) => f.id === id)!.breaks).map(ruleIdOf);
    expect(expected.length).to.be.greaterThan(0);
    const faulty = model.targets.find((t) => t.id.includes('tenant'))!;
    const clean = model.targets.find((t) => t !== faulty)!;
    expect(faulty, 'the faulty tenant is in the report').to.not.equal(undefined);
    const failing = faulty.failures.map((f) => f.id);
    for (const id of expected) expect(failing, `${id} listed as failing`).to.include(id);
    expect(clean.failures.map((f) => f.id)).to.deep.equal([]);
    expect(clean.grade).to.not.equal(faulty.grade);
    const page = readFileSync(html, 'utf8');
    for (const id of expected) expect(page).to.contain(`<code>${id}</code>`);
  });
});
