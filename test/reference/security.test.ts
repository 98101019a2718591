// EIP §3 on the reference department: the profile's signing vectors verify against the node's verifier,
/* eslint-disable @typescript-eslint/no-explicit-any -- test code reads loosely typed JSON answers and ICS objects */
// and every negative case gets its documented status and code.
import { expect } from 'chai';
import { authenticate } from '../../src/reference/auth.js';
import { FaultSet } from '../../src/reference/faults/index.js';
import { NonceStore } from '../../src/reference/state.js';
import { startReferenceNodes, type ReferenceHandle } from '../../src/reference/index.js';
import { parseRawQuery } from '../../src/http/signing.js';
import type { RequestCtx } from '../../src/reference/context.js';
import { TestClient, type Creds } from './client.js';

const VECTOR_TS = 1764806400000;
const DEMO_KEY = { appKey: 'demo-app', secret: 'demo-secret-0123456789', envName: 'X', grantsAll: true };

function vectorCtx(method: string, path: string, rawQuery: string, body: string, headers: Record<string, string>): RequestCtx {
  return {
    method,
    wirePath: path,
    path,
    rawQuery,
    query: parseRawQuery(rawQuery)!,
    params: {},
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
    rawHeaders: Object.entries(headers).flat(),
    body: Buffer.from(body, 'utf8'),
    requestId: 'r1',
    now: VECTOR_TS + 1000,
    faults: new FaultSet(),
  };
}

describe('reference nodes: EIP §3 signing vectors', () => {
  const deps = () => ({ keys: new Map([[DEMO_KEY.appKey, DEMO_KEY]]), nonces: new NonceStore(), faults: new FaultSet(), methods: ['HMAC-SM3', 'HMAC-SHA256'] as const });
  const headers = (nonce: string, method: string, signature: string) => ({
    'X-GX-AppKey': 'demo-app',
    'X-GX-Timestamp': String(VECTOR_TS),
    'X-GX-Nonce': nonce,
    'X-GX-Signature-Method': method,
    'X-GX-Signature': signature,
  });
  const body = '{"idNumber":"11010519491231002X"}';

  it('vector 1 verifies with HMAC-SM3 and HMAC-SHA256', () => {
    for (const [m, sig] of [
      ['HMAC-SM3', 'c18099594704bad9bfeee26f7c32b52cbf0009d0177e579c801be35e2a4b6111'],
      ['HMAC-SHA256', 'bed4ab22eb84f76a8fa9e1065177f05b76165c4fbf01087197b1665428112615'],
    ] as const) {
      const ctx = vectorCtx('POST', '/gx/v1/population/query', '', body, headers('n0nce0000000000001', m, sig));
      expect(authenticate(ctx, deps()).appKey).to.equal('demo-app');
    }
  });

  it('vector 2 verifies with its query sent as %2B', () => {
    const ctx = vectorCtx('GET', '/gx/v1/catalog/resources', 'size=50&page=2&updatedSince=2026-01-01T00:00:00%2B08:00', '', headers('n0nce0000000000002', 'HMAC-SM3', '99debc20ba86e98e622b0a1deef022b18aa19aa6951b886674b2daf35dfc20e9'));
    expect(authenticate(ctx, deps()).appKey).to.equal('demo-app');
  });

  it('a vector with one bit of the signature changed is refused 40102', () => {
    const ctx = vectorCtx('POST', '/gx/v1/population/query', '', body, headers('n0nce0000000000001', 'HMAC-SM3', 'c18099594704bad9bfeee26f7c32b52cbf0009d0177e579c801be35e2a4b6110'));
    expect(() => authenticate(ctx, deps())).to.throw().with.property('code', '40102');
  });
});

