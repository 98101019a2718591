// The POP, LE and EC suites against the clean reference department: every test passes (or skips with
// a reason), none fails, warns or errs; and against single faults, the faulted rule fails.
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReferenceNodes, type ReferenceHandle } from '../../src/reference/index.js';
import { loadIcs } from '../../src/ics/index.js';
import type { Target } from '../../src/ics/types.js';
import pop from '../../suites/pop.js';
import le from '../../suites/le.js';
import ec from '../../suites/ec.js';
import { describe as describeResults, runSuite } from './pop-runner.js';

async function department(faults: string[] = []): Promise<{ handle: ReferenceHandle; target: Target; dir: string }> {
  const handle = await startReferenceNodes({ role: 'department', port: 0, seed: 1, faults });
  const dir = mkdtempSync(join(tmpdir(), 'govx-pop-'));
  const file = join(dir, 'ics.yaml');
  await handle.writeIcs(file);
  const target = loadIcs(file, { env: handle.env }).find((t) => t.role === 'DEPARTMENT') as Target;
  return { handle, target, dir };
}

describe('POP, LE and EC suites against the reference department', function () {
  this.timeout(120_000);

  it('pass on the clean node: no fail, warn or error', async () => {
    const { handle, target, dir } = await department();
    try {
      for (const suite of [pop, le, ec]) {
        const results = await runSuite(suite, target);
        const bad = describeResults(results, (r) => r.outcome !== 'pass' && r.outcome !== 'skip');
        expect(bad, `${suite.class}:\n${bad}`).to.equal('');
        const passed = results.filter((r) => r.outcome === 'pass').length;
        expect(passed, `${suite.class}: ${describeResults(results, (r) => r.outcome === 'skip')}`).to.be.greaterThan(results.length / 2);
      }
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const cases: [string, typeof pop, string][] = [
    ['pop-birthdate-off-by-one', pop, 'EIP-POP-003'],
    ['pop-verify-leaks-record', pop, 'EIP-POP-008'],
    ['pop-lowercase-x-refused', pop, 'EIP-POP-010'],
    ['le-uscc-mismatch', le, 'EIP-LE-002'],
    ['le-invalid-uscc-404', le, 'EIP-LE-005'],
    ['ec-verify-ignores-hash', ec, 'EIP-EC-008'],
    ['ec-file-sm3-mismatch', ec, 'EIP-EC-007'],
    ['ec-query-other-holders', ec, 'EIP-EC-005'],
  ];
  for (const [fault, suite, rule] of cases) {
    it(`a node with ${fault} fails exactly ${rule}`, async () => {
      const { handle, target, dir } = await department([fault]);
      try {
        const results = await runSuite(suite, target);
        const failed = [...new Set(results.filter((r) => r.outcome === 'fail' || r.outcome === 'warn').flatMap((r) => r.requirements))];
        expect(failed, describeResults(results, (r) => r.outcome !== 'pass' && r.outcome !== 'skip')).to.deep.equal([rule]);
      } finally {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
