// govx replay: three failures of a fault-injected reference department reproduce, signed afresh, with no
// secret and no raw personal identifier in the output; a clean node makes the outcome differ (exit 1);
// --show sends nothing; usage errors are one line, exit 2.
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConformance } from '../../src/engine/index.js';
import { startReferenceNodes, type ReferenceHandle } from '../../src/reference/index.js';
import { envelope, startServer, type Recorder } from '../http/helpers.js';
import { govx, readResults, resultsOf } from './helpers.js';

const FAULTS = ['core-stack-traces', 'sec-replay-accepted', 'sec-error-echoes-identifier'];
const FAILING = ['CORE.no-stack-traces', 'SEC.replayed-nonce', 'SEC.no-identifier-echo'];

describe('govx replay', function () {
  this.timeout(180_000);
  let dir: string;
  let faulty: ReferenceHandle;
  let ics: string;
  let out: string;
  /** Values that must never reach replay output: the ICS secrets and the fixtures' raw ID numbers. */
  let forbidden: string[];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govx-replay-'));
    faulty = await startReferenceNodes({ role: 'department', port: 0, seed: 1, faults: FAULTS });
    ics = join(dir, 'faulty', 'targets.yaml');
    await faulty.writeIcs(ics);
    out = join(dir, 'results');
    await runConformance({ ics, out, classes: ['CORE', 'SEC'], grep: 'no-stack-traces|replayed-nonce|no-identifier-echo|content-type', progress: 'none', lang: 'en' });
    const fixtures = (faulty.ics[0] as { fixtures: { population: { idNumber: string }[] } }).fixtures;
    forbidden = [...Object.values(faulty.env), ...fixtures.population.map((p) => p.idNumber)];
  });
  after(async () => {
    await faulty.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the run recorded the three injected failures', () => {
    const results = resultsOf(readResults(out), 'ref-department');
    for (const id of FAILING) expect(results.find((r) => r.test === id)?.outcome, id).to.equal('fail');
  });

  for (const id of FAILING) {
    it(`reproduces ${id} (exit 0) with every exchange redacted and nothing secret in the output`, async () => {
      const res = await govx(['replay', out, id, '--ics', ics, '--lang', 'en']);
      expect(res.code, res.stdout + res.stderr).to.equal(0);
      expect(res.stdout).to.contain(`recorded (run `);
      expect(res.stdout).to.match(/replayed \(run replay-[^)]+\): fail — /);
      expect(res.stdout).to.contain('reproduced: same outcome as recorded');
      expect(res.stdout).to.match(/\[1\] → (GET|POST) http:\/\/127\.0\.0\.1:\d+\/gx\/v1\//);
      expect(res.stdout).to.match(/← \d{3}/);
      expect(res.stdout).to.contain('X-GX-Signature: [redacted]');
      expect(res.stdout).to.match(/User-Agent: govx\/[^ ]+ \(run replay-/);
      for (const value of forbidden) expect(res.stdout + res.stderr, 'a secret or a raw ID number').not.to.contain(value);
    });
  }

  it('signs afresh: the replayed nonce is not the recorded one (a replayed nonce would be refused)', async () => {
    const recorded = resultsOf(readResults(out), 'ref-department').find((r) => r.test === 'SEC.no-identifier-echo')!;
    const recordedNonces = recorded.evidence.map((e) => e.request.headers['X-GX-Nonce']).filter(Boolean);
    expect(recordedNonces.length).to.be.greaterThan(0);
    const res = await govx(['replay', out, 'SEC.no-identifier-echo', '--ics', ics]);
    const replayedNonces = [...res.stdout.matchAll(/X-GX-Nonce: (\S+)/g)].map((m) => m[1]);
    expect(replayedNonces.length).to.be.greaterThan(0);
    for (const n of replayedNonces) expect(recordedNonces).not.to.include(n);
    expect(res.stdout).to.contain('结果复现');
  });

  it('exits 1 when the outcome differs: the same target, fixed', async () => {
    const fixed = await startReferenceNodes({ role: 'department', port: 0, seed: 1 });
    try {
      const fixedIcs = join(dir, 'fixed', 'targets.yaml');
      await fixed.writeIcs(fixedIcs);
      const res = await govx(['replay', out, 'SEC.replayed-nonce', '--ics', fixedIcs, '--lang', 'en']);
      expect(res.code, res.stdout + res.stderr).to.equal(1);
      expect(res.stdout).to.match(/replayed \(run [^)]+\): pass/);
      expect(res.stdout).to.contain('differs: not the recorded outcome');
    } finally {
      await fixed.close();
    }
  });

  describe('--show', () => {
    let server: Recorder;
    before(async () => {
      server = await startServer((_seen, res) => envelope(res, 500, '50001', null));
    });
    after(() => server.close());

    it('builds and signs the first request and prints it redacted, sending nothing', async () => {
      // The faulty run's ICS, pointed at a recording server: whatever reached it would be sent.
      const showIcs = join(dir, 'show', 'targets.yaml');
      await faulty.writeIcs(showIcs);
      const text = readFileSync(showIcs, 'utf8').replace(/baseUrl: http:\/\/127\.0\.0\.1:\d+/, `baseUrl: ${server.url}`);
      writeFileSync(showIcs, text);
      const res = await govx(['replay', out, 'SEC.no-identifier-echo', '--ics', showIcs, '--show', '--lang', 'en']);
      expect(res.code, res.stderr).to.equal(0);
      expect(server.seen).to.have.length(0);
      expect(res.stdout).to.contain('--show: rebuilt from the ICS and signed afresh, not sent');
      expect(res.stdout).to.match(/\[1\] → (GET|POST) /);
      expect(res.stdout).to.contain('X-GX-Signature: [redacted]');
      expect(res.stdout).to.match(/X-GX-Nonce: \S+/);
      expect(res.stdout).not.to.contain('←');
      expect(res.stdout).to.contain('nothing was sent (--show)');
      for (const value of forbidden) expect(res.stdout).not.to.contain(value);
    });
  });

  it('exits 2 with one line for an unknown test, a target not in the ICS, a wrong --target and a missing folder', async () => {
    const cases: [string[], RegExp][] = [
      [['replay', out, 'POP.nope', '--ics', ics], /test 'POP\.nope' is not in .*results\.ndjson/],
      [['replay', out, 'CORE.no-stack-traces', '--ics', ics, '--target', 'elsewhere'], /not recorded for target 'elsewhere'/],
      [['replay', join(dir, 'no-such-folder'), 'CORE.no-stack-traces', '--ics', ics], /results folder not found/],
    ];
    const otherIcs = join(dir, 'other.yaml');
    writeFileSync(otherIcs, `id: someone-else\nname: Other\nregion: "330100"\nrole: DEPARTMENT\nbaseUrl: http://127.0.0.1:9\nenvironment: test\nauth: {appKey: app-001, secret: "\${GOVX_REPLAY_OTHER}"}\n`);
    writeFileSync(join(dir, '.env'), 'GOVX_REPLAY_OTHER=other-canary-secret-99cc\n');
    cases.push([['replay', out, 'CORE.no-stack-traces', '--ics', otherIcs], /target 'ref-department' is not in the ICS/]);
    for (const [args, message] of cases) {
      const res = await govx(args);
      expect(res.code, args.join(' ')).to.equal(2);
      expect(res.stderr).to.match(message);
      expect(res.stderr.trim().split('\n'), args.join(' ')).to.have.length(1);
      expect(res.stdout).to.equal('');
    }
  });
});
