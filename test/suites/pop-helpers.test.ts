// The identifiers the POP, LE and EC suites derive from fixtures, and the schema-violation attribution.
import { expect } from 'chai';
import { validateCitizenId, validateEcertId, validateUscc } from '../../src/standards/index.js';
import { createSchemaValidator } from '../../src/spec/index.js';
import type { Target } from '../../src/ics/types.js';
import { legacyForm, unknownPersonId, withBadCharacter, withWrongCheckChar, withWrongLength } from '../../suites/lib/pop-fixtures.js';
import { unknownUscc, usccWithBadCharacter, usccWithWrongCheck, usccWithWrongLength } from '../../suites/lib/le-fixtures.js';
import { holderCodeWithWrongCheck, idWithWrongCheck, unknownCertificateId } from '../../suites/lib/ec-data.js';
import { ownSchemaViolations } from '../../suites/lib/pop-record-rules.js';
import { maskCode, maskText } from '../../suites/lib/mask.js';
import { shanghaiToday } from '../../suites/lib/pop-data-call.js';
import { legalEntity } from '../fixtures/spec/records.js';

const CERT = '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F';

function target(over: Partial<Target> = {}): Target {
  return {
    id: 't',
    name: 't',
    region: '110105',
    role: 'DEPARTMENT',
    baseUrl: 'http://127.0.0.1:1',
    environment: 'test',
    allowWrites: false,
    classes: ['POP', 'LE', 'EC'],
    auth: { appKey: 'a', secret: 's', signatureMethod: 'HMAC-SM3' },
    fixtures: {
      population: [{ idNumber: '11010519491231002X', name: '张三' }],
      legalEntity: [{ uscc: '91110000600037341L' }],
      eCertificate: [{ certificateId: CERT, holderCode: '11010519491231002X', holderCodeType: '111' }],
    },
    purpose: 'p',
    limits: { rps: 5, concurrency: 1, maxRequests: 100 },
    source: 'test',
    secrets: ['s'],
    ...over,
  };
}

describe('suites: identifiers derived from fixtures', () => {
  it('invalid ID forms fail GB 11643 each in one way', () => {
    const id = '11010519491231002X';
    expect(withWrongCheckChar(id)).to.have.length(18);
    expect(validateCitizenId(withWrongCheckChar(id)).valid).to.equal(false);
    expect(withWrongLength(id)).to.have.length(17);
    expect(withBadCharacter(id)).to.match(/^\d{15}A\d{1}X$/);
  });

  it('the unknown person ID is valid, not a fixture, and withheld in production', () => {
    const id = unknownPersonId(target()) as string;
    expect(validateCitizenId(id).valid).to.equal(true);
    expect(id).to.not.equal('11010519491231002X');
    expect(id.slice(0, 14)).to.equal('11010519491231');
    expect(unknownPersonId(target({ environment: 'production' }))).to.equal(undefined);
    const absent = target({ environment: 'production', fixtures: { population: [], absent: { population: ['440524188001010014'] } } });
    expect(unknownPersonId(absent)).to.equal('440524188001010014');
  });

  it('derives the 15-digit legacy form of a 1900s number only', () => {
    expect(legacyForm('11010519491231002X')).to.equal('110105491231002');
    expect(legacyForm('440524188001010014')).to.equal(undefined);
  });

  it('invalid USCC forms are invalid; the unknown USCC is valid and differs', () => {
    const u = '91110000600037341L';
    expect(validateUscc(usccWithWrongCheck(u)).valid).to.equal(false);
    expect(validateUscc(usccWithBadCharacter(u)).valid).to.equal(false);
    expect(usccWithWrongLength(u)).to.have.length(17);
    const unknown = unknownUscc(target()) as string;
    expect(validateUscc(unknown).valid, unknown).to.equal(true);
    expect(unknown).to.not.equal(u);
    expect(unknownUscc(target({ environment: 'production' }))).to.equal(undefined);
  });

  it('certificate identifiers: a wrong check fails, the unknown one is well-formed and recognisable', () => {
    expect(validateEcertId(CERT).valid).to.equal(true);
    expect(validateEcertId(idWithWrongCheck(CERT)).valid).to.equal(false);
    const unknown = unknownCertificateId(target()) as string;
    expect(validateEcertId(unknown).valid).to.equal(true);
    expect(unknown).to.contain('.GOVXABSENT');
  });

  it('holder codes with a wrong check character are invalid for their type', () => {
    expect(validateCitizenId(holderCodeWithWrongCheck({ holderCode: '11010519491231002X', holderCodeType: '111' })).valid).to.equal(false);
    expect(validateUscc(holderCodeWithWrongCheck({ holderCode: '91110000600037341L', holderCodeType: '001' })).valid).to.equal(false);
  });
});

describe('suites: schema violations attributed to the rule owning the field', () => {
  const schemas = createSchemaValidator();
  const ctx = { schemas };
  const record = {
    idNumber: '11010519491231002X',
    name: '张三',
    sex: '2',
    ethnicity: '01',
    birthDate: '1949-12-31',
    residenceDivisionCode: '110105',
    residenceAddress: '北京市朝阳区',
    updatedAt: '2026-01-01T00:00:00+08:00',
  };

  it('a valid record has none', () => {
    expect(ownSchemaViolations(ctx, 'person-record', record)).to.deep.equal([]);
  });

  it("a bad ethnicity code is POP-005's, not POP-001's", () => {
    expect(schemas.validate('person-record', { ...record, ethnicity: '00' })).to.not.deep.equal([]);
    expect(ownSchemaViolations(ctx, 'person-record', { ...record, ethnicity: '00' })).to.deep.equal([]);
  });

  it('a missing member or a wrong type stays with POP-001', () => {
    const { residenceAddress: _drop, ...missing } = record;
    void _drop;
    expect(ownSchemaViolations(ctx, 'person-record', missing)).to.have.length.greaterThan(0);
    expect(ownSchemaViolations(ctx, 'person-record', { ...record, ethnicity: 1 })).to.have.length.greaterThan(0);
  });

  it("a negative capital is LE-004's; a capital of the wrong type is LE-001's", () => {
    const entity = { ...legalEntity };
    expect(ownSchemaViolations(ctx, 'legal-entity-record', entity)).to.deep.equal([]);
    const negative = { ...entity, registeredCapital: { amount: -1, currency: 'CNY' } };
    expect(schemas.validate('legal-entity-record', negative)).to.have.length.greaterThan(0);
    expect(ownSchemaViolations(ctx, 'legal-entity-record', negative)).to.deep.equal([]);
    expect(ownSchemaViolations(ctx, 'legal-entity-record', { ...entity, registeredCapital: '100' })).to.have.length.greaterThan(0);
  });
});

describe('suites: masking and dates', () => {
  it('masks codes and fixture names in messages', () => {
    expect(maskCode('11010519491231002X')).to.equal('110105********002X');
    const text = maskText({ target: target() }, { zh: '张三 11010519491231002X', en: '张三 11010519491231002X' });
    expect(text.zh).to.not.contain('张三');
    expect(text.en).to.not.contain('11010519491231002X');
  });

  it('today in Asia/Shanghai crosses midnight at 16:00 UTC', () => {
    expect(shanghaiToday(new Date('2026-03-01T15:59:59Z'))).to.equal('2026-03-01');
    expect(shanghaiToday(new Date('2026-03-01T16:00:00Z'))).to.equal('2026-03-02');
  });
});
