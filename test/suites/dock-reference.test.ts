// The DOCK suite against the reference platform (on loopback, so forwarding reaches the harness's
// child node): clean → every test passes; a single fault → exactly its rule fails.
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReferenceNodes, type ReferenceHandle } from '../../src/reference/index.js';
import { loadIcs } from '../../src/ics/index.js';
import type { Target } from '../../src/ics/types.js';
import dock from '../../suites/dock.js';
import { describe as describeResults, runSuite } from './pop-runner.js';

async function platform(faults: string[] = []): Promise<{ handle: ReferenceHandle; target: Target; dir: string }> {
  const handle = await startReferenceNodes({ role: 'platform', port: 0, seed: 1, faults });
  const dir = mkdtempSync(join(tmpdir(), 'govx-dock-'));
  const file = join(dir, 'ics.yaml');
  await handle.writeIcs(file);
  const loaded = loadIcs(file, { env: handle.env }).find((t) => t.role === 'PLATFORM') as Target;
  return { handle, target: { ...loaded, allowWrites: true }, dir };
}

describe('DOCK suite against the reference platform', function () {
  this.timeout(120_000);

  it('passes every test on the clean platform', async () => {
    const { handle, target, dir } = await platform();
    try {
      const results = await runSuite(dock, target);
      const bad = describeResults(results, (r) => r.outcome !== 'pass');
      expect(bad).to.equal('');
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('skips the writing tests without allowWrites and the rest still pass', async () => {
    const { handle, target, dir } = await platform();
    try {
      const results = await runSuite(dock, { ...target, allowWrites: false });
      expect(results.filter((r) => r.outcome === 'skip').map((r) => r.id)).to.include.members(['register', 'sync.per-item', 'forward.trace-id']);
      expect(describeResults(results, (r) => r.outcome !== 'pass' && r.outcome !== 'skip')).to.equal('');
      expect(results.filter((r) => r.outcome === 'pass').map((r) => r.id)).to.have.members(['heartbeat.unknown', 'forward.unknown-target', 'receipt.unknown']);
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const cases: [string, string][] = [
    ['dock-reregister-201', 'EIP-DOCK-001'],
    ['dock-level-unchecked', 'EIP-DOCK-002'],
    ['dock-heartbeat-unknown-ok', 'EIP-DOCK-003'],
    ['dock-sync-all-or-nothing', 'EIP-DOCK-004'],
    ['dock-batch-replay-applied', 'EIP-DOCK-005'],
    ['dock-sync-deletes-ignored', 'EIP-DOCK-006'],
    ['dock-hop-not-incremented', 'EIP-DOCK-007'],
    ['dock-trace-id-replaced', 'EIP-DOCK-007'],
    ['dock-hop-limit-ignored', 'EIP-DOCK-007'],
    ['dock-unreachable-502', 'EIP-DOCK-008'],
    ['dock-batch-limit-ignored', 'EIP-DOCK-010'],
  ];
  for (const [fault, rule] of cases) {
    it(`a platform with ${fault} fails exactly ${rule}`, async () => {
      const { handle, target, dir } = await platform([fault]);
      try {
        const results = await runSuite(dock, target);
        const failed = [...new Set(results.filter((r) => r.outcome === 'fail').flatMap((r) => r.requirements))];
        expect(failed, describeResults(results, (r) => r.outcome !== 'pass')).to.deep.equal([rule]);
      } finally {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
