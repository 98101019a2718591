/* eslint-disable @typescript-eslint/no-explicit-any -- test code reads loosely typed JSON answers and ICS objects */
// Walks every operation of both roles with valid signed requests (and the documented error answers), and
// validates every response against the project's OpenAPI documents and schemas: zero violations.
import { expect } from 'chai';
import { matchOperation, operations, responseSchemaFor, type SpecRole } from '../../src/spec/index.js';
import { sm3Hex } from '../../src/http/signing.js';
import { startReferenceNodes, type ReferenceHandle } from '../../src/reference/index.js';
import { TestClient, type Answer, type Call } from './client.js';

describe('reference nodes: every operation validates against the OpenAPI documents', function () {
  let h: ReferenceHandle;
  let dept: TestClient;
  let plat: TestClient;
  const exercised: Record<SpecRole, Set<string>> = { department: new Set(), platform: new Set() };
  const violations: string[] = [];

  before(async () => {
    h = await startReferenceNodes({ role: 'both', port: 0, seed: 5 });
    const ics = h.ics[0] as any;
    const creds = { appKey: ics.auth.appKey, secret: h.env.GX_REF_SECRET! };
    dept = new TestClient(h.departmentUrl!, creds);
    plat = new TestClient(h.platformUrl!, creds);
  });
  after(() => h.close());

  async function check(role: SpecRole, client: TestClient, call: Call, expectStatus?: number): Promise<Answer> {
    const a = await client.call(call);
    const op = matchOperation(role, call.method ?? (call.body === undefined ? 'GET' : 'POST'), call.path);
    expect(op, `${call.path} is an operation of ${role}`).to.not.equal(undefined);
    exercised[role].add(op!.operationId);
    const spec = responseSchemaFor(role, op!.operationId, a.status);
    const where = `${role} ${op!.operationId} ${a.status}`;
    if (!spec) violations.push(`${where}: undocumented status`);
    else {
      const type = String(a.headers['content-type'] ?? '').split(';')[0]!;
      if (spec.contentTypes.length && !spec.contentTypes.includes(type)) violations.push(`${where}: content type ${type} not in ${spec.contentTypes.join(', ')}`);
      for (const hd of spec.requiredHeaders) if (a.headers[hd] === undefined) violations.push(`${where}: header ${hd} missing`);
      if (type === 'application/json') for (const v of spec.validate(a.json)) violations.push(`${where}: ${v.path} ${v.message.en}`);
    }
    if (expectStatus !== undefined) expect(a.status, `${where} ${a.raw.toString('utf8').slice(0, 200)}`).to.equal(expectStatus);
    return a;
  }

  it('department: every operation, success and documented errors', async () => {
    const ics = h.ics[0] as any;
    const f = ics.fixtures;
    await check('department', dept, { path: '/gx/v1/health', creds: null }, 200);
    const list = await check('department', dept, { path: '/gx/v1/catalog/resources', query: [['size', '100']] }, 200);
    expect(list.json!.data.total).to.be.at.least(20);
    for (const r of list.json!.data.items) await check('department', dept, { path: `/gx/v1/catalog/resources/${r.resourceCode}` }, 200);
    await check('department', dept, { path: '/gx/v1/catalog/resources/101001-999999' }, 404);
    await check('department', dept, { path: '/gx/v1/catalog/resources', query: [['updatedSince', '2020-01-01T00:00:00+08:00'], ['shareType', 'CONDITIONAL']] }, 200);
    await check('department', dept, { path: '/gx/v1/catalog/resources', query: [['page', '0']] }, 400);
    for (const p of f.population) {
      await check('department', dept, { path: '/gx/v1/population/query', body: { idNumber: p.idNumber } }, 200);
      await check('department', dept, { path: '/gx/v1/population/verify', body: { idNumber: p.idNumber, name: p.name } }, 200);
    }
    await check('department', dept, { path: '/gx/v1/population/query', body: { idNumber: f.absent.population[0] } }, 404);
    await check('department', dept, { path: '/gx/v1/population/query', body: { idNumber: '110105194912310021' } }, 400);
    await check('department', dept, { path: '/gx/v1/population/query', body: { idNumber: f.population[0].idNumber }, purpose: null }, 400);
    await check('department', dept, { path: '/gx/v1/population/query', body: { idNumber: f.population[0].idNumber }, creds: { appKey: 'nobody', secret: 'x' } }, 401);
    for (const e of f.legalEntity) await check('department', dept, { path: '/gx/v1/legal-entities/query', body: { uscc: e.uscc } }, 200);
    await check('department', dept, { path: '/gx/v1/legal-entities/query', body: { uscc: '91110000600037341M' } }, 400);
    await check('department', dept, { path: '/gx/v1/legal-entities/query', body: { uscc: f.absent.legalEntity[0] } }, 404);
    for (const e of f.eCertificate) {
      const q = await check('department', dept, { path: '/gx/v1/e-certificates/query', body: { holderCode: e.holderCode, holderCodeType: e.holderCodeType } }, 200);
      for (const cert of q.json!.data.items) {
        await check('department', dept, { path: `/gx/v1/e-certificates/${cert.certificateId}` }, 200);
        const file = await check('department', dept, { path: `/gx/v1/e-certificates/${cert.certificateId}/file` }, 200);
        expect(sm3Hex(file.raw)).to.equal(cert.fileSm3);
        expect(file.headers['x-gx-content-sm3']).to.equal(cert.fileSm3);
        expect(file.raw.subarray(0, 5).toString('latin1')).to.equal('%PDF-');
        await check('department', dept, { path: '/gx/v1/e-certificates/verify', body: { certificateId: cert.certificateId, fileSm3: cert.fileSm3 } }, 200);
      }
    }
    await check('department', dept, { path: '/gx/v1/e-certificates/query', body: { holderCode: f.population[0].idNumber, holderCodeType: '999' } }, 400);
    await check('department', dept, { path: `/gx/v1/e-certificates/${f.absent.eCertificate[0]}` }, 404);
    await check('department', dept, { path: '/gx/v1/e-certificates/1.2.156.3005.2.11100000000013338W050.91610800064834709T.2023000001.001.X' }, 400);
    await check('department', dept, { path: '/gx/v1/e-certificates/verify', body: { certificateId: f.absent.eCertificate[0], fileSm3: '0'.repeat(64) } }, 200);
    await check('department', dept, { path: '/gx/v1/audit', query: [['size', '50']] }, 200);
    const ds = await check('department', dept, { path: '/gx/v1/open/datasets' }, 200);
    for (const d of ds.json!.data.items) {
      for (const fmt of d.formats) {
        const url = new URL(fmt.downloadUrl);
        const a = await dept.call({ path: url.pathname });
        expect(a.status).to.equal(200);
        expect(sm3Hex(a.raw)).to.equal(fmt.sm3);
        expect(a.raw.length).to.equal(fmt.byteSize);
        const rows = fmt.format === 'CSV' ? a.raw.toString('utf8').trim().split('\r\n').length - 1 : JSON.parse(a.raw.toString('utf8')).length;
        expect(rows, d.datasetId).to.equal(d.recordCount);
      }
    }
  });

  it('platform: every operation, success and documented errors', async () => {
    const dep = h.ics[0] as any;
    await check('platform', plat, { path: '/gx/v1/health', creds: null }, 200);
    const list = await check('platform', plat, { path: '/gx/v1/catalog/resources' }, 200);
    await check('platform', plat, { path: `/gx/v1/catalog/resources/${list.json!.data.items[0].resourceCode}` }, 200);
    await check('platform', plat, { path: '/gx/v1/audit' }, 200);
    await check('platform', plat, { path: '/gx/v1/open/datasets' }, 200);
    const reg = { nodeId: 'D-110105-GOVXTWALK', name: '测试部门节点', level: 'DEPARTMENT', parentNodeId: null, divisionCode: '110105', baseUrl: 'http://127.0.0.1:9', signatureMethods: ['HMAC-SM3'] };
    await check('platform', plat, { path: '/gx/v1/docking/nodes', body: reg }, 201);
    await check('platform', plat, { path: '/gx/v1/docking/nodes', body: reg }, 200);
    await check('platform', plat, { path: '/gx/v1/docking/nodes', body: { ...reg, name: '另一个名称' } }, 409);
    await check('platform', plat, { path: '/gx/v1/docking/nodes', body: { ...reg, nodeId: 'M-110105-GOVXTWALK' } }, 400);
    await check('platform', plat, { path: '/gx/v1/docking/nodes/D-110105-GOVXTWALK' }, 200);
    await check('platform', plat, { path: '/gx/v1/docking/nodes/D-110105-UNKNOWN' }, 404);
    await check('platform', plat, { path: '/gx/v1/docking/heartbeat', body: { nodeId: reg.nodeId, sentAt: new Date().toISOString() } }, 200);
    await check('platform', plat, { path: '/gx/v1/docking/heartbeat', body: { nodeId: 'D-110105-UNKNOWN', sentAt: new Date().toISOString() } }, 404);
    const depCatalog = await dept.call({ path: '/gx/v1/catalog/resources', query: [['size', '3']] });
    const upserts = depCatalog.json!.data.items;
    const sync = { nodeId: reg.nodeId, batchId: 'walk-1', upserts: [...upserts, { resourceCode: 'bad' }], deletes: [] };
    const r1 = await check('platform', plat, { path: '/gx/v1/docking/catalog-sync', body: sync }, 200);
    expect(r1.json!.data.accepted).to.equal(3);
    expect(r1.json!.data.rejected).to.have.length(1);
    const r2 = await check('platform', plat, { path: '/gx/v1/docking/catalog-sync', body: sync }, 200);
    expect(r2.json!.data).to.deep.equal(r1.json!.data);
    await check('platform', plat, { path: '/gx/v1/docking/catalog-sync', body: { nodeId: reg.nodeId, batchId: 'walk-2', deletes: [upserts[0].resourceCode] } }, 200);
    const cat = await check('platform', plat, { path: `/gx/v1/docking/nodes/${reg.nodeId}/catalog` }, 200);
    expect(cat.json!.data.items.map((r: any) => r.resourceCode)).to.deep.equal(upserts.slice(1).map((r: any) => r.resourceCode));
    await check('platform', plat, { path: '/gx/v1/docking/catalog-sync', body: { nodeId: reg.nodeId, batchId: 'walk-3', deletes: Array.from({ length: 1001 }, (_, i) => `101001-${String(i).padStart(6, '0')}`) } }, 413);
    // Forward to the department (registered child in 'both'), then to an unknown and an unreachable target.
    const health = await dept.call({ path: '/gx/v1/health', creds: null });
    const fw = { targetNodeId: health.json!.data.nodeId, resourceCode: '101001-000001', request: { method: 'POST', path: '/gx/v1/population/query', body: { idNumber: dep.fixtures.population[0].idNumber } } };
    const f1 = await check('platform', plat, { path: '/gx/v1/docking/forward', body: fw, headers: { 'X-Request-Id': 'walk-fw-1', 'X-GX-Trace-Id': 'trace-1', 'X-GX-Hop-Count': '2' } }, 200);
    expect(f1.json!.data.status).to.equal(200);
    expect(f1.json!.data.response.data.idNumber).to.equal(dep.fixtures.population[0].idNumber);
    const rc = await check('platform', plat, { path: '/gx/v1/docking/receipts/walk-fw-1' }, 200);
    expect(rc.json!.data.status).to.equal('DELIVERED');
    await check('platform', plat, { path: '/gx/v1/docking/receipts/walk-none' }, 404);
    await check('platform', plat, { path: '/gx/v1/docking/forward', body: { ...fw, targetNodeId: 'D-110105-NOBODY' } }, 404);
    await check('platform', plat, { path: '/gx/v1/docking/forward', body: fw, headers: { 'X-GX-Hop-Count': '6' } }, 508);
    await check('platform', plat, { path: '/gx/v1/docking/forward', body: { ...fw, targetNodeId: reg.nodeId }, headers: { 'X-Request-Id': 'walk-fw-2' } }, 504);
    const rc2 = await check('platform', plat, { path: '/gx/v1/docking/receipts/walk-fw-2' }, 200);
    expect(rc2.json!.data.status).to.equal('FAILED');
  });

  it('covered every operation with zero violations', () => {
    for (const role of ['department', 'platform'] as SpecRole[]) {
      const missing = operations(role).map((o) => o.operationId).filter((id) => !exercised[role].has(id));
      expect(missing, `${role} operations not exercised`).to.deep.equal([]);
    }
    expect(violations).to.deep.equal([]);
  });
});