describe('reference department: §3 negative cases', () => {
  let h: ReferenceHandle;
  let c: TestClient;
  let ungranted: Creds;
  let quota: Creds;
  let approval: string;
  let person: { idNumber: string; name: string };
  const skewMs = { value: 0 };

  before(async () => {
    h = await startReferenceNodes({ role: 'department', port: 0, seed: 3, clock: () => Date.now() + skewMs.value });
    const ics = h.ics[0] as any;
    c = new TestClient(h.departmentUrl!, { appKey: ics.auth.appKey, secret: h.env.GX_REF_SECRET! });
    ungranted = { appKey: ics.auth.ungranted.appKey, secret: h.env.GX_REF_SECRET_UNGRANTED! };
    quota = { appKey: ics.quota.appKey, secret: h.env.GX_REF_SECRET_QUOTA! };
    approval = Object.values(ics.fixtures.approvals)[0] as string;
    person = ics.fixtures.population[0];
  });
  after(() => h.close());

  const pop = (over: Parameters<TestClient['call']>[0] | object = {}) => c.call({ path: '/gx/v1/population/query', body: { idNumber: person.idNumber }, ...over });
  const expectCode = (a: { status: number; json?: { code: string } }, status: number, code: string) => {
    expect(a.status, JSON.stringify(a.json)).to.equal(status);
    expect(a.json?.code).to.equal(code);
  };

  it('a valid signed request is served, with X-Request-Id echoed', async () => {
    const a = await pop({ headers: { 'X-Request-Id': 'req-abc_1' } });
    expectCode(a, 200, '0');
    expect(a.headers['x-request-id']).to.equal('req-abc_1');
    expect(a.json?.requestId).to.equal('req-abc_1');
    expect(a.headers['cache-control']).to.equal('no-store');
  });

  for (const name of ['X-GX-AppKey', 'X-GX-Timestamp', 'X-GX-Nonce', 'X-GX-Signature-Method', 'X-GX-Signature']) {
    it(`missing ${name} gets 401 / 40101`, async () => expectCode(await pop({ headers: { [name]: undefined } }), 401, '40101'));
  }
  it('a nonce of the wrong form counts as missing (40101)', async () => expectCode(await pop({ nonce: 'short' }), 401, '40101'));
  it('an unknown AppKey gets 40105', async () => expectCode(await pop({ creds: { appKey: 'nobody', secret: 'x' } }), 401, '40105'));
  it('an unsupported signature method gets 40106', async () => expectCode(await pop({ headers: { 'X-GX-Signature-Method': 'HMAC-MD5' } }), 401, '40106'));
  it('HMAC-SHA256 is accepted too', async () => expectCode(await pop({ signatureMethod: 'HMAC-SHA256' }), 200, '0'));
  it('a wrong signature gets 40102', async () => expectCode(await pop({ headers: { 'X-GX-Signature': 'ab'.repeat(32) } }), 401, '40102'));
  it('a body changed after signing gets 40102', async () =>
    expectCode(await pop({ tamper: (w) => (w.body = Buffer.from(JSON.stringify({ idNumber: person.idNumber }) + ' ')) }), 401, '40102'));
  it('a query changed after signing gets 40102', async () =>
    expectCode(await c.call({ path: '/gx/v1/catalog/resources', query: [['page', '1']], tamper: (w) => (w.rawQuery = 'page=2') }), 401, '40102'));
  it('a path changed after signing gets 40102', async () => {
    const codes = (h.ics[0] as any).fixtures.eCertificate.map((e: any) => e.certificateId);
    const a = await c.call({ path: `/gx/v1/e-certificates/${codes[0]}`, tamper: (w) => (w.path = w.path.replace(codes[0], codes[1])) });
    expectCode(a, 401, '40102');
  });
  it('a method changed after signing gets 40102 or 40400', async () => {
    const a = await c.call({ path: '/gx/v1/catalog/resources', tamper: (w) => (w.method = 'POST') });
    expect([401, 404]).to.include(a.status);
  });
  it('a timestamp ±900 s off gets 40103; ±120 s is accepted', async () => {
    expectCode(await pop({ timestamp: Date.now() + 900_000 }), 401, '40103');
    expectCode(await pop({ timestamp: Date.now() - 900_000 }), 401, '40103');
    expectCode(await pop({ timestamp: Date.now() + 120_000 }), 200, '0');
    expectCode(await pop({ timestamp: Date.now() - 120_000 }), 200, '0');
  });
  it('the window follows the node clock, not the caller', async () => {
    skewMs.value = 900_000;
    try {
      expectCode(await pop(), 401, '40103');
    } finally {
      skewMs.value = 0;
    }
  });
  it('a replayed nonce gets 40104 even with a valid signature', async () => {
    const nonce = 'replay' + Date.now().toString(36) + 'abcdefgh';
    expectCode(await pop({ nonce }), 200, '0');
    expectCode(await pop({ nonce }), 401, '40104');
  });
  it('an ungranted AppKey gets 40301', async () => expectCode(await pop({ creds: ungranted }), 403, '40301'));
  it('no purpose gets 40002; an over-long or badly encoded one too', async () => {
    expectCode(await pop({ purpose: null }), 400, '40002');
    expectCode(await pop({ purpose: '用'.repeat(201) }), 400, '40002');
    expectCode(await pop({ purpose: null, headers: { 'X-GX-Purpose': '%E7%94' } }), 400, '40002');
  });
  it('a CONDITIONAL resource needs the approval ticket for this key and resource (40302)', async () => {
    const path = '/gx/v1/services/housing-fund/summary';
    expectCode(await c.call({ path }), 403, '40302');
    expectCode(await c.call({ path, approval: 'APR-WRONG' }), 403, '40302');
    expectCode(await c.call({ path, approval }), 200, '0');
  });
  it('a NONE resource gets 40303 whatever the grants', async () => {
    expectCode(await c.call({ path: '/gx/v1/services/tax-violations' }), 403, '40303');
    expectCode(await c.call({ path: '/gx/v1/services/tax-violations', creds: ungranted }), 403, '40303');
  });
  it('a defined path with an undefined method gets 40400; an unknown path 40400', async () => {
    expectCode(await c.call({ method: 'DELETE', path: '/gx/v1/catalog/resources' }), 404, '40400');
    expectCode(await c.call({ path: '/gx/v1/nothing-here' }), 404, '40400');
  });
  it('header names match case-insensitively', async () => expectCode(await pop({ lowerCaseHeaders: true }), 200, '0'));
  it('past the quota the quota key gets 429 / 42901 with Retry-After', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => c.call({ path: '/gx/v1/catalog/resources', creds: quota })));
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).to.be.greaterThan(0);
    expect(limited[0]!.json?.code).to.equal('42901');
    expect(Number(limited[0]!.headers['retry-after'])).to.be.greaterThan(0);
  });
  it('an error does not echo the queried ID number', async () => {
    const absent = (h.ics[0] as any).fixtures.absent.population[0];
    const a = await pop({ body: { idNumber: absent } });
    expectCode(a, 404, '40402');
    expect(a.raw.toString('utf8')).not.to.include(absent);
  });
  it('served and denied data-service requests are in the audit log, purpose decoded', async () => {
    await pop({ headers: { 'X-Request-Id': 'audit-served-1' } });
    await pop({ creds: ungranted, headers: { 'X-Request-Id': 'audit-denied-1' } });
    for (const [id, code] of [['audit-served-1', '0'], ['audit-denied-1', '40301']]) {
      const a = await c.call({ path: '/gx/v1/audit', query: [['requestId', id!]] });
      expectCode(a, 200, '0');
      const e = a.json!.data.items[0];
      expect(e).to.include({ requestId: id, resultCode: code, resourceCode: '101001-000001', purpose: '政务信息共享接口一致性测试' });
      expect(e.latencyMs).to.be.a('number');
    }
  });
  it('malformed JSON, a wrong type and a missing member get 400 / 40001', async () => {
    expectCode(await pop({ body: '{"idNumber":' }), 400, '40001');
    expectCode(await pop({ body: { idNumber: 42 } }), 400, '40001');
    expectCode(await pop({ body: {} }), 400, '40001');
  });
  it('paging bounds: page 0, size 0, size 101 and a non-integer get 40001', async () => {
    for (const q of [[['page', '0']], [['size', '0']], [['size', '101']], [['size', '1.5']]] as [string, string][][]) {
      expectCode(await c.call({ path: '/gx/v1/catalog/resources', query: q }), 400, '40001');
    }
  });
});
