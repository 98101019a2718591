/* eslint-disable @typescript-eslint/no-explicit-any -- probes read loosely typed JSON answers and ICS objects */
// One probe per fault: true when the node shows the behaviour the fault adds. The fault tests expect every
// probe to be false on the clean node and true on a node running that fault alone.
import { sm3Hex } from '../../src/http/signing.js';
import { validateEcertId, validateUscc } from '../../src/standards/index.js';
import type { FaultId } from '../../src/reference/faults/index.js';
import type { TestClient, Creds } from './client.js';

export interface DeptProbeCtx {
  c: TestClient;
  ics: any;
  ungranted: Creds;
  quota: Creds;
}

export interface PlatProbeCtx {
  p: TestClient;
  /** Base URL of a loopback child that records the headers it receives. */
  childUrl: string;
  lastChildHeaders: () => Record<string, string | string[] | undefined> | undefined;
  closedUrl: string;
  unique: string;
}

const CATALOG = '/gx/v1/catalog/resources';
const today = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
let seq = 0;
const rid = (): string => `probe-${Date.now().toString(36)}-${++seq}`;

async function catalogAll(x: DeptProbeCtx): Promise<any[]> {
  return (await x.c.call({ path: CATALOG, query: [['size', '100']] })).json!.data.items;
}
async function person(x: DeptProbeCtx, i = 0): Promise<any> {
  return (await x.c.call({ path: '/gx/v1/population/query', body: { idNumber: x.ics.fixtures.population[i].idNumber } })).json!.data;
}
async function entity(x: DeptProbeCtx): Promise<any> {
  return (await x.c.call({ path: '/gx/v1/legal-entities/query', body: { uscc: x.ics.fixtures.legalEntity[0].uscc } })).json!.data;
}
async function certs(x: DeptProbeCtx): Promise<any[]> {
  const e = x.ics.fixtures.eCertificate[0];
  return (await x.c.call({ path: '/gx/v1/e-certificates/query', body: { holderCode: e.holderCode, holderCodeType: e.holderCodeType } })).json!.data.items;
}
async function datasets(x: DeptProbeCtx): Promise<any[]> {
  return (await x.c.call({ path: '/gx/v1/open/datasets' })).json!.data.items;
}
const popCall = (x: DeptProbeCtx, over: object = {}) => x.c.call({ path: '/gx/v1/population/query', body: { idNumber: x.ics.fixtures.population[0].idNumber }, ...over });
async function auditFor(x: DeptProbeCtx, requestId: string): Promise<any[]> {
  return (await x.c.call({ path: '/gx/v1/audit', query: [['requestId', requestId]] })).json!.data.items;
}
function evenPerson(x: DeptProbeCtx): number {
  return x.ics.fixtures.population.findIndex((p: any) => Number(p.idNumber[16]) % 2 === 0);
}

type DeptFault = Exclude<FaultId, `dock-${string}`>;
type PlatFault = Extract<FaultId, `dock-${string}`>;

