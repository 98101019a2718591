// govx plan: the plan an operator reads is the run that happens (same tests, same skip reasons, a request
// estimate within 10 %), it sends nothing (health only with --probe), and bad input exits 2 with one line.
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConformance } from '../../src/engine/index.js';
import { startReferenceNodes, type ReferenceHandle } from '../../src/reference/index.js';
import type { PlanView } from '../../src/trust/plan.js';
import { envelope, startServer, type Recorder } from '../http/helpers.js';
import { govx, readResults, resultsOf, targetEnd } from './helpers.js';

describe('govx plan', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'govx-plan-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('against the reference nodes', () => {
    let ref: ReferenceHandle;
    let ics: string;
    before(async () => {
      ref = await startReferenceNodes({ role: 'both', port: 0, seed: 1, faults: [] });
      ics = join(dir, 'ref', 'targets.yaml');
      await ref.writeIcs(ics);
    });
    after(() => ref.close());

    it('lists every test the real run executes, with the same skip reasons, and estimates requests within 10 %', async () => {
      const planned = await govx(['plan', '--ics', ics, '--json', '--probe']);
      expect(planned.code, planned.stderr).to.equal(0);
      const plan = JSON.parse(planned.stdout) as PlanView;
      expect(plan.targets.map((t) => t.id)).to.deep.equal(['ref-department', 'ref-platform']);

      const out = join(dir, 'ref-run');
      await runConformance({ ics, out, progress: 'none', lang: 'en' });
      const lines = readResults(out);
      for (const target of plan.targets) {
        const recorded = resultsOf(lines, target.id);
        expect(target.tests.map((t) => t.id), `${target.id}: test ids`).to.deep.equal(recorded.map((r) => r.test));
        const byId = new Map(recorded.map((r) => [r.test, r]));
        const planSkips = target.tests.filter((t) => !t.runs);
        for (const t of planSkips) {
          expect(byId.get(t.id)!.outcome, t.id).to.equal('skip');
          expect(byId.get(t.id)!.message, t.id).to.deep.equal(t.skip);
          expect(byId.get(t.id)!.notApplicable, t.id).to.equal(t.notApplicable);
        }
        // A test the plan runs may still skip for what only the answers show (no body-taking service…),
        // but never for a reason the plan could have given.
        for (const t of target.tests.filter((x) => x.runs)) expect(byId.get(t.id)!.message?.en ?? '', t.id).not.to.match(/allowWrites|applies to .* nodes/);
        const real = targetEnd(lines, target.id).requests;
        expect(real).to.be.greaterThan(50);
        const error = Math.abs(target.estimatedRequests - real) / real;
        expect(error, `${target.id}: estimated ${target.estimatedRequests}, sent ${real}`).to.be.at.most(0.1);
        expect(target.withinBudget).to.equal(true);
      }
      // The department does not allow writes: the DOCK write tests are the platform's, where writes are allowed.
      const platform = plan.targets.find((t) => t.id === 'ref-platform')!;
      expect(platform.counts.writes).to.be.greaterThan(0);
      expect(plan.targets.find((t) => t.id === 'ref-department')!.counts.readsPersonalData).to.be.greaterThan(0);
    });

    it('shows skip reasons and per-test figures in both languages; --classes and --grep narrow as run does', async () => {
      const zh = await govx(['plan', '--ics', ics]);
      expect(zh.code).to.equal(0);
      expect(zh.stdout).to.contain('运行计划');
      expect(zh.stdout).to.contain('CORE.tls');
      expect(zh.stdout).to.contain('测试环境不适用');
      expect(zh.stdout).to.match(/预计请求：\d+（含健康检查 1 个），在预算 5000 之内/);
      const en = await govx(['plan', '--ics', ics, '--lang', 'en', '--classes', 'pop', '--grep', 'invalid']);
      expect(en.code).to.equal(0);
      expect(en.stdout).to.contain('POP.query.invalid.length');
      expect(en.stdout).not.to.contain('CORE.');
      expect(en.stdout).to.contain('--classes/--grep narrowed the selection');
      // The ICS names secrets only by ${ENV}; the plan never resolves them into its output.
      for (const secret of Object.values(ref.env)) expect(zh.stdout + en.stdout).not.to.contain(secret);
    });
  });

  describe('against a loopback server that records what arrives', () => {
    let server: Recorder;
    before(async () => {
      server = await startServer((seen, res) => {
        if (seen.url === '/gx/v1/health') {
          return envelope(res, 200, '0', { status: 'UP', role: 'DEPARTMENT', nodeId: 'D-330100-PLAN', profileVersion: '1.0', time: new Date(Date.now() + 5000).toISOString(), conformance: ['CORE', 'SEC', 'CAT', 'POP'] });
        }
        envelope(res, 404, '40400', null);
      });
    });
    after(() => server.close());

    function ics(limits = '{rps: 10, concurrency: 2, maxRequests: 5000}'): string {
      const file = join(dir, 'loop.yaml');
      writeFileSync(
        file,
        `id: loop-node\nname: Loop node\nregion: "330100"\nrole: DEPARTMENT\nbaseUrl: ${server.url}\nenvironment: test\nauth: {appKey: app-001, secret: "\${GOVX_PLAN_SECRET}"}\nfixtures: {population: [{idNumber: "11010519491231002X", name: 张三}]}\nlimits: ${limits}\n`,
      );
      writeFileSync(join(dir, '.env'), 'GOVX_PLAN_SECRET=plan-canary-secret-77bb\n');
      return file;
    }

    it('sends nothing without --probe; with --probe only GET /gx/v1/health, whose classes and clock it shows', async () => {
      const before = server.seen.length;
      const dry = JSON.parse((await govx(['plan', '--ics', ics(), '--json'])).stdout) as PlanView;
      expect(server.seen.length).to.equal(before);
      expect(dry.targets[0]!.classes).not.to.include('POP');
      const probed = JSON.parse((await govx(['plan', '--ics', ics(), '--json', '--probe'])).stdout) as PlanView;
      expect(server.seen.slice(before).map((s) => `${s.method} ${s.url}`)).to.deep.equal(['GET /gx/v1/health']);
      const target = probed.targets[0]!;
      expect(target.claimedHealth).to.include('POP');
      expect(target.classes).to.include('POP');
      expect(target.tests.some((t) => t.id === 'POP.query.schema' && t.runs && t.readsPersonalData)).to.equal(true);
      expect(target.probe!.clockOffsetMs).to.be.within(3000, 7000);
      expect(target.estimatedRequests).to.be.greaterThan(dry.targets[0]!.estimatedRequests);
    });

    it('says when the estimate is over the request budget', async () => {
      const res = await govx(['plan', '--ics', ics('{rps: 10, concurrency: 2, maxRequests: 20}'), '--lang', 'en']);
      expect(res.code).to.equal(0);
      expect(res.stdout).to.match(/estimated requests: \d+ \(health check included\), over the budget of 20/);
      const json = JSON.parse((await govx(['plan', '--ics', ics('{rps: 10, concurrency: 2, maxRequests: 20}'), '--json'])).stdout) as PlanView;
      expect(json.targets[0]!.withinBudget).to.equal(false);
      expect(json.targets[0]!.budget).to.equal(20);
    });

    it('exits 2 with one line for a bad ICS, an unknown class and a bad --grep', async () => {
      const bad = await govx(['plan', '--ics', ics('{rps: 0}')]);
      expect(bad.code).to.equal(2);
      expect(bad.stderr.trim().split('\n')).to.have.length(1);
      expect(bad.stderr).to.match(/^govx: loop\.yaml:\d+: limits\.rps/);
      const cls = await govx(['plan', '--ics', ics(), '--classes', 'CORE,NOPE']);
      expect(cls.code).to.equal(2);
      expect(cls.stderr).to.contain('NOPE');
      const grep = await govx(['plan', '--ics', ics(), '--grep', '(']);
      expect(grep.code).to.equal(2);
      expect(grep.stderr.trim().split('\n')).to.have.length(1);
      expect((await govx(['plan', '--ics', join(dir, 'missing.yaml')])).code).to.equal(2);
    });
  });
});
