import { expect } from 'chai';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConformance, type RunOptions } from '../../src/engine/index.js';
import { loadWaivers } from '../../src/engine/waivers.js';
import { fail, skip, type SuiteModule, type TestContext } from '../../src/engine/suite-api.js';
import type { ResultRecord, ResultsLine } from '../../src/engine/types.js';
import type { Requirement } from '../../src/spec/registry-types.js';
import { ConfigError } from '../../src/errors.js';
import { t } from '../../src/i18n/text.js';
import { USER_AGENT } from '../../src/http/client.js';
import { envelope, startServer, testTarget, type Recorder } from '../http/helpers.js';

const CANARY_ID = '11010519491231002X';
const CANARY_SECRET = 'canary-secret-9f8e7d6c';

const req = (id: string, level: Requirement['level']): [string, Requirement] => [id, { id, class: id.split('-')[1] as Requirement['class'], level, title: t(id, id), clause: 'test' }];
const REGISTRY = new Map([req('EIP-CORE-010', 'MUST'), req('EIP-CORE-001', 'MUST'), req('EIP-CORE-002', 'MUST'), req('EIP-CORE-011', 'SHOULD'), req('EIP-DOCK-001', 'MUST')]);
const SCHEMAS = { validate: () => [] };

async function healthTest(ctx: TestContext): Promise<void> {
  const res = await ctx.client.request({ method: 'GET', path: '/gx/v1/health', as: 'unsigned' });
  if (res.envelope?.code !== '0') fail(t('健康检查无信封', 'health gave no envelope'));
}

/** A small CORE suite covering every outcome path. */
const CORE: SuiteModule = {
  class: 'CORE',
  title: t('核心', 'Core'),
  roles: ['DEPARTMENT', 'PLATFORM'],
  tests: [
    { id: 'health', title: t('健康', 'health'), requirements: ['EIP-CORE-010'], run: healthTest },
    {
      id: 'data-ok',
      title: t('数据', 'data'),
      requirements: ['EIP-CORE-001'],
      async run(ctx) {
        const res = await ctx.client.request({ method: 'POST', path: '/gx/v1/population/query', body: { idNumber: CANARY_ID }, dataService: true });
        ctx.note(t(`共 ${res.status}`, `status ${res.status}`));
      },
    },
    {
      id: 'data-fail',
      title: t('失败', 'fails'),
      requirements: ['EIP-CORE-002'],
      async run(ctx) {
        const res = await ctx.client.request({ method: 'POST', path: '/gx/v1/population/query', body: { idNumber: CANARY_ID }, dataService: true });
        // The message quotes the body: the canary must still not reach any file.
        fail(t(`回显了 ${res.text}`, `echoed ${res.text} with ${CANARY_SECRET}`));
      },
    },
    {
      id: 'should-broken',
      title: t('建议项', 'a SHOULD'),
      requirements: ['EIP-CORE-011'],
      async run() {
        throw new Error('clock is off by 90 s');
      },
    },
    { id: 'no-fixture', title: t('缺样例', 'no fixture'), requirements: ['EIP-CORE-001'], skipReason: () => t('ICS 未提供样例', 'the ICS gives no fixture'), run: async () => undefined },
    { id: 'writes', title: t('写入', 'writes'), requirements: ['EIP-CORE-001'], writes: true, run: async () => undefined },
    { id: 'skips-itself', title: t('自跳过', 'skips'), requirements: ['EIP-CORE-001'], run: async () => skip(t('不适用', 'not applicable here')) },
  ],
};

const DOCK: SuiteModule = {
  class: 'DOCK',
  title: t('对接', 'Docking'),
  roles: ['PLATFORM'],
  tests: [{ id: 'register', title: t('注册', 'register'), requirements: ['EIP-DOCK-001'], run: async () => undefined }],
};