export const DEPARTMENT_PROBES: Record<DeptFault, (x: DeptProbeCtx) => Promise<boolean>> = {
  'core-json-charset-gbk': async (x) => String((await x.c.call({ path: CATALOG })).headers['content-type']).includes('GBK'),
  'core-empty-message-on-success': async (x) => (await x.c.call({ path: CATALOG })).json!.message === '',
  'core-not-found-status-200': async (x) => {
    const a = await popCall(x, { body: { idNumber: x.ics.fixtures.absent.population[0] } });
    return a.status === 200 && a.json!.code === '40402';
  },
  'core-request-id-not-echoed': async (x) => (await x.c.call({ path: CATALOG, headers: { 'X-Request-Id': 'probe-echo-1' } })).headers['x-request-id'] !== 'probe-echo-1',
  'core-health-time-no-offset': async (x) => !/([+-]\d\d:\d\d|Z)$/.test((await x.c.call({ path: '/gx/v1/health', creds: null })).json!.data.time),
  'core-page-overlap': async (x) => {
    const p1 = (await x.c.call({ path: CATALOG, query: [['size', '5']] })).json!.data.items;
    const p2 = (await x.c.call({ path: CATALOG, query: [['size', '5'], ['page', '2']] })).json!.data.items;
    return p1[4].resourceCode === p2[0].resourceCode;
  },
  'core-page-bounds-unchecked': async (x) => (await x.c.call({ path: CATALOG, query: [['size', '0']] })).status === 200,
  'core-page-past-end-repeats': async (x) => (await x.c.call({ path: CATALOG, query: [['page', '999']] })).json!.data.items.length > 0,
  'core-unknown-path-html': async (x) => String((await x.c.call({ path: '/gx/v1/nope' })).headers['content-type']).startsWith('text/html'),
  'core-malformed-json-500': async (x) => (await popCall(x, { body: '{"idNumber":' })).status === 500,
  'core-stack-traces': async (x) => /\n\s+at /.test((await popCall(x, { body: '{"idNumber":' })).json!.message),
  'core-health-missing-class': async (x) => !(await x.c.call({ path: '/gx/v1/health', creds: null })).json!.data.conformance.includes('OPEN'),
  'core-health-clock-skew': async (x) => Math.abs(Date.parse((await x.c.call({ path: '/gx/v1/health', creds: null })).json!.data.time) - Date.now()) > 300_000,
  'core-no-cache-control': async (x) => (await popCall(x)).headers['cache-control'] === undefined,
  'sec-missing-nonce-accepted': async (x) => (await popCall(x, { nonce: '', headers: { 'X-GX-Nonce': undefined } })).status === 200,
  'sec-unknown-appkey-40102': async (x) => (await popCall(x, { creds: { appKey: 'nobody', secret: 'x' } })).json!.code === '40102',
  'sec-signature-unchecked': async (x) => (await x.c.call({ path: CATALOG, headers: { 'X-GX-Signature': 'ab'.repeat(32) } })).status === 200,
  'sec-body-not-signed': async (x) => (await popCall(x, { tamper: (w: any) => (w.body = Buffer.concat([w.body, Buffer.from(' ')])) })).status === 200,
  'sec-query-not-signed': async (x) => (await x.c.call({ path: CATALOG, query: [['page', '1']], tamper: (w) => (w.rawQuery = 'page=2') })).status === 200,
  'sec-clock-window-ignored': async (x) => (await popCall(x, { timestamp: Date.now() + 900_000 })).status === 200,
  'sec-clock-window-60s': async (x) => (await popCall(x, { timestamp: Date.now() + 120_000 })).json!.code === '40103',
  'sec-replay-accepted': async (x) => {
    const nonce = `rp${Date.now()}${++seq}abcdefgh`;
    await popCall(x, { nonce });
    return (await popCall(x, { nonce })).status === 200;
  },
  'sec-no-sm3': async (x) => (await popCall(x, { signatureMethod: 'HMAC-SM3' })).json!.code === '40106',
  'sec-grants-ignored': async (x) => (await popCall(x, { creds: x.ungranted })).status === 200,
  'sec-purpose-optional': async (x) => (await popCall(x, { purpose: null })).status === 200,
  'sec-approval-unchecked': async (x) => (await x.c.call({ path: '/gx/v1/services/housing-fund/summary' })).status === 200,
  'sec-none-served': async (x) => (await x.c.call({ path: '/gx/v1/services/tax-violations' })).status === 200,
  'sec-none-after-grant': async (x) => (await x.c.call({ path: '/gx/v1/services/tax-violations', creds: x.ungranted })).json!.code === '40301',
  'sec-error-echoes-identifier': async (x) => {
    const id = x.ics.fixtures.absent.population[0];
    return (await popCall(x, { body: { idNumber: id } })).raw.toString('utf8').includes(id);
  },
  'sec-no-quota': async (x) => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => x.c.call({ path: CATALOG, creds: x.quota })));
    return answers.every((a) => a.status !== 429);
  },
  'sec-audit-skips-denied': async (x) => {
    const id = rid();
    await popCall(x, { purpose: null, headers: { 'X-Request-Id': id } });
    return (await auditFor(x, id)).length === 0;
  },
  'sec-audit-purpose-encoded': async (x) => {
    const id = rid();
    await popCall(x, { headers: { 'X-Request-Id': id } });
    return (await auditFor(x, id))[0].purpose !== x.c.purpose;
  },
  'sec-header-case-sensitive': async (x) => (await popCall(x, { lowerCaseHeaders: true })).status === 401,
  'sec-unsupported-method-40102': async (x) => (await popCall(x, { headers: { 'X-GX-Signature-Method': 'HMAC-MD5' } })).json!.code === '40102',
  'cat-item-without-items': async (x) => (await catalogAll(x)).some((r) => r.items === undefined),
  'cat-category-mismatch': async (x) => (await catalogAll(x)).some((r) => ({ BASIC: '1', THEME: '2', DEPARTMENT: '3' })[r.category as 'BASIC'] !== r.resourceCode[0]),
  'cat-provider-bad-uscc': async (x) => (await catalogAll(x)).some((r) => !validateUscc(r.provider.code).valid),
  'cat-missing-share-condition': async (x) => (await catalogAll(x)).some((r) => r.shareType !== 'UNCONDITIONAL' && !r.shareCondition),
  'cat-single-differs': async (x) => {
    for (const r of await catalogAll(x)) {
      const one = (await x.c.call({ path: `${CATALOG}/${r.resourceCode}` })).json!.data;
      if (JSON.stringify(one) !== JSON.stringify(r)) return true;
    }
    return false;
  },
  'cat-unknown-code-40400': async (x) => (await x.c.call({ path: `${CATALOG}/101001-999999` })).json!.code === '40400',
  'cat-updated-since-off-by-one': async (x) => {
    const first = (await catalogAll(x))[0];
    const since = (await x.c.call({ path: CATALOG, query: [['updatedSince', first.updatedAt], ['size', '100']] })).json!.data.items;
    return !since.some((r: any) => r.resourceCode === first.resourceCode);
  },
  'cat-share-type-filter-ignored': async (x) => (await x.c.call({ path: CATALOG, query: [['shareType', 'NONE'], ['size', '100']] })).json!.data.items.some((r: any) => r.shareType !== 'NONE'),
  'cat-updated-in-future': async (x) => (await catalogAll(x)).some((r) => Date.parse(r.updatedAt) > Date.now() + 600_000),
  'cat-service-not-served': async (x) => {
    for (const r of await catalogAll(x)) {
      if (!r.service || r.service.method !== 'GET') continue;
      if ((await x.c.call({ path: r.service.path })).status === 404) return true;
    }
    return false;
  },
  'cat-stale-resource': async (x) => (await catalogAll(x)).some((r) => r.updateCycle === 'DAILY' && Date.now() - Date.parse(r.updatedAt) > 2 * 86_400_000),
  'pop-missing-address': async (x) => (await person(x)).residenceAddress === undefined,
  'pop-returns-other-person': async (x) => (await person(x)).idNumber !== x.ics.fixtures.population[0].idNumber,
  'pop-birthdate-off-by-one': async (x) => {
    const p = await person(x);
    return p.birthDate.replace(/-/g, '') !== p.idNumber.slice(6, 14);
  },
  'pop-sex-wrong-for-even': async (x) => (await person(x, evenPerson(x))).sex !== '2',
  'pop-ethnicity-invalid': async (x) => (await person(x)).ethnicity === '00',
  'pop-division-unknown': async (x) => (await person(x)).residenceDivisionCode === '990101',
  'pop-bad-check-404': async (x) => (await popCall(x, { body: { idNumber: '110105194912310021' } })).status === 404,
  'pop-verify-leaks-record': async (x) => {
    const p = x.ics.fixtures.population[0];
    return Object.keys((await x.c.call({ path: '/gx/v1/population/verify', body: p })).json!.data).length !== 1;
  },
  'pop-verify-unknown-404': async (x) => (await x.c.call({ path: '/gx/v1/population/verify', body: { idNumber: x.ics.fixtures.absent.population[0], name: '张三' } })).status === 404,
  'pop-no-legacy-15': async (x) => {
    const p = x.ics.fixtures.population.find((q: any) => q.idNumber.slice(6, 8) === '19');
    return (await popCall(x, { body: { idNumber: p.idNumber.slice(0, 6) + p.idNumber.slice(8, 17) } })).status === 400;
  },
  'pop-lowercase-x-refused': async (x) => {
    const p = x.ics.fixtures.population.find((q: any) => q.idNumber.endsWith('X'));
    return (await popCall(x, { body: { idNumber: p.idNumber.toLowerCase() } })).status === 400;
  },
  'le-missing-status': async (x) => (await entity(x)).status === undefined,
  'le-uscc-mismatch': async (x) => (await entity(x)).uscc !== x.ics.fixtures.legalEntity[0].uscc,
  'le-division-unknown': async (x) => (await entity(x)).divisionCode === '990000',
  'le-negative-capital': async (x) => (await entity(x)).registeredCapital.amount < 0,
  'le-invalid-uscc-404': async (x) => (await x.c.call({ path: '/gx/v1/legal-entities/query', body: { uscc: '91110000600037341M' } })).status === 404,
  'le-established-future': async (x) => (await entity(x)).establishedOn > today(),
  'ec-missing-number': async (x) => (await certs(x)).some((c) => c.number === undefined),
  'ec-id-wrong-check': async (x) => (await certs(x)).some((c) => !validateEcertId(c.certificateId).valid),
  'ec-issuer-mismatch': async (x) => (await certs(x)).some((c) => c.certificateId.split('.')[6] !== c.issuer.code),
  'ec-type-code-bad-uscc': async (x) => (await certs(x)).some((c) => !validateUscc(c.typeCode.slice(0, 18)).valid),
  'ec-query-other-holders': async (x) => (await certs(x)).some((c) => c.holder.code !== x.ics.fixtures.eCertificate[0].holderCode),
  'ec-expired-shown-valid': async (x) => (await certs(x)).some((c) => c.validUntil !== null && c.validUntil < today() && c.status === 'VALID'),
  'ec-file-sm3-mismatch': async (x) => {
    const cert = (await certs(x))[0];
    const f = await x.c.call({ path: `/gx/v1/e-certificates/${cert.certificateId}/file` });
    return f.headers['x-gx-content-sm3'] !== sm3Hex(f.raw);
  },
  'ec-verify-ignores-hash': async (x) => {
    const cert = (await certs(x)).find((c) => c.status === 'VALID');
    return (await x.c.call({ path: '/gx/v1/e-certificates/verify', body: { certificateId: cert.certificateId, fileSm3: '0'.repeat(64) } })).json!.data.valid === true;
  },
  'ec-bad-check-404': async (x) => (await x.c.call({ path: '/gx/v1/e-certificates/1.2.156.3005.2.11100000000013338W050.91610800064834709T.2023000001.001.X' })).status === 404,
  'ec-holder-type-unchecked': async (x) => (await x.c.call({ path: '/gx/v1/e-certificates/query', body: { holderCode: 'abc', holderCodeType: '999' } })).status === 200,
  'open-no-machine-format': async (x) => (await datasets(x)).some((d) => !d.formats.some((f: any) => ['CSV', 'JSON', 'XML'].includes(f.format))),
  'open-sm3-mismatch': async (x) => {
    for (const d of await datasets(x))
      for (const f of d.formats) if (sm3Hex((await x.c.call({ path: new URL(f.downloadUrl).pathname.replace(/^\/t\/\d+/, '') })).raw) !== f.sm3) return true;
    return false;
  },
  'open-no-license': async (x) => (await datasets(x)).some((d) => d.license === undefined),
  'open-record-count-off': async (x) => {
    const d = (await datasets(x)).find((s) => s.formats.some((f: any) => f.format === 'JSON'));
    const f = d.formats.find((g: any) => g.format === 'JSON');
    const rows = JSON.parse((await x.c.call({ path: new URL(f.downloadUrl).pathname.replace(/^\/t\/\d+/, '') })).raw.toString('utf8')).length;
    return rows !== d.recordCount;
  },
  // Observed through the node's own latency figure in the audit log, not through the test's clock.
  'qos-slow': async (x) => {
    const id = rid();
    await popCall(x, { headers: { 'X-Request-Id': id } });
    return (await auditFor(x, id))[0].latencyMs >= 590;
  },
  'qos-health-flaky': async (x) => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => x.c.call({ path: '/gx/v1/health', creds: null })));
    return answers.some((a) => a.status !== 200);
  },
  'qos-no-keepalive': async (x) => (await x.c.call({ path: CATALOG, headers: { Connection: 'keep-alive' } })).headers.connection === 'close',
};

