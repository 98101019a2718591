import { expect } from 'chai';
import { createSchemaValidator, SCHEMA_NAMES, schemaId, type RuledViolation } from '../../src/spec/index.js';
import { catalogResource, eCertificate, legalEntity, node, person } from '../fixtures/spec/records.js';

const schemas = createSchemaValidator();

/** The errors of a value, as "path rule" pairs (what a report line would say). */
function problems(schema: string, value: unknown): string[] {
  return schemas.validate(schema, value).map((v) => `${v.path} ${v.rule ?? '-'}`);
}

function only(schema: string, value: unknown): RuledViolation {
  const errors = schemas.validate(schema, value);
  expect(errors, JSON.stringify(errors)).to.have.length(1);
  return errors[0] as RuledViolation;
}

describe('compiled schemas', () => {
  it('compile every schema of the profile, each under its $id', () => {
    expect([...schemas.schemas.keys()].sort()).to.deep.equal([...SCHEMA_NAMES].sort());
    for (const name of SCHEMA_NAMES) {
      expect(schemas.schemas.get(name)?.$id).to.equal(schemaId(name));
      expect(schemas.compiledFor(name)).to.be.a('function');
    }
  });

  it('are compiled once and cached', () => {
    expect(createSchemaValidator()).to.equal(schemas);
    expect(schemas.compiledFor('person-record')).to.equal(schemas.compiledFor('person-record'));
  });

  describe('sample records', () => {
    it('accept conformant records', () => {
      expect(problems('person-record', person)).to.deep.equal([]);
      expect(problems('legal-entity-record', legalEntity)).to.deep.equal([]);
      expect(problems('e-certificate', eCertificate)).to.deep.equal([]);
      expect(problems('catalog-resource', catalogResource)).to.deep.equal([]);
      expect(problems('node', node)).to.deep.equal([]);
    });

    it('name a wrong birth date (EIP-POP-003)', () => {
      const v = only('person-record', { ...person, birthDate: '1949-12-30' });
      expect([v.path, v.rule]).to.deep.equal(['/birthDate', 'EIP-POP-003']);
      expect(v.message.en).to.match(/digits 7–14/);
      expect(v.message.zh).to.match(/第 7–14 位/);
    });

    it('name a sex that disagrees with the parity of ID digit 17 (EIP-POP-004)', () => {
      const v = only('person-record', { ...person, sex: '1' });
      expect([v.path, v.rule]).to.deep.equal(['/sex', 'EIP-POP-004']);
      expect(v.message.en).to.contain("should be '2'");
    });

    it('name an unknown ethnicity (EIP-POP-005)', () => {
      const v = only('person-record', { ...person, ethnicity: '57' });
      expect([v.path, v.rule]).to.deep.equal(['/ethnicity', 'EIP-POP-005']);
      expect(v.message.en).to.contain('GB/T 3304');
    });

    it('name a division code of no province (EIP-POP-006)', () => {
      const v = only('person-record', { ...person, residenceDivisionCode: '990101' });
      expect([v.path, v.rule]).to.deep.equal(['/residenceDivisionCode', 'EIP-POP-006']);
      expect(v.message.en).to.contain("province code '99'");
    });

    it('keep a county the table lacks (province known) as a warning only', () => {
      const value = { ...person, birthPlaceDivisionCode: '110199' };
      expect(schemas.validate('person-record', value)).to.deep.equal([]);
      const warnings = schemas.warnings('person-record', value);
      expect(warnings.map((w) => `${w.path} ${w.rule}`)).to.deep.equal(['/birthPlaceDivisionCode EIP-POP-006']);
    });

    it('name a bad check character of the ID once, with its reason (EIP-POP-002)', () => {
      const v = only('person-record', { ...person, idNumber: '110105194912310021' });
      expect([v.path, v.rule]).to.deep.equal(['/idNumber', 'EIP-POP-002']);
      expect(v.message.en).to.contain('check character should be X, found 1');
      expect(v.message.en).to.not.contain('110105194912310021');
    });

    it('name an undefined USCC authority/category pair (EIP-LE-002)', () => {
      const v = only('legal-entity-record', { ...legalEntity, uscc: '94110000600037341B' });
      expect([v.path, v.rule]).to.deep.equal(['/uscc', 'EIP-LE-002']);
      expect(v.message.en).to.match(/pair|9\/4|94/);
    });

    it('name a currency outside ISO 4217 (EIP-LE-004)', () => {
      const v = only('legal-entity-record', { ...legalEntity, registeredCapital: { amount: 5, currency: 'RMB' } });
      expect([v.path, v.rule]).to.deep.equal(['/registeredCapital/currency', 'EIP-LE-004']);
    });

    it('name an identifier whose issuer segment is not issuer.code (EIP-EC-003)', () => {
      const errors = schemas.validate('e-certificate', { ...eCertificate, issuer: { name: '另一机关', code: '11100000000013338W' } });
      expect(errors.map((v) => `${v.path} ${v.rule}`)).to.deep.equal(['/certificateId EIP-EC-003']);
      expect(errors[0].message.en).to.match(/issuer/);
    });

    it('name an identifier failing MOD 37,36 (EIP-EC-002)', () => {
      const v = only('e-certificate', { ...eCertificate, certificateId: eCertificate.certificateId.replace(/F$/, 'G') });
      expect([v.path, v.rule]).to.deep.equal(['/certificateId', 'EIP-EC-002']);
    });

    it('name a missing required member with the record rule', () => {
      const { residenceAddress: _omitted, ...rest } = person;
      const v = only('person-record', rest);
      expect([v.path, v.rule]).to.deep.equal(['/residenceAddress', 'EIP-POP-001']);
      expect(v.message).to.deep.equal({ zh: '缺少必填字段 residenceAddress', en: 'missing required member residenceAddress' });
    });

    it('name a missing share condition (EIP-CAT-004) and a code that disagrees with its category (EIP-CAT-002)', () => {
      const { shareCondition: _omitted, ...noCondition } = catalogResource;
      expect(problems('catalog-resource', noCondition)).to.deep.equal(['/shareCondition EIP-CAT-004']);
      expect(problems('catalog-resource', { ...catalogResource, category: 'THEME' }).some((p) => p.endsWith('EIP-CAT-002'))).to.equal(true);
    });

    it('name a node ID whose letter or region disagrees (EIP-DOCK-002), and allow 100000 for the national node', () => {
      expect(problems('node', { ...node, level: 'PROVINCIAL' })).to.deep.equal(['/nodeId EIP-DOCK-002']);
      expect(problems('node', { ...node, divisionCode: '330200' })).to.deep.equal(['/nodeId EIP-DOCK-002']);
      expect(problems('node', { ...node, nodeId: 'N-100000-GJ', level: 'NATIONAL', divisionCode: '100000', parentNodeId: null })).to.deep.equal([]);
    });

    it('refuse anything beside match in a verification result (EIP-POP-008: nothing else)', () => {
      expect(problems('person-verify-result', { match: true })).to.deep.equal([]);
      const v = only('person-verify-result', { match: false, reason: 'name differs' });
      expect(v.rule).to.equal('EIP-POP-008');
      expect(v.message.en).to.contain('reason is not allowed');
    });

    it('allow members beyond those listed elsewhere', () => {
      expect(problems('person-record', { ...person, extra: { any: 1 } })).to.deep.equal([]);
    });
  });

  describe('envelope, paging and dates', () => {
    it('require all four envelope members with a non-empty message', () => {
      expect(problems('envelope', { code: '0', message: 'ok', requestId: 'r1', data: null })).to.deep.equal([]);
      expect(problems('envelope', { code: '0', message: '', requestId: 'r1' })).to.have.members(['/message EIP-CORE-002', '/data EIP-CORE-002']);
    });

    it('hold a page to its size (EIP-CORE-006)', () => {
      expect(problems('paged-list', { items: [1, 2], page: 1, size: 2, total: 2 })).to.deep.equal([]);
      expect(problems('paged-list', { items: [1, 2, 3], page: 1, size: 2, total: 3 })).to.deep.equal(['/items EIP-CORE-006']);
      expect(problems('paged-list', { items: [], page: 0, size: 101, total: 0 })).to.deep.equal(['/page EIP-CORE-006', '/size EIP-CORE-006']);
    });

    it('read date-times as RFC 3339 with an explicit offset (EIP-CORE-005)', () => {
      const at = (updatedAt: string): string[] => problems('person-record', { ...person, updatedAt });
      expect(at('2026-12-04T10:00:00+08:00')).to.deep.equal([]);
      expect(at('2026-12-04T10:00:00.123Z')).to.deep.equal([]);
      for (const bad of ['2026-12-04T10:00:00', '2026-12-04 10:00:00+08:00', '2026-12-04T10:00:00+0800', '2026-02-30T10:00:00+08:00', '2026-12-04t10:00:00z']) {
        expect(at(bad), bad).to.deep.equal(['/updatedAt EIP-CORE-005']);
      }
      expect(problems('person-record', { ...person, birthDate: '1949/12/31' })).to.include('/birthDate EIP-POP-003');
    });

    it('say what a date-time should look like', () => {
      const v = only('health', { status: 'UP', role: 'PLATFORM', nodeId: 'P-330000-ZJ', profileVersion: '1.0', time: 'now', conformance: ['CORE'] });
      expect(v.message.en).to.contain('explicit offset');
      expect(v.message.zh).to.contain('显式偏移');
    });

    it('require a machine-readable format in an open dataset (EIP-OPEN-001)', () => {
      const dataset = {
        datasetId: 'ds-1',
        title: '示例',
        description: '',
        publisher: { name: '示例', code: '11100000000013338W' },
        formats: [{ format: 'XLSX', downloadUrl: '/files/a.xlsx' }],
        updateCycle: 'MONTHLY',
        updatedAt: '2025-06-01T10:00:00+08:00',
      };
      expect(problems('open-dataset', dataset)).to.deep.equal(['/formats EIP-OPEN-001']);
      expect(problems('open-dataset', { ...dataset, formats: [...dataset.formats, { format: 'CSV', downloadUrl: '/files/a.csv' }] })).to.deep.equal([]);
    });
  });
});
