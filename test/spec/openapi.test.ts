import { expect } from 'chai';
import { SPECS_DIR } from '../../src/paths.js';
import { loadOpenApi, matchOperation, operations, requestSchemaFor, responseSchemaFor, validateSpecs } from '../../src/spec/index.js';
import { person } from '../fixtures/spec/records.js';

const DEPARTMENT_OPS = [
  'health.get', 'catalog.list', 'catalog.get', 'audit.list', 'population.query', 'population.verify', 'legalEntity.query',
  'eCertificate.query', 'eCertificate.get', 'eCertificate.file', 'eCertificate.verify', 'open.datasets',
];
const PLATFORM_OPS = [
  'health.get', 'catalog.list', 'catalog.get', 'audit.list', 'docking.register', 'docking.getNode', 'docking.nodeCatalog',
  'docking.heartbeat', 'docking.catalogSync', 'docking.forward', 'docking.receipt', 'open.datasets',
];

const ok = (data: unknown): unknown => ({ code: '0', message: '成功', requestId: 'req-1', data });
const error = (code: string): unknown => ({ code, message: '错误', requestId: 'req-1', data: null });

describe('OpenAPI documents', () => {
  it('validate with swagger-parser, with every $ref into ../schemas resolved', async () => {
    for (const role of ['department', 'platform']) {
      const doc = await loadOpenApi(role);
      expect(doc.openapi).to.equal('3.1.0');
      const health = (doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)['/gx/v1/health'].get;
      expect(JSON.stringify(health.responses['200'])).to.not.contain('$ref');
    }
  });

  it('hold exactly the operations of each role', () => {
    expect(operations('department').map((o) => o.operationId)).to.have.members(DEPARTMENT_OPS);
    expect(operations('PLATFORM').map((o) => o.operationId)).to.have.members(PLATFORM_OPS);
  });

  it('give every operation a bilingual summary, and every signed one the signing headers', () => {
    for (const role of ['department', 'platform']) {
      for (const op of operations(role)) {
        expect(op.summary, op.operationId).to.match(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
        const params = JSON.stringify(op.operation.parameters);
        expect(params, op.operationId).to.contain('RequestId');
        expect(params.includes('Signature'), op.operationId).to.equal(op.operationId !== 'health.get');
      }
    }
  });

  it('ask data services (and only they) for a purpose', () => {
    const withPurpose = operations('department')
      .filter((op) => JSON.stringify(op.operation.parameters).includes('/Purpose'))
      .map((op) => op.operationId);
    expect(withPurpose).to.have.members(DEPARTMENT_OPS.filter((id) => /^(population|legalEntity|eCertificate)\./.test(id)));
  });

  it('match requests to operations through path templates', () => {
    expect(matchOperation('department', 'GET', '/gx/v1/e-certificates/1.2.156.3005.2.X/file')?.operationId).to.equal('eCertificate.file');
    expect(matchOperation('department', 'post', '/gx/v1/e-certificates/verify')?.operationId).to.equal('eCertificate.verify');
    expect(matchOperation('platform', 'GET', '/gx/v1/docking/nodes/M-330100-A/catalog')?.operationId).to.equal('docking.nodeCatalog');
    expect(matchOperation('department', 'DELETE', '/gx/v1/population/query')).to.equal(undefined);
  });

  describe('response schemas', () => {
    it('check a success body through the envelope and the record schema', () => {
      const spec = responseSchemaFor('department', 'population.query', 200)!;
      expect(spec.key).to.equal('200');
      expect(spec.contentTypes).to.deep.equal(['application/json']);
      expect(spec.requiredHeaders).to.include('x-request-id');
      expect(spec.validate(ok(person))).to.deep.equal([]);
      const problems = spec.validate(ok({ ...person, sex: '1' }));
      expect(problems.map((p) => `${p.path} ${p.rule}`)).to.deep.equal(['/data/sex EIP-POP-004']);
    });

    it('accept only the documented error codes for a status', () => {
      const spec = responseSchemaFor('department', 'population.query', 400)!;
      expect(spec.validate(error('40003'))).to.deep.equal([]);
      expect(spec.validate(error('40004')).map((p) => p.path)).to.deep.equal(['/code']);
      expect(responseSchemaFor('department', 'legalEntity.query', 400)!.validate(error('40004'))).to.deep.equal([]);
    });

    it('fall back to the default response for other statuses', () => {
      const spec = responseSchemaFor('platform', 'docking.receipt', 500)!;
      expect(spec.key).to.equal('default');
      expect(spec.validate(error('50001'))).to.deep.equal([]);
      expect(spec.validate(ok({})).map((p) => p.path)).to.include('/code');
    });

    it('describe the certificate file as a file, not an envelope', () => {
      const spec = responseSchemaFor('department', 'eCertificate.file', 200)!;
      expect(spec.contentTypes).to.have.members(['application/ofd', 'application/pdf']);
      expect(spec.schema).to.equal(undefined);
      expect(spec.requiredHeaders).to.include('x-gx-content-sm3');
    });

    it('document 201 and 200 for registration, 508 for a hop limit', () => {
      expect(responseSchemaFor('platform', 'docking.register', 201)!.validate(ok({ nodeId: 'M-330100-A1', status: 'REGISTERED' }))).to.deep.equal([]);
      expect(responseSchemaFor('platform', 'docking.register', 200)?.key).to.equal('200');
      expect(responseSchemaFor('platform', 'docking.forward', 508)!.validate(error('50801'))).to.deep.equal([]);
    });

    it('check request bodies for structure only (code rules are the node’s 4000x answers)', () => {
      const spec = requestSchemaFor('department', 'population.query')!;
      expect(spec.validate({ idNumber: '123' })).to.deep.equal([]);
      expect(spec.validate({ idNumber: 123 }).map((p) => p.path)).to.deep.equal(['/idNumber']);
      expect(requestSchemaFor('department', 'catalog.list')).to.equal(undefined);
    });
  });

  it('validateSpecs counts operations, schemas and requirements', async () => {
    const s = await validateSpecs(SPECS_DIR);
    expect(s.operations).to.deep.equal({ department: DEPARTMENT_OPS.length, platform: PLATFORM_OPS.length });
    expect(s.schemas).to.equal(27);
    expect(s.requirements.profileRules).to.equal(82);
    expect(s.requirements.byLevel.MAY).to.equal(1);
    expect(s.requirements.byClass.QOS).to.deep.equal({ MUST: 0, SHOULD: 3, MAY: 0 });
  });
});
