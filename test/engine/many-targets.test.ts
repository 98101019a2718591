// Many targets on one host: a loopback server counts what arrives per target (/t/<i>) and in total.
// The ICS limits of each target, the run-wide per-origin rate and the global target concurrency hold;
// results are streamed per target as it finishes; nothing keeps a finished target alive.
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { runConformance } from '../../src/engine/index.js';
import { fail, type SuiteModule, type TestContext } from '../../src/engine/suite-api.js';
import type { ResultsLine } from '../../src/engine/types.js';
import type { Requirement } from '../../src/spec/registry-types.js';
import { t } from '../../src/i18n/text.js';
import { envelope, maxInWindow, startServer, testTarget, type Recorder } from '../http/helpers.js';

const TARGETS = 16;
const LIMITS = { rps: 20, concurrency: 2, maxRequests: 100 };
const GLOBAL_CONCURRENCY = 5;
const ORIGIN_RPS = 80;
const BURST = 6;

const REGISTRY = new Map<string, Requirement>([['EIP-CORE-001', { id: 'EIP-CORE-001', class: 'CORE', level: 'MUST', title: t('x', 'x'), clause: 'test' }]]);

/** Every test's context, weakly: after the run, none may still be reachable. */
const contexts: WeakRef<TestContext>[] = [];

const BURSTY: SuiteModule = {
  class: 'CORE',
  title: t('突发', 'burst'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [1, 2].map((n) => ({
    id: `burst-${n}`,
    title: t('并发请求', 'concurrent requests'),
    requirements: ['EIP-CORE-001'],
    async run(ctx: TestContext) {
      contexts.push(new WeakRef(ctx));
      // More requests at once than the ICS allows: the client must queue them.
      const answers = await Promise.all(Array.from({ length: BURST }, () => ctx.client.request({ method: 'GET', path: '/gx/v1/catalog/resources', as: 'unsigned' })));
      if (answers.some((a) => a.status !== 200)) fail(t('非 200', 'not 200'));
    },
  })),
};

describe('engine: many targets on one host', function () {
  this.timeout(120_000);
  let server: Recorder;
  let out: string;
  const inFlight = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  let busyTargetsMax = 0;

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'govx-many-'));
    server = await startServer(async (seen, res) => {
      const tenant = /^\/t\/(\d+)\//.exec(seen.url)?.[1] ?? '?';
      const now = (inFlight.get(tenant) ?? 0) + 1;
      inFlight.set(tenant, now);
      maxInFlight.set(tenant, Math.max(maxInFlight.get(tenant) ?? 0, now));
      busyTargetsMax = Math.max(busyTargetsMax, [...inFlight.values()].filter((v) => v > 0).length);
      await new Promise((r) => setTimeout(r, 15));
      inFlight.set(tenant, inFlight.get(tenant)! - 1);
      if (seen.url.endsWith('/gx/v1/health')) {
        return envelope(res, 200, '0', { status: 'UP', role: 'DEPARTMENT', nodeId: `D-330100-${tenant}`, profileVersion: '1.0', time: new Date().toISOString(), conformance: ['CORE'] });
      }
      envelope(res, 200, '0', { items: [] });
    });
  });
  after(async () => {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('holds each ICS limit, the per-origin rate and the global concurrency; streams per target; keeps no finished target alive', async () => {
    const listenersBefore = process.listenerCount('uncaughtException') + process.listenerCount('unhandledRejection');
    const targets = Array.from({ length: TARGETS }, (_, i) => testTarget(`${server.url}/t/${i + 1}`, { id: `t-${String(i + 1).padStart(2, '0')}`, limits: LIMITS }));
    const summary = await runConformance({ targets, suites: [BURSTY], registry: REGISTRY, schemas: { validate: () => [] }, out, progress: 'none', concurrency: GLOBAL_CONCURRENCY, maxRpsPerOrigin: ORIGIN_RPS, runId: 'many' });

    expect(summary.targets).to.have.length(TARGETS);
    expect(summary.totals.pass).to.equal(TARGETS * 2);
    expect(server.seen).to.have.length(TARGETS * (1 + 2 * BURST));
    // Per target: the ICS concurrency and rate.
    for (const [tenant, max] of maxInFlight) expect(max, `in flight at /t/${tenant}`).to.be.at.most(LIMITS.concurrency);
    const byTenant = new Map<string, number[]>();
    for (const s of server.seen) {
      const tenant = /^\/t\/(\d+)\//.exec(s.url)![1]!;
      byTenant.set(tenant, [...(byTenant.get(tenant) ?? []), s.at]);
    }
    expect(byTenant.size).to.equal(TARGETS);
    for (const [tenant, times] of byTenant) expect(maxInWindow(times, 1000), `requests per second at /t/${tenant}`).to.be.at.most(LIMITS.rps);
    // The origin as a whole: the run-wide cap, and no more targets at once than --concurrency.
    expect(maxInWindow(server.seen.map((s) => s.at), 1000)).to.be.at.most(ORIGIN_RPS);
    expect(busyTargetsMax).to.be.at.most(GLOBAL_CONCURRENCY);
    expect(busyTargetsMax, 'targets do run side by side').to.be.at.least(2);

    // Streamed: the first target's end is on disk before the last target starts.
    const lines = readFileSync(join(out, 'results.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ResultsLine);
    const firstEnd = lines.findIndex((l) => l.type === 'target-end');
    const lastStart = lines.map((l) => l.type).lastIndexOf('target');
    expect(firstEnd).to.be.greaterThan(0).and.lessThan(lastStart);

    // Mocha runners disposed: their process listeners are gone.
    expect(process.listenerCount('uncaughtException') + process.listenerCount('unhandledRejection')).to.equal(listenersBefore);
    // Nothing retains a finished target's test context (client, shared state, results).
    expect(contexts).to.have.length(TARGETS * 2);
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setImmediate(r));
      gc();
    }
    expect(contexts.filter((c) => c.deref() !== undefined).length, 'test contexts still reachable after the run').to.equal(0);
  });

  it('takes several ICS paths as one target list, and refuses a target id used in two of them', async () => {
    const icsFile = (name: string, ids: string[]): string => {
      const file = join(out, name);
      const entry = (id: string, i: number) =>
        `- {id: ${id}, name: ${id}, region: "330100", role: DEPARTMENT, baseUrl: "${server.url}/t/${i}", environment: test, auth: {appKey: app-001, secret: "\${GOVX_MANY_SECRET}"}, limits: {rps: 50, concurrency: 2, maxRequests: 50}}`;
      writeFileSync(file, ids.map(entry).join('\n') + '\n');
      writeFileSync(join(out, '.env'), 'GOVX_MANY_SECRET=many-canary-secret-77\n');
      return file;
    };
    const a = icsFile('a.yaml', ['zj-a', 'zj-b']);
    const b = icsFile('b.yaml', ['bj-c']);
    const summary = await runConformance({ ics: [a, b], suites: [BURSTY], registry: REGISTRY, schemas: { validate: () => [] }, out: join(out, 'list'), progress: 'none', grep: 'burst-1' });
    expect(summary.targets.map((s) => s.id)).to.deep.equal(['zj-a', 'zj-b', 'bj-c']);
    const dup = icsFile('c.yaml', ['zj-b']);
    let err: unknown;
    try {
      await runConformance({ ics: [a, dup], suites: [BURSTY], registry: REGISTRY, schemas: { validate: () => [] }, out: join(out, 'dup'), progress: 'none' });
    } catch (e) {
      err = e;
    }
    expect(String(err)).to.match(/target id 'zj-b' is already used by .*a\.yaml/);
  });
});
