import { expect } from 'chai';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { createClient, USER_AGENT, type TargetClient } from '../../src/http/client.js';
import { OriginLimits } from '../../src/http/limits.js';
import { probeLegacyTls } from '../../src/http/tls-probe.js';
import { parseRawQuery, verifySignature, type SignatureMethod } from '../../src/http/signing.js';
import { TransportError } from '../../src/engine/suite-api.js';
import type { Evidence } from '../../src/engine/types.js';
import { envelope, makePki, maxInWindow, startServer, testTarget, type Pki, type Recorder } from './helpers.js';

const RUN = 'run-test-0001';
const CANARY_ID = '11010519491231002X';
const CANARY_SECRET = 'canary-secret-9f8e7d6c';

describe('HTTP client', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    while (cleanup.length) await cleanup.pop()!();
  });
  async function serve(...args: Parameters<typeof startServer>): Promise<Recorder> {
    const rec = await startServer(...args);
    cleanup.push(() => rec.close());
    return rec;
  }
  function client(...args: Parameters<typeof createClient>): TargetClient {
    const c = createClient(...args);
    cleanup.push(() => c.close());
    return c;
  }
  async function transportError(p: Promise<unknown>): Promise<TransportError> {
    try {
      await p;
    } catch (err) {
      expect(err).to.be.instanceOf(TransportError);
      return err as TransportError;
    }
    throw new Error('expected a TransportError');
  }

  it('signs per EIP §3 (path prefix, query, body), identifies itself and sends a request id', async () => {
    const server = await serve((_req, res) => envelope(res, 200, '0', {}));
    const c = client(testTarget(server.url + '/tenant-a'), { runId: RUN });
    const res = await c.request({
      method: 'POST',
      path: '/gx/v1/population/query',
      query: [['updatedSince', '2026-01-01T00:00:00+08:00'], ['page', '2']],
      body: { idNumber: CANARY_ID },
      dataService: true,
    });
    await c.request({ method: 'GET', path: '/gx/v1/health', as: 'unsigned', signatureMethod: 'HMAC-SHA256' });
    expect(res.status).to.equal(200);
    expect(res.envelope?.code).to.equal('0');
    const [signed, unsigned] = server.seen;
    const [path, rawQuery] = signed!.url.split('?') as [string, string];
    expect(path).to.equal('/tenant-a/gx/v1/population/query');
    expect(rawQuery).to.contain('%2B08%3A00');
    const h = signed!.headers;
    const ok = verifySignature(
      {
        method: signed!.method,
        path,
        query: parseRawQuery(rawQuery)!,
        appKey: String(h['x-gx-appkey']),
        timestamp: String(h['x-gx-timestamp']),
        nonce: String(h['x-gx-nonce']),
        body: signed!.body,
        signatureMethod: h['x-gx-signature-method'] as SignatureMethod,
      },
      CANARY_SECRET,
      String(h['x-gx-signature']),
    );
    expect(ok).to.equal(true);
    expect(h['x-gx-signature-method']).to.equal('HMAC-SM3');
    expect(String(h['x-gx-nonce'])).to.match(/^[A-Za-z0-9]{16,64}$/);
    expect(decodeURIComponent(String(h['x-gx-purpose']))).to.equal('政务信息共享接口一致性测试');
    expect(String(h['x-request-id'])).to.match(/^[A-Za-z0-9_-]{1,64}$/);
    expect(res.requestId).to.equal(h['x-request-id']);
    expect(unsigned!.headers['x-gx-signature']).to.equal(undefined);
    for (const seen of server.seen) expect(seen.headers['user-agent']).to.equal(USER_AGENT(RUN));
    expect(USER_AGENT(RUN)).to.match(/^govx\/\d+\.\d+\.\d+ \(run run-test-0001\)$/);
  });

  it('lets a tamper test change the wire request after signing', async () => {
    const server = await serve((_req, res) => envelope(res, 401, '40102', null));
    const c = client(testTarget(server.url), { runId: RUN });
    const res = await c.request({
      method: 'GET',
      path: '/gx/v1/catalog/resources',
      requestId: null,
      expectRefusal: true,
      afterSign: (wire) => {
        wire.rawQuery = 'page=9';
        delete wire.headers['X-GX-Nonce'];
      },
    });
    expect(server.seen[0]!.url).to.equal('/gx/v1/catalog/resources?page=9');
    expect(server.seen[0]!.headers['x-gx-nonce']).to.equal(undefined);
    expect(server.seen[0]!.headers['x-request-id']).to.equal(undefined);
    expect(server.seen[0]!.headers['user-agent']).to.equal(USER_AGENT(RUN));
    expect(res.wire.rawQuery).to.equal('page=9');
  });

  it('redacts evidence at capture: signature, secrets, approval tickets and personal data', async () => {
    const server = await serve((_req, res) =>
      envelope(res, 200, '0', {
        idNumber: CANARY_ID,
        name: '张三丰',
        birthDate: '1949-12-31',
        address: '北京市朝阳区建国路88号',
        phone: '13812345678',
        echo: `secret was ${CANARY_SECRET}`,
      }),
    );
    const target = testTarget(server.url, {
      fixtures: { population: [{ idNumber: CANARY_ID, name: '张三丰' }], approvals: { 'r-1': 'APR-CANARY-7788' } },
      secrets: [CANARY_SECRET, 'APR-CANARY-7788'],
    });
    const c = client(target, { runId: RUN });
    const evidence: Evidence[] = [];
    c.onEvidence = (e) => evidence.push(e);
    await c.request({ method: 'GET', path: '/gx/v1/population/query', query: { idNumber: CANARY_ID, name: '张三丰' }, approval: 'APR-CANARY-7788', dataService: true });
    const text = JSON.stringify(evidence);
    expect(text).not.to.contain(CANARY_ID);
    expect(text).not.to.contain(CANARY_SECRET);
    expect(text).not.to.contain('APR-CANARY-7788');
    expect(text).not.to.contain('张三丰');
    expect(text).not.to.contain(encodeURIComponent('张三丰'));
    expect(text).not.to.contain('13812345678');
    expect(text).not.to.contain('1949-12-31');
    expect(text).not.to.contain('建国路88号');
    expect(text).to.contain('110105********002X');
    expect(text).to.contain('张**');
    expect(evidence[0]!.request.headers['X-GX-Signature']).to.equal('[redacted]');
    expect(evidence[0]!.response?.status).to.equal(200);
  });

  it('keeps the rate and the concurrency of the ICS', async () => {
    const server = await serve((_req, res) => void setTimeout(() => envelope(res, 200, '0', {}), 30));
    const c = client(testTarget(server.url, { limits: { rps: 5, concurrency: 2, maxRequests: 100 } }), { runId: RUN });
    await Promise.all(Array.from({ length: 12 }, () => c.request({ method: 'GET', path: '/gx/v1/catalog/resources' })));
    expect(server.seen).to.have.length(12);
    expect(maxInWindow(server.seen.map((s) => s.at), 1000)).to.be.at.most(5);
    expect(server.maxConcurrent).to.be.at.most(2);
    expect(c.requestCount).to.equal(12);
  });

  it('keeps concurrency when the rate would allow more', async () => {
    const server = await serve((_req, res) => void setTimeout(() => envelope(res, 200, '0', {}), 80));
    const c = client(testTarget(server.url, { limits: { rps: 1000, concurrency: 3, maxRequests: 100 } }), { runId: RUN });
    await Promise.all(Array.from({ length: 12 }, () => c.request({ method: 'GET', path: '/x' })));
    expect(server.maxConcurrent).to.equal(3);
  });

  it('caps the sum of targets sharing an origin with --max-rps-per-origin', async () => {
    const server = await serve((_req, res) => envelope(res, 200, '0', {}));
    const origin = new OriginLimits(4);
    const a = client(testTarget(server.url + '/a', { limits: { rps: 10, concurrency: 2, maxRequests: 100 } }), { runId: RUN, originLimits: origin });
    const b = client(testTarget(server.url + '/b', { limits: { rps: 10, concurrency: 2, maxRequests: 100 } }), { runId: RUN, originLimits: origin });
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).request({ method: 'GET', path: '/x' })));
    expect(maxInWindow(server.seen.map((s) => s.at), 1000)).to.be.at.most(4);
  });

  it('stops at the request budget', async () => {
    const server = await serve((_req, res) => envelope(res, 200, '0', {}));
    const c = client(testTarget(server.url, { limits: { rps: 100, concurrency: 1, maxRequests: 3 } }), { runId: RUN });
    for (let i = 0; i < 3; i++) await c.request({ method: 'GET', path: '/x' });
    const err = await transportError(c.request({ method: 'GET', path: '/x' }));
    expect(err.code).to.equal('BUDGET_EXHAUSTED');
    expect(server.seen).to.have.length(3);
  });

  it('honours Retry-After (up to the cap) before the next request', async () => {
    const server = await serve((_req, res, i) => (i === 0 ? envelope(res, 429, '42901', null, { 'Retry-After': '1' }) : envelope(res, 200, '0', {})));
    const c = client(testTarget(server.url, { limits: { rps: 100, concurrency: 1, maxRequests: 10 } }), { runId: RUN, retryAfterCapMs: 5000 });
    const first = await c.request({ method: 'GET', path: '/x' });
    expect(first.status).to.equal(429);
    await c.request({ method: 'GET', path: '/x' });
    expect(server.seen[1]!.at - server.seen[0]!.at).to.be.at.least(990);
  });

  it('opens the circuit breaker after repeated failures, but not for expected refusals', async () => {
    const server = await serve((_req, res) => envelope(res, 500, '50001', null));
    const breaker = { threshold: 3, cooldownMs: 60_000 };
    const c = client(testTarget(server.url), { runId: RUN, breaker });
    for (let i = 0; i < 4; i++) await c.request({ method: 'GET', path: '/refused', expectRefusal: true });
    expect(server.seen).to.have.length(4);
    for (let i = 0; i < 3; i++) await c.request({ method: 'GET', path: '/x' });
    const err = await transportError(c.request({ method: 'GET', path: '/x' }));
    expect(err.code).to.equal('CIRCUIT_OPEN');
    expect(server.seen).to.have.length(7);
    expect(c.stats.breakerTrips).to.equal(1);
  });

  it('refuses writes unless the ICS allows them', async () => {
    const server = await serve((_req, res) => envelope(res, 201, '0', {}));
    const ro = client(testTarget(server.url), { runId: RUN });
    expect((await transportError(ro.request({ method: 'POST', path: '/gx/v1/dock/nodes', body: {}, writes: true }))).code).to.equal('WRITES_NOT_ALLOWED');
    expect(server.seen).to.have.length(0);
    const rw = client(testTarget(server.url, { allowWrites: true }), { runId: RUN });
    expect((await rw.request({ method: 'POST', path: '/gx/v1/dock/nodes', body: {}, writes: true })).status).to.equal(201);
  });

  it('turns a closed port, a silent server and an oversized body into transport errors', async () => {
    const closed = createNetServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const refused = client(testTarget(`http://127.0.0.1:${closedPort}`), { runId: RUN });
    expect((await transportError(refused.request({ method: 'GET', path: '/gx/v1/health' }))).code).to.equal('ECONNREFUSED');

    const sockets: Socket[] = [];
    const silent: NetServer = createNetServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    cleanup.push(() => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), silent.close(() => r()))));
    const slow = client(testTarget(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`), { runId: RUN, timeouts: { headersMs: 300 } });
    expect((await transportError(slow.request({ method: 'GET', path: '/gx/v1/health' }))).code).to.equal('HEADERS_TIMEOUT');

    const big = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(Buffer.alloc(64 * 1024, 0x20));
    });
    const capped = client(testTarget(big.url), { runId: RUN, maxResponseBytes: 1024 });
    expect((await transportError(capped.request({ method: 'GET', path: '/x' }))).code).to.equal('RESPONSE_TOO_LARGE');
  });

  it('records connection reuse', async () => {
    const server = await serve((_req, res) => envelope(res, 200, '0', {}));
    const c = client(testTarget(server.url, { limits: { rps: 100, concurrency: 1, maxRequests: 10 } }), { runId: RUN });
    const first = await c.request({ method: 'GET', path: '/x' });
    const second = await c.request({ method: 'GET', path: '/x' });
    expect(first.connectionReused).to.equal(false);
    expect(second.connectionReused).to.equal(true);
    expect(c.stats.connections).to.equal(1);
  });

  describe('TLS', () => {
    let pki: Pki;
    before(function () {
      try {
        pki = makePki();
      } catch {
        // openssl is part of the documented test environment; without it these tests cannot run.
        throw new Error('openssl is needed to generate the test PKI');
      }
    });
    after(() => rmSync(pki.dir, { recursive: true, force: true }));

    async function httpsServer(requireClientCert: boolean): Promise<Recorder> {
      const server = createHttpsServer({
        key: pki.read(pki.serverKey),
        cert: pki.read(pki.serverCert),
        ...(requireClientCert ? { ca: pki.read(pki.ca), requestCert: true, rejectUnauthorized: true } : {}),
      });
      return serve((_req, res) => envelope(res, 200, '0', {}), server, 'https');
    }

    it('trusts a private CA only when tls.ca is given, and records TLS facts', async () => {
      const server = await httpsServer(false);
      const without = client(testTarget(server.url), { runId: RUN });
      const err = await transportError(without.request({ method: 'GET', path: '/gx/v1/health' }));
      expect(err.code).to.match(/^TLS:/);
      const withCa = client(testTarget(server.url, { tls: { ca: pki.ca } }), { runId: RUN });
      const res = await withCa.request({ method: 'GET', path: '/gx/v1/health' });
      expect(res.status).to.equal(200);
      expect(res.tls?.authorized).to.equal(true);
      expect(res.tls?.protocol).to.match(/^TLSv1\.[23]$/);
      expect(res.tls?.daysToExpiry).to.be.within(18, 20);
      expect(withCa.stats.tls?.validTo).to.be.a('string');
    });

    it('presents a client certificate for mutual TLS', async () => {
      const server = await httpsServer(true);
      const anonymous = client(testTarget(server.url, { tls: { ca: pki.ca } }), { runId: RUN });
      await transportError(anonymous.request({ method: 'GET', path: '/gx/v1/health' }));
      const mutual = client(testTarget(server.url, { tls: { ca: pki.ca, cert: pki.clientCert, key: pki.clientKey } }), { runId: RUN });
      expect((await mutual.request({ method: 'GET', path: '/gx/v1/health' })).status).to.equal(200);
      expect(server.seen).to.have.length(1);
    });

    async function tlsServer(options: { minVersion: 'TLSv1' | 'TLSv1.2'; maxVersion: 'TLSv1' | 'TLSv1.3' }): Promise<string> {
      const server: TlsServer = createTlsServer({
        key: pki.read(pki.serverKey),
        cert: pki.read(pki.serverCert),
        ciphers: 'DEFAULT@SECLEVEL=0',
        ...options,
      });
      server.on('secureConnection', (s) => s.end());
      server.on('tlsClientError', () => undefined);
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      cleanup.push(() => new Promise<void>((r) => server.close(() => r())));
      return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }

    it('the legacy-TLS probe sees a TLS 1.0 server accept and a TLS 1.2+ server refuse', async () => {
      const legacy = await probeLegacyTls(await tlsServer({ minVersion: 'TLSv1', maxVersion: 'TLSv1' }), { timeoutMs: 3000 });
      expect(legacy.find((r) => r.version === 'TLSv1')?.accepted).to.equal(true);
      const modern = await probeLegacyTls(await tlsServer({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' }), { timeoutMs: 3000 });
      expect(modern.map((r) => r.accepted)).to.deep.equal([false, false]);
    });
  });
});