const registration = (nodeId: string, baseUrl: string) => ({ nodeId, name: '探针子节点', level: 'DEPARTMENT', parentNodeId: null, divisionCode: nodeId.slice(2, 8), baseUrl, signatureMethods: ['HMAC-SM3'] });

async function child(x: PlatProbeCtx, suffix: string, baseUrl = x.childUrl): Promise<string> {
  const nodeId = `D-110105-${suffix}${x.unique}`;
  await x.p.call({ path: '/gx/v1/docking/nodes', body: registration(nodeId, baseUrl) });
  return nodeId;
}
const forwardBody = (targetNodeId: string) => ({ targetNodeId, resourceCode: '101001-000001', request: { method: 'GET', path: '/gx/v1/health' } });
const resource = (code: string) => ({
  resourceCode: code,
  name: '探针资源',
  category: 'BASIC',
  provider: { name: '探针', code: '91110000600037341L' },
  format: { type: 'DATABASE' },
  items: [{ name: 'a', dataType: 'STRING' }],
  shareType: 'UNCONDITIONAL',
  shareMethod: 'FILE',
  openType: 'NOT_OPEN',
  updateCycle: 'IRREGULAR',
  publishedOn: '2025-01-01',
  updatedAt: '2025-06-01T00:00:00+08:00',
});

