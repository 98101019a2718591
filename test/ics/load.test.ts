import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadIcs, icsDigest } from '../../src/ics/index.js';
import { ConfigError } from '../../src/errors.js';

const FIXTURES = new URL('../fixtures/ics/', import.meta.url).pathname;

const BASE = `id: t1
name: Test node
region: "330100"
role: DEPARTMENT
baseUrl: http://127.0.0.1:1
environment: test
auth:
  appKey: app-001
  secret: \${GOVX_T_SECRET}
`;

describe('ICS loading', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'govx-ics-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, text: string): string {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  }

  function loadError(text: string, env: NodeJS.ProcessEnv = { GOVX_T_SECRET: 's3cret-value' }): string {
    const file = write('targets.yaml', text);
    try {
      loadIcs(file, { env });
    } catch (err) {
      expect(err).to.be.instanceOf(ConfigError);
      return (err as Error).message;
    }
    throw new Error('expected a ConfigError');
  }

  it('loads a complete target, resolving secrets from .env beside the ICS and applying defaults', () => {
    const [target, ...rest] = loadIcs(join(FIXTURES, 'department.yaml'), { env: {} });
    expect(rest).to.have.length(0);
    expect(target!.id).to.equal('zj-hz-rsj');
    expect(target!.baseUrl).to.equal('http://127.0.0.1:8080');
    expect(target!.auth.secret).to.equal('fixture-secret-one');
    expect(target!.auth.signatureMethod).to.equal('HMAC-SM3');
    expect(target!.auth.ungranted).to.deep.equal({ appKey: 'app-002', secret: 'fixture-secret-two', signatureMethod: 'HMAC-SM3' });
    expect(target!.quota?.perSecond).to.equal(5);
    expect(target!.purpose).to.equal('政务信息共享接口一致性测试');
    expect(target!.limits).to.deep.equal({ rps: 5, concurrency: 2, maxRequests: 500 });
    expect(target!.fixtures.absent?.population).to.deep.equal(['110105194912310061']);
    expect(target!.secrets).to.include.members(['fixture-secret-one', 'fixture-secret-two', 'fixture-secret-three', 'APR-0001']);
  });

  it('loads a list of many targets sharing blocks through YAML anchors and aliases', () => {
    const target = (i: number, shared: string) =>
      `- id: t${i}\n  name: node ${i}\n  region: "330100"\n  role: DEPARTMENT\n  baseUrl: http://127.0.0.1:${9000 + i}\n  environment: test\n${shared}`;
    const first = target(0, '  auth: &auth {appKey: app-001, secret: "${GOVX_T_SECRET}"}\n  limits: &limits {rps: 5, concurrency: 2, maxRequests: 100}\n');
    const rest = Array.from({ length: 299 }, (_, i) => target(i + 1, '  auth: *auth\n  limits: *limits\n'));
    const targets = loadIcs(write('many.yaml', [first, ...rest].join('')), { env: { GOVX_T_SECRET: 's3cret-value' } });
    expect(targets).to.have.length(300);
    expect(targets[299]!.auth.secret).to.equal('s3cret-value');
    expect(targets[299]!.limits.maxRequests).to.equal(100);
  });

  it('prefers the environment over .env', () => {
    const [target] = loadIcs(join(FIXTURES, 'department.yaml'), { env: { GOVX_FIXTURE_SECRET: 'from-env' } });
    expect(target!.auth.secret).to.equal('from-env');
  });

  it('loads a list and a folder, and names each target by file and index', () => {
    const list = loadIcs(join(FIXTURES, 'list.yaml'), { env: { GOVX_FIXTURE_SECRET: 'x' } });
    expect(list.map((t) => t.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(list[3]!.classes).to.deep.equal(['CORE', 'POP']);
    expect(list[1]!.source).to.match(/list\.yaml\[1\]$/);
    expect(list[1]!.auth.signatureMethod).to.equal('HMAC-SHA256');
    expect(list[0]!.limits).to.deep.equal({ rps: 5, concurrency: 2, maxRequests: 2000 });
    const all = loadIcs(FIXTURES, { env: {} });
    expect(all.map((t) => t.id)).to.deep.equal(['zj-hz-rsj', 'a', 'b', 'c', 'd']);
  });

  it('names file, line and field for a bad value', () => {
    const msg = loadError(BASE + 'limits:\n  rps: -1\n');
    expect(msg).to.equal('targets.yaml:11: limits.rps: must be a positive number');
  });

  it('rejects an unknown key with its line', () => {
    const msg = loadError(BASE + 'limits:\n  maxRequest: 10\n');
    expect(msg).to.match(/^targets\.yaml:11: limits\.maxRequest: unknown key; allowed here: rps, concurrency, maxRequests$/);
  });

  it('names a missing required field', () => {
    const msg = loadError(BASE.replace('region: "330100"\n', ''));
    expect(msg).to.match(/^targets\.yaml:1: region: missing/);
  });

  it('refuses a literal secret and says to use ${ENV}', () => {
    const msg = loadError(BASE.replace('${GOVX_T_SECRET}', 'plain-secret'));
    expect(msg).to.match(/^targets\.yaml:9: auth\.secret: a literal secret is not allowed/);
    expect(msg).to.contain('${');
    expect(msg).not.to.contain('plain-secret');
  });

  it('names a missing environment variable', () => {
    const msg = loadError(BASE, {});
    expect(msg).to.match(/^targets\.yaml:9: auth\.secret: environment variable GOVX_T_SECRET is not set/);
    expect(msg.split('\n')).to.have.length(1);
  });

  it('reports YAML syntax errors with a line', () => {
    const msg = loadError(BASE + 'limits: {rps: 5\n');
    expect(msg).to.match(/^targets\.yaml:\d+: not valid YAML/);
  });

  it('refuses duplicate target ids', () => {
    write('a.yaml', BASE);
    write('b.yaml', BASE);
    expect(() => loadIcs(dir, { env: { GOVX_T_SECRET: 'x' } })).to.throw(ConfigError, /target id 't1' is already used/);
  });

  it('checks that TLS files exist, relative to the ICS', () => {
    const msg = loadError(BASE + 'tls: {ca: ./nope.pem}\n');
    expect(msg).to.match(/^targets\.yaml:10: tls\.ca: file \.\/nope\.pem not found/);
    write('ca.pem', 'x');
    const [target] = loadIcs(write('ok.yaml', BASE + 'tls: {ca: ./ca.pem}\n'), { env: { GOVX_T_SECRET: 'x' } });
    expect(target!.tls?.ca).to.equal(join(dir, 'ca.pem'));
  });

  it('keeps the digest when only a secret value changes, and changes it when a tested field does', () => {
    const file = write('t.yaml', BASE);
    const [a] = loadIcs(file, { env: { GOVX_T_SECRET: 'one' } });
    const [b] = loadIcs(file, { env: { GOVX_T_SECRET: 'two' } });
    expect(icsDigest(a!)).to.match(/^[0-9a-f]{64}$/);
    expect(icsDigest(a!)).to.equal(icsDigest(b!));
    const [c] = loadIcs(write('u.yaml', BASE.replace('app-001', 'app-009')), { env: { GOVX_T_SECRET: 'one' } });
    expect(icsDigest(c!)).not.to.equal(icsDigest(a!));
  });
});