describe('engine: runConformance', function () {
  this.timeout(30_000);
  const cleanup: (() => Promise<void> | void)[] = [];
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'govx-run-'));
    cleanup.push(() => rmSync(out, { recursive: true, force: true }));
  });
  afterEach(async () => {
    while (cleanup.length) await cleanup.pop()!();
  });

  async function node(options: { conformance?: string[] } = {}): Promise<Recorder> {
    const server = await startServer((seen, res) => {
      if (seen.url.startsWith('/gx/v1/health')) {
        return envelope(res, 200, '0', { status: 'UP', role: 'DEPARTMENT', nodeId: 'D-330100-TEST', profileVersion: '1.0', time: new Date(Date.now() + 5000).toISOString(), conformance: options.conformance ?? ['CORE', 'SEC', 'CAT'] });
      }
      envelope(res, 200, '0', { idNumber: CANARY_ID, name: '张三', note: `secret ${CANARY_SECRET}` });
    });
    cleanup.push(() => server.close());
    return server;
  }

  function options(extra: Partial<RunOptions>): RunOptions {
    return { suites: [CORE, DOCK], registry: REGISTRY, schemas: SCHEMAS, progress: 'none', out, runId: 'run-engine-test', argv: ['govx', 'run', '--ics', 'x.yaml'], ...extra };
  }

  function lines(): ResultsLine[] {
    return readFileSync(join(out, 'results.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ResultsLine);
  }
  const results = (): ResultRecord[] => lines().filter((l): l is ResultRecord => l.type === 'result');
  const byTest = (): Map<string, ResultRecord> => new Map(results().map((r) => [r.test, r]));

  function allFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? allFiles(join(dir, f)) : [join(dir, f)]));
  }

  it('calls a suite\'s afterAll once per target, after its tests, with the tests\' shared store', async () => {
    const server = await node();
    const calls: { target: string; sawShared: unknown }[] = [];
    const withCleanup: SuiteModule = {
      ...CORE,
      tests: [{ id: 'holds', title: t('占用', 'holds'), requirements: ['EIP-CORE-001'], run: async (ctx) => void ctx.shared.set('held', 'yes') }],
      afterAll: async (ctx) => void calls.push({ target: ctx.target.id, sawShared: ctx.shared.get('held') }),
    };
    const targets = [testTarget(server.url, { id: 'one' }), testTarget(server.url, { id: 'two' })];
    await runConformance(options({ suites: [withCleanup], targets }));
    expect(calls.map((c) => c.target).sort()).to.deep.equal(['one', 'two']);
    expect(calls.every((c) => c.sawShared === 'yes')).to.equal(true);
    expect(byTest().get('CORE.holds')!.outcome).to.equal('pass');
  });

  it('maps outcomes, streams results in order, writes summary and junit, and identifies itself on every request', async () => {
    const server = await node();
    const summary = await runConformance(options({ targets: [testTarget(server.url)] }));
    const kinds = lines().map((l) => l.type);
    expect(kinds[0]).to.equal('run');
    expect(kinds[1]).to.equal('target');
    expect(kinds.slice(-2)).to.deep.equal(['target-end', 'run-end']);
    const r = byTest();
    expect(r.get('CORE.health')!.outcome).to.equal('pass');
    expect(r.get('CORE.data-ok')!.outcome).to.equal('pass');
    expect(r.get('CORE.data-ok')!.message?.en).to.equal('status 200');
    expect(r.get('CORE.data-ok')!.evidence).to.have.length(1);
    expect(r.get('CORE.data-fail')!.outcome).to.equal('fail');
    expect(r.get('CORE.should-broken')!.outcome).to.equal('warn');
    expect(r.get('CORE.should-broken')!.message?.en).to.equal('clock is off by 90 s');
    expect(r.get('CORE.no-fixture')!.outcome).to.equal('skip');
    expect(r.get('CORE.writes')!.outcome).to.equal('skip');
    expect(r.get('CORE.writes')!.message?.en).to.contain('allowWrites');
    expect(r.get('CORE.skips-itself')!.outcome).to.equal('skip');
    expect(r.has('DOCK.register')).to.equal(false);
    const target = lines().find((l) => l.type === 'target') as Extract<ResultsLine, { type: 'target' }>;
    expect(target.classes).to.deep.equal(['CORE', 'SEC', 'CAT', 'QOS']);
    expect(target.clockOffsetMs).to.be.within(3000, 7000);
    const run = lines()[0] as Extract<ResultsLine, { type: 'run' }>;
    expect(run.runId).to.equal('run-engine-test');
    expect(run.specsDigest).to.match(/^[0-9a-f]{64}$/);
    expect(run.icsDigests.loopback).to.match(/^[0-9a-f]{64}$/);
    expect(run.command).to.equal('govx run --ics x.yaml');
    expect(summary.exitCode).to.equal(1);
    expect(summary.targets[0]!.failed.map((f) => f.test)).to.deep.equal(['CORE.data-fail']);
    const written = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { exitCode: number; targets: { counts: Record<string, number> }[] };
    expect(written.exitCode).to.equal(1);
    expect(written.targets[0]!.counts).to.include({ pass: 2, fail: 1, warn: 1, skip: 3 });
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(junit).to.match(/<testsuites name="govx" tests="7" failures="1" errors="0">/);
    expect(junit).to.contain('<failure message=');
    expect(server.seen.length).to.equal(4);
    for (const s of server.seen) expect(s.headers['user-agent']).to.equal(USER_AGENT('run-engine-test'));
  });

  it('writes no canary secret or ID number in clear to any file', async () => {
    const server = await node();
    const target = testTarget(server.url, { fixtures: { population: [{ idNumber: CANARY_ID, name: '张三' }] } });
    await runConformance(options({ targets: [target], argv: ['govx', 'run', '--note', CANARY_SECRET] }));
    const files = allFiles(out);
    expect(files.map((f) => f.slice(out.length + 1)).sort()).to.deep.equal(['junit.xml', 'results.ndjson', 'summary.json']);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.to.contain(CANARY_SECRET);
      expect(text, file).not.to.contain(CANARY_ID);
      expect(text, file).not.to.contain('张三');
    }
    expect(readFileSync(join(out, 'results.ndjson'), 'utf8')).to.contain('110105********002X');
  });

  it('plans optional classes from health, respects --classes and --grep, and skips a class for the wrong role', async () => {
    const server = await node({ conformance: ['CORE', 'DOCK'] });
    await runConformance(options({ targets: [testTarget(server.url)], grep: 'health|register' }));
    const r = byTest();
    expect([...r.keys()]).to.deep.equal(['CORE.health', 'DOCK.register']);
    expect(r.get('DOCK.register')!.outcome).to.equal('skip');
    expect(r.get('DOCK.register')!.message?.en).to.match(/^not applicable/);
    await runConformance(options({ targets: [testTarget(server.url)], classes: ['DOCK'] }));
    expect([...byTest().keys()]).to.deep.equal(['DOCK.register']);
  });

  it('runs several targets concurrently and keeps each target whole', async () => {
    const server = await node();
    const targets = ['a', 'b', 'c'].map((id) => testTarget(`${server.url}/${id}`, { id }));
    const summary = await runConformance(options({ targets, concurrency: 2, grep: 'health|data-ok' }));
    expect(summary.targets.map((s) => s.id)).to.deep.equal(['a', 'b', 'c']);
    expect(summary.exitCode).to.equal(0);
    expect(results().filter((x) => x.outcome === 'pass')).to.have.length(6);
    expect(lines().filter((l) => l.type === 'target-end')).to.have.length(3);
  });

  describe('waivers', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'govx-waivers-'));
      cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    });
    function waiverFile(text: string): string {
      const file = join(dir, 'waivers.yaml');
      writeFileSync(file, text);
      return file;
    }

    it('turns a matching failure into waived (exit 0), leaves a non-matching one, and ignores an expired one', async () => {
      const server = await node();
      const file = waiverFile(`waivers:
  - {target: loopback, rule: EIP-CORE-002, reason: known gap, approver: 王工, expires: "2999-12-31"}
  - {target: other-node, rule: EIP-CORE-001, reason: elsewhere, approver: 王工, expires: "2999-12-31"}
  - {target: "*", rule: EIP-CORE-011, reason: old, approver: 王工, expires: "2000-01-01"}
`);
      const summary = await runConformance(options({ targets: [testTarget(server.url)], waivers: file }));
      const r = byTest();
      expect(r.get('CORE.data-fail')!.outcome).to.equal('waived');
      expect(r.get('CORE.data-fail')!.waiver).to.deep.equal({ rule: 'EIP-CORE-002', reason: 'known gap', approver: '王工', expires: '2999-12-31' });
      expect(r.get('CORE.should-broken')!.outcome).to.equal('warn');
      expect(summary.exitCode).to.equal(0);
      expect(summary.waivers.applied).to.have.length(1);
      expect(summary.waivers.expired.map((w) => w.rule)).to.deep.equal(['EIP-CORE-011']);
    });

    it('refuses a malformed waiver file, naming the line', () => {
      const file = waiverFile('- target: loopback\n  rule: EIP-CORE-002\n  reason: x\n  approver: y\n  expires: soon\n');
      expect(() => loadWaivers(file)).to.throw(ConfigError, /^waivers\.yaml:5: expires: 'soon' is not a date/);
      const missing = waiverFile('- target: loopback\n  rule: EIP-CORE-002\n  reason: x\n  expires: "2999-01-01"\n');
      expect(() => loadWaivers(missing)).to.throw(ConfigError, /^waivers\.yaml:1: approver: missing/);
      const unknown = waiverFile('- target: loopback\n  rul: EIP-CORE-002\n');
      expect(() => loadWaivers(unknown)).to.throw(ConfigError, /^waivers\.yaml:2: rul: unknown key/);
    });
  });

  describe('targets that cannot be assessed end on their own with error outcomes', () => {
    const timeouts = { connectMs: 500, headersMs: 500, bodyMs: 500, totalMs: 2000 };

    async function expectAllErrors(baseUrl: string): Promise<void> {
      const summary = await runConformance(options({ targets: [testTarget(baseUrl)], timeouts, grep: 'health|data' }));
      const outcomes = results().map((x) => x.outcome);
      expect(outcomes).to.have.length(3);
      expect(outcomes.every((o) => o === 'error' || o === 'fail')).to.equal(true);
      expect(outcomes.filter((o) => o === 'error').length).to.be.at.least(2);
      expect(summary.exitCode).to.equal(1);
      expect(summary.targets[0]!.healthProblem).to.be.a('string');
      expect(lines().at(-1)!.type).to.equal('run-end');
    }

    it('a closed port', async () => {
      const probe = createNetServer();
      await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
      const port = (probe.address() as AddressInfo).port;
      await new Promise<void>((r) => probe.close(() => r()));
      await expectAllErrors(`http://127.0.0.1:${port}`);
      expect(results().every((x) => x.outcome === 'error')).to.equal(true);
    });

    it('a target that never answers', async () => {
      const sockets: Socket[] = [];
      const silent = createNetServer((s) => sockets.push(s));
      await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
      cleanup.push(() => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), silent.close(() => r()))));
      await expectAllErrors(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`);
      expect(results().every((x) => x.outcome === 'error')).to.equal(true);
    });

    it('a target answering HTML', async () => {
      const server = await startServer((_s, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<html><body>Welcome</body></html>');
      });
      cleanup.push(() => server.close());
      await expectAllErrors(server.url);
      const r = byTest();
      expect(r.get('CORE.health')!.outcome).to.equal('fail');
      expect(r.get('CORE.data-ok')!.outcome).to.equal('error');
      expect(r.get('CORE.data-ok')!.message?.en).to.contain('no EIP envelope');
    });
  });

  describe('output folder problems are one-line configuration errors', () => {
    it('an unwritable folder', async () => {
      const blocker = join(out, 'file');
      writeFileSync(blocker, 'x');
      const server = await node();
      try {
        await runConformance(options({ targets: [testTarget(server.url)], out: join(blocker, 'sub') }));
        expect.fail('expected a ConfigError');
      } catch (err) {
        expect(err).to.be.instanceOf(ConfigError);
        expect((err as Error).message).to.match(/^cannot write results to .*sub \(ENOTDIR\)/);
      }
    });

    it('a full disk (results.ndjson on /dev/full)', async function () {
      const server = await node();
      const dir = join(out, 'full');
      mkdirSync(dir);
      symlinkSync('/dev/full', join(dir, 'results.ndjson'));
      try {
        await runConformance(options({ targets: [testTarget(server.url)], out: dir }));
        expect.fail('expected a ConfigError');
      } catch (err) {
        expect(err).to.be.instanceOf(ConfigError);
        expect((err as Error).message).to.contain('ENOSPC');
        expect((err as Error).message.split('\n')).to.have.length(1);
      }
      expect(server.seen).to.have.length(0);
    });
  });
});
