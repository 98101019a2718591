// Runs one suite module's tests against a target the way the engine does (outcome mapping included),
// so the POP, LE, EC and DOCK tests can check suites against live loopback nodes.
import { createClient } from '../../src/http/index.js';
import { createSchemaValidator } from '../../src/spec/index.js';
import { fetchHealth, loadRegistry } from '../../src/engine/index.js';
import { TestOutcome, TransportError, type SuiteModule, type TestContext } from '../../src/engine/suite-api.js';
import type { Target } from '../../src/ics/types.js';

export interface SuiteResult {
  id: string;
  requirements: string[];
  outcome: 'pass' | 'fail' | 'warn' | 'skip' | 'error';
  message?: string;
}

export async function runSuite(suite: SuiteModule, target: Target): Promise<SuiteResult[]> {
  const client = createClient(target, { runId: 'suite-test' });
  const registry = await loadRegistry();
  const health = await fetchHealth(client);
  client.clockOffsetMs = health.clockOffsetMs;
  const ctx: TestContext = {
    target,
    client,
    ...(health.health ? { health: health.health } : {}),
    clockOffsetMs: health.clockOffsetMs,
    schemas: createSchemaValidator(),
    registry,
    shared: new Map(),
    now: () => new Date(Date.now() + health.clockOffsetMs),
    note: () => undefined,
  };
  const results: SuiteResult[] = [];
  try {
    for (const test of suite.tests) {
      const base = { id: test.id, requirements: test.requirements };
      const reason = test.skipReason?.(target) ?? (test.writes && !target.allowWrites ? { zh: '', en: 'writes not allowed' } : undefined);
      if (reason) {
        results.push({ ...base, outcome: 'skip', message: reason.en });
        continue;
      }
      try {
        await test.run(ctx);
        results.push({ ...base, outcome: 'pass' });
      } catch (err) {
        const shouldOnly = test.requirements.every((r) => registry.get(r)?.level !== 'MUST');
        if (err instanceof TestOutcome) {
          const outcome = err.outcome === 'fail' && shouldOnly ? 'warn' : err.outcome;
          results.push({ ...base, outcome, message: err.text.en });
        } else if (err instanceof TransportError) {
          results.push({ ...base, outcome: 'error', message: err.text.en });
        } else {
          results.push({ ...base, outcome: shouldOnly ? 'warn' : 'fail', message: err instanceof Error ? err.message : String(err) });
        }
      }
    }
  } finally {
    await suite.afterAll?.(ctx);
    await client.close();
  }
  return results;
}

/** "id: outcome — message" lines of the results that are not as wanted, for assertion messages. */
export function describe(results: SuiteResult[], unwanted: (r: SuiteResult) => boolean): string {
  return results
    .filter(unwanted)
    .map((r) => `${r.id} [${r.requirements.join(',')}]: ${r.outcome} — ${r.message ?? ''}`)
    .join('\n');
}
