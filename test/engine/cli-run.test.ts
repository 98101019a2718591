import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { govx } from '../helpers/cli.js';
import { envelope, startServer, type Recorder } from '../http/helpers.js';

describe('govx run (CLI)', function () {
  this.timeout(60_000);
  let dir: string;
  let server: Recorder;
  before(async () => {
    server = await startServer((seen, res) => {
      if (seen.url === '/gx/v1/health') {
        return envelope(res, 200, '0', { status: 'UP', role: 'DEPARTMENT', nodeId: 'D-330100-CLI', profileVersion: '1.0', time: new Date().toISOString(), conformance: ['CORE', 'SEC', 'CAT'] });
      }
      envelope(res, 404, '40400', null);
    });
  });
  after(() => server.close());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'govx-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function ics(limits = '{rps: 100, concurrency: 2, maxRequests: 200}'): string {
    const file = join(dir, 'targets.yaml');
    writeFileSync(
      file,
      `id: cli-node\nname: CLI node\nregion: "330100"\nrole: DEPARTMENT\nbaseUrl: ${server.url}\nenvironment: test\nauth: {appKey: app-001, secret: "\${GOVX_CLI_SECRET}"}\nlimits: ${limits}\n`,
    );
    writeFileSync(join(dir, '.env'), 'GOVX_CLI_SECRET=cli-canary-secret-55aa\n');
    return file;
  }

  it('exits 2 with one line for a bad ICS, a bad --classes and a missing --ics', async () => {
    const bad = await govx(['run', '--ics', ics('{rps: 0}')]);
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.match(/^govx: targets\.yaml:8: limits\.rps: must be a positive number$/m);
    expect(bad.stderr.trim().split('\n')).to.have.length(1);
    const classes = await govx(['run', '--ics', ics(), '--classes', 'CORE,NOPE']);
    expect(classes.code).to.equal(2);
    expect(classes.stderr).to.contain('NOPE');
    expect((await govx(['run'])).code).to.equal(2);
  });

  it('runs the real suites selected by --classes and --grep, writes the results folder, exits by verdict', async () => {
    const out = join(dir, 'out');
    const res = await govx(['run', '--ics', ics(), '--classes', 'CORE', '--grep', 'health', '--out', out, '--lang', 'en']);
    expect([0, 1]).to.include(res.code);
    expect(res.stdout).to.match(/^cli-node {2}(conformant|not conformant|not assessed) {2}grade [A-D]/);
    expect(res.stdout).to.contain(`results: ${out}`);
    const lines = readFileSync(join(out, 'results.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; class?: string; command?: string });
    const results = lines.filter((l) => l.type === 'result');
    expect(results.length).to.be.greaterThan(0);
    expect(results.every((r) => r.class === 'CORE')).to.equal(true);
    expect(lines[0]!.command).to.contain('--grep health');
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { exitCode: number };
    expect(summary.exitCode).to.equal(res.code);
    for (const file of ['results.ndjson', 'summary.json', 'junit.xml']) expect(readFileSync(join(out, file), 'utf8')).not.to.contain('cli-canary-secret-55aa');
  });
});