export const PLATFORM_PROBES: Record<PlatFault, (x: PlatProbeCtx) => Promise<boolean>> = {
  'dock-reregister-201': async (x) => {
    const body = registration(`D-110105-RR${x.unique}`, x.childUrl);
    await x.p.call({ path: '/gx/v1/docking/nodes', body });
    return (await x.p.call({ path: '/gx/v1/docking/nodes', body })).status === 201;
  },
  'dock-conflict-overwrites': async (x) => {
    const body = registration(`D-110105-CO${x.unique}`, x.childUrl);
    await x.p.call({ path: '/gx/v1/docking/nodes', body });
    return (await x.p.call({ path: '/gx/v1/docking/nodes', body: { ...body, name: '另一个' } })).status !== 409;
  },
  'dock-level-unchecked': async (x) => (await x.p.call({ path: '/gx/v1/docking/nodes', body: { ...registration(`M-110105-LV${x.unique}`, x.childUrl), level: 'DEPARTMENT' } })).status === 201,
  'dock-heartbeat-unknown-ok': async (x) => (await x.p.call({ path: '/gx/v1/docking/heartbeat', body: { nodeId: 'D-110105-NOBODY', sentAt: new Date().toISOString() } })).status === 200,
  'dock-sync-all-or-nothing': async (x) => {
    const nodeId = await child(x, 'SA');
    return (await x.p.call({ path: '/gx/v1/docking/catalog-sync', body: { nodeId, batchId: 'b1', upserts: [resource('101001-000101'), { resourceCode: 'bad' }] } })).status === 400;
  },
  'dock-batch-replay-applied': async (x) => {
    const nodeId = await child(x, 'BR');
    await x.p.call({ path: '/gx/v1/docking/catalog-sync', body: { nodeId, batchId: 'b0', upserts: [resource('101001-000201')] } });
    const batch = { nodeId, batchId: 'b1', deletes: ['101001-000201'] };
    const a = (await x.p.call({ path: '/gx/v1/docking/catalog-sync', body: batch })).json!.data;
    const b = (await x.p.call({ path: '/gx/v1/docking/catalog-sync', body: batch })).json!.data;
    return JSON.stringify(a) !== JSON.stringify(b);
  },
  'dock-sync-deletes-ignored': async (x) => {
    const nodeId = await child(x, 'DI');
    await x.p.call({ path: '/gx/v1/docking/catalog-sync', body: { nodeId, batchId: 'b0', upserts: [resource('101001-000301')] } });
    await x.p.call({ path: '/gx/v1/docking/catalog-sync', body: { nodeId, batchId: 'b1', deletes: ['101001-000301'] } });
    return (await x.p.call({ path: `/gx/v1/docking/nodes/${nodeId}/catalog` })).json!.data.items.length > 0;
  },
  'dock-hop-not-incremented': async (x) => {
    const nodeId = await child(x, 'HN');
    await x.p.call({ path: '/gx/v1/docking/forward', body: forwardBody(nodeId), headers: { 'X-GX-Hop-Count': '2' } });
    return x.lastChildHeaders()?.['x-gx-hop-count'] !== '3';
  },
  'dock-trace-id-replaced': async (x) => {
    const nodeId = await child(x, 'TR');
    await x.p.call({ path: '/gx/v1/docking/forward', body: forwardBody(nodeId), headers: { 'X-GX-Trace-Id': 'trace-probe-1' } });
    return x.lastChildHeaders()?.['x-gx-trace-id'] !== 'trace-probe-1';
  },
  'dock-hop-limit-ignored': async (x) => {
    const nodeId = await child(x, 'HL');
    return (await x.p.call({ path: '/gx/v1/docking/forward', body: forwardBody(nodeId), headers: { 'X-GX-Hop-Count': '6' } })).status !== 508;
  },
  'dock-unknown-target-40401': async (x) => (await x.p.call({ path: '/gx/v1/docking/forward', body: forwardBody('D-110105-NOBODY') })).json!.code === '40401',
  'dock-unreachable-502': async (x) => {
    const nodeId = await child(x, 'UR', x.closedUrl);
    return (await x.p.call({ path: '/gx/v1/docking/forward', body: forwardBody(nodeId) })).status === 500;
  },
  'dock-no-receipts': async (x) => {
    const nodeId = await child(x, 'NR');
    const id = rid();
    await x.p.call({ path: '/gx/v1/docking/forward', body: forwardBody(nodeId), headers: { 'X-Request-Id': id } });
    return (await x.p.call({ path: `/gx/v1/docking/receipts/${id}` })).status === 404;
  },
  'dock-batch-limit-ignored': async (x) => {
    const nodeId = await child(x, 'BL');
    const deletes = Array.from({ length: 1001 }, (_, i) => `101001-${String(i).padStart(6, '0')}`);
    return (await x.p.call({ path: '/gx/v1/docking/catalog-sync', body: { nodeId, batchId: 'big', deletes } })).status !== 413;
  },
};
