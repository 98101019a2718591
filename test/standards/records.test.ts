// Record rule checks: a valid generated record has no findings; each single defect yields a finding
// naming its rule (and only that rule's findings are errors).
import { expect } from 'chai';
import {
  addDays,
  checkCatalogResource,
  checkECertificate,
  checkLegalEntityRecord,
  checkPersonRecord,
  citizenIdCheckChar,
  createRng,
  DEFAULT_GENERATION_NOW,
  genCitizenId,
  genEcertId,
  genLegalEntityRecord,
  genPersonRecord,
  genResourceCode,
  genTypeCode,
  genUscc,
  gb11714CheckChar,
  usccCheckChar,
  type Finding,
} from '../../src/standards/index.js';

const rulesOf = (findings: Finding[], severity: Finding['severity'] = 'error'): string[] =>
  [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.rule))].sort();

/** Asserts exactly one rule is broken (as errors), at the given path. */
function expectOnly(findings: Finding[], rule: string, path: string): void {
  expect(rulesOf(findings), JSON.stringify(findings)).to.deep.equal([rule]);
  expect(findings.filter((f) => f.rule === rule).map((f) => f.path)).to.include(path);
  for (const f of findings) {
    expect(f.message.zh).to.be.a('string').and.not.equal('');
    expect(f.message.en).to.be.a('string').and.not.equal('');
  }
}

/** A USCC with the given pair whose GB 11714 and GB 32100 checks both pass. */
function usccWithPair(base: string, pair: string): string {
  const first17 = pair + base.slice(2, 16) + gb11714CheckChar(base.slice(8, 16));
  return first17 + usccCheckChar(first17);
}

describe('checkPersonRecord (EIP §5)', () => {
  const rng = createRng(5);
  const person = (): ReturnType<typeof genPersonRecord> => genPersonRecord(rng);

  it('finds nothing in 300 generated records, queried by their own number', () => {
    for (let i = 0; i < 300; i++) {
      const rec = person();
      expect(checkPersonRecord(rec, { queried: rec.idNumber }), rec.idNumber).to.deep.equal([]);
    }
  });

  it('accepts the queried number in lower-case x or 15-digit form (POP-002 after normalisation)', () => {
    const rec = genPersonRecord(rng, { idNumber: '11010519491231002X' });
    expect(checkPersonRecord(rec, { queried: '11010519491231002x' })).to.deep.equal([]);
    expect(checkPersonRecord(rec, { queried: '110105491231002' })).to.deep.equal([]);
  });

  it('POP-002: a wrong check character', () => {
    const rec = person();
    const body = rec.idNumber.slice(0, 17);
    const wrong = citizenIdCheckChar(body) === '0' ? '1' : '0';
    expectOnly(checkPersonRecord({ ...rec, idNumber: body + wrong }), 'EIP-POP-002', '/idNumber');
  });

  it('POP-002: a record for another number than the one queried', () => {
    const rec = person();
    expectOnly(checkPersonRecord(rec, { queried: genCitizenId(rng) }), 'EIP-POP-002', '/idNumber');
  });

  it('POP-002: the 15-digit form in the answer; a lower-case x is the same number', () => {
    const rec = genPersonRecord(rng, { idNumber: '11010519491231002X' });
    expectOnly(checkPersonRecord({ ...rec, idNumber: '110105491231002' }), 'EIP-POP-002', '/idNumber');
    expect(checkPersonRecord({ ...rec, idNumber: '11010519491231002x' }, { queried: '11010519491231002X' })).to.deep.equal([]);
  });

  it('POP-003: a birth date that is not ID digits 7–14', () => {
    const rec = person();
    const findings = checkPersonRecord({ ...rec, birthDate: addDays(rec.birthDate, 1) });
    expectOnly(findings, 'EIP-POP-003', '/birthDate');
    // Personal data stays out of the message (it reaches results files).
    for (const f of findings) {
      expect(f.message.en).to.not.contain(rec.idNumber);
      expect(f.message.en).to.not.contain(rec.birthDate);
    }
  });

  it('POP-004: a sex that disagrees with the parity of digit 17', () => {
    const rec = person();
    expectOnly(checkPersonRecord({ ...rec, sex: rec.sex === '1' ? '2' : '1' }), 'EIP-POP-004', '/sex');
    expectOnly(checkPersonRecord({ ...rec, sex: '9' }), 'EIP-POP-004', '/sex');
    expectOnly(checkPersonRecord({ ...rec, sex: '3' }), 'EIP-POP-004', '/sex');
  });

  it('POP-005: an ethnicity outside GB/T 3304', () => {
    const rec = person();
    for (const code of ['57', '99', '00', '1']) expectOnly(checkPersonRecord({ ...rec, ethnicity: code }), 'EIP-POP-005', '/ethnicity');
    expect(checkPersonRecord({ ...rec, ethnicity: '98' })).to.deep.equal([]);
  });

  it('POP-006: a division code with an unknown province is an error, an unknown county only a warning', () => {
    const rec = person();
    expectOnly(checkPersonRecord({ ...rec, residenceDivisionCode: '990101' }), 'EIP-POP-006', '/residenceDivisionCode');
    expectOnly(checkPersonRecord({ ...rec, birthPlaceDivisionCode: '1101' }), 'EIP-POP-006', '/birthPlaceDivisionCode');
    const lagging = checkPersonRecord({ ...rec, residenceDivisionCode: '110199' });
    expect(rulesOf(lagging)).to.deep.equal([]);
    expect(rulesOf(lagging, 'warning')).to.deep.equal(['EIP-POP-006']);
  });

  it('POP-001: marital status and education outside their tables', () => {
    const rec = person();
    expectOnly(checkPersonRecord({ ...rec, maritalStatus: '50' }), 'EIP-POP-001', '/maritalStatus');
    expectOnly(checkPersonRecord({ ...rec, education: '50' }), 'EIP-POP-001', '/education');
  });

  it('leaves the shape to the schema: members of the wrong type and non-objects give no findings', () => {
    expect(checkPersonRecord(null)).to.deep.equal([]);
    expect(checkPersonRecord([1, 2])).to.deep.equal([]);
    expect(checkPersonRecord({ idNumber: 42, sex: 1 })).to.deep.equal([]);
  });
});

describe('checkLegalEntityRecord (EIP §6)', () => {
  const rng = createRng(6);
  const now = DEFAULT_GENERATION_NOW;
  const entity = (): ReturnType<typeof genLegalEntityRecord> => genLegalEntityRecord(rng);

  it('finds nothing in 300 generated records', () => {
    for (let i = 0; i < 300; i++) {
      const rec = entity();
      expect(checkLegalEntityRecord(rec, { queried: rec.uscc, now }), rec.uscc).to.deep.equal([]);
    }
  });

  it('LE-002: an undefined authority/category pair (checksums intact)', () => {
    const rec = entity();
    expectOnly(checkLegalEntityRecord({ ...rec, uscc: usccWithPair(rec.uscc, '94') }, { now }), 'EIP-LE-002', '/uscc');
  });

  it('LE-002: an extended-table pair is accepted with a warning saying so', () => {
    const rec = entity();
    const findings = checkLegalEntityRecord({ ...rec, uscc: usccWithPair(rec.uscc, '31') }, { now });
    expect(rulesOf(findings)).to.deep.equal([]);
    expect(rulesOf(findings, 'warning')).to.deep.equal(['EIP-LE-002']);
    expect(findings[0]!.message.en).to.contain('extended table');
  });

  it('LE-002: a failing GB 11714 check, and a code other than the queried one', () => {
    const rec = entity();
    const badOrg = rec.uscc.slice(0, 16) + (rec.uscc[16] === '0' ? '1' : '0');
    expectOnly(checkLegalEntityRecord({ ...rec, uscc: badOrg + usccCheckChar(badOrg) }, { now }), 'EIP-LE-002', '/uscc');
    expectOnly(checkLegalEntityRecord(rec, { queried: genUscc(rng), now }), 'EIP-LE-002', '/uscc');
  });

  it('LE-003: USCC region and divisionCode must be GB/T 2260 codes (100000 allowed in the USCC)', () => {
    const rec = entity();
    const foreign = '99' + rec.uscc.slice(4, 17);
    const withBadRegion = rec.uscc.slice(0, 2) + foreign.slice(0, 15);
    expectOnly(checkLegalEntityRecord({ ...rec, uscc: withBadRegion + usccCheckChar(withBadRegion) }, { now }), 'EIP-LE-003', '/uscc');
    const national = rec.uscc.slice(0, 2) + '100000' + rec.uscc.slice(8, 17);
    expect(checkLegalEntityRecord({ ...rec, uscc: national + usccCheckChar(national) }, { now })).to.deep.equal([]);
    expectOnly(checkLegalEntityRecord({ ...rec, divisionCode: '100000' }, { now }), 'EIP-LE-003', '/divisionCode');
  });

  it('LE-004: currency outside ISO 4217 or a negative amount', () => {
    const rec = entity();
    expectOnly(checkLegalEntityRecord({ ...rec, registeredCapital: { amount: 100, currency: 'RMB' } }, { now }), 'EIP-LE-004', '/registeredCapital/currency');
    expectOnly(checkLegalEntityRecord({ ...rec, registeredCapital: { amount: -1, currency: 'CNY' } }, { now }), 'EIP-LE-004', '/registeredCapital/amount');
    expect(checkLegalEntityRecord({ ...rec, registeredCapital: { amount: 0, currency: 'USD' } }, { now })).to.deep.equal([]);
  });

  it('LE-006 (SHOULD, warning): establishedOn in the future or after updatedAt', () => {
    const rec = entity();
    const future = checkLegalEntityRecord({ ...rec, establishedOn: '2026-03-01' }, { now });
    expect(rulesOf(future)).to.deep.equal([]);
    expect(rulesOf(future, 'warning')).to.deep.equal(['EIP-LE-006']);
    const afterUpdate = checkLegalEntityRecord({ ...rec, establishedOn: addDays(rec.updatedAt.slice(0, 10), 1) }, { now });
    expect(rulesOf(afterUpdate, 'warning')).to.deep.equal(['EIP-LE-006']);
  });
});

describe('checkECertificate (EIP §7)', () => {
  const rng = createRng(7);
  const today = '2026-12-04';

  function certificate(): Record<string, unknown> {
    const typeCode = genTypeCode(rng);
    const issuerCode = genUscc(rng, { pair: '11' });
    const holderCode = genCitizenId(rng);
    return {
      certificateId: genEcertId(rng, { typeCode, issuerCode }),
      name: '居民户口簿',
      typeCode,
      number: 'HK' + String(rng.int(100000, 999999)),
      issuer: { name: '某市公安局', code: issuerCode },
      issuedOn: '2024-05-01',
      holder: { name: '张三', code: holderCode, codeType: '111' },
      validFrom: '2024-05-01',
      validUntil: '2034-05-01',
      status: 'VALID',
      fileSm3: 'a'.repeat(64),
    };
  }
  const holderOf = (c: Record<string, unknown>): { code: string; codeType: string } => c['holder'] as { code: string; codeType: string };

  it('finds nothing in 200 generated certificates, queried by their holder', () => {
    for (let i = 0; i < 200; i++) {
      const c = certificate();
      expect(checkECertificate(c, { today, holder: holderOf(c) })).to.deep.equal([]);
    }
  });

  it('EC-002: a wrong check character', () => {
    const c = certificate();
    const id = c['certificateId'] as string;
    const wrong = id.slice(0, -1) + (id.endsWith('0') ? '1' : '0');
    expectOnly(checkECertificate({ ...c, certificateId: wrong }, { today }), 'EIP-EC-002', '/certificateId');
  });

  it('EC-003: identifier segments that differ from typeCode or issuer.code', () => {
    const c = certificate();
    expectOnly(checkECertificate({ ...c, typeCode: genTypeCode(rng) }, { today }), 'EIP-EC-003', '/certificateId');
    const otherIssuer = genUscc(rng);
    expectOnly(checkECertificate({ ...c, issuer: { name: '某局', code: otherIssuer } }, { today }), 'EIP-EC-003', '/certificateId');
  });

  it('EC-004: an issuer or type-defining code that is not a valid USCC', () => {
    const typeCode = genTypeCode(rng);
    const good = genUscc(rng);
    const badIssuer = usccWithPair(good, '94');
    const c = { ...certificate(), typeCode, certificateId: genEcertId(rng, { typeCode, issuerCode: badIssuer }), issuer: { name: '某局', code: badIssuer } };
    expectOnly(checkECertificate(c, { today }), 'EIP-EC-004', '/issuer/code');
    const badType = usccWithPair(typeCode, '94') + typeCode.slice(18);
    const issuerCode = genUscc(rng);
    const d = { ...certificate(), typeCode: badType, certificateId: genEcertId(rng, { typeCode: badType, issuerCode }), issuer: { name: '某局', code: issuerCode } };
    expectOnly(checkECertificate(d, { today }), 'EIP-EC-004', '/typeCode');
  });

  it('EC-005: a holder code invalid for its type, an unknown type, another holder than queried', () => {
    const c = certificate();
    const holder = holderOf(c);
    expectOnly(checkECertificate({ ...c, holder: { ...holder, codeType: '001' } }, { today }), 'EIP-EC-005', '/holder/code');
    expectOnly(checkECertificate({ ...c, holder: { ...holder, codeType: '002' } }, { today }), 'EIP-EC-005', '/holder/codeType');
    expectOnly(checkECertificate(c, { today, holder: { code: genCitizenId(rng), codeType: '111' } }), 'EIP-EC-005', '/holder');
    const legal = { ...c, holder: { name: '某公司', code: genUscc(rng), codeType: '001' } };
    expect(checkECertificate(legal, { today, holder: holderOf(legal) })).to.deep.equal([]);
  });

  it('EC-006: validFrom after validUntil', () => {
    const c = certificate();
    expectOnly(checkECertificate({ ...c, validFrom: '2035-01-01' }, { today }), 'EIP-EC-006', '/validUntil');
  });

  it('EC-006: expired but VALID, and EXPIRED before its end date', () => {
    const c = certificate();
    expectOnly(checkECertificate({ ...c, validFrom: '2020-01-01', validUntil: '2026-11-01', status: 'VALID' }, { today }), 'EIP-EC-006', '/status');
    expectOnly(checkECertificate({ ...c, status: 'EXPIRED' }, { today }), 'EIP-EC-006', '/status');
    expectOnly(checkECertificate({ ...c, validUntil: null, status: 'EXPIRED' }, { today }), 'EIP-EC-006', '/status');
    expect(checkECertificate({ ...c, validFrom: '2020-01-01', validUntil: '2026-11-01', status: 'EXPIRED' }, { today })).to.deep.equal([]);
    expect(checkECertificate({ ...c, validFrom: '2020-01-01', validUntil: '2026-11-01', status: 'REVOKED' }, { today })).to.deep.equal([]);
    expect(checkECertificate({ ...c, validUntil: null, status: 'VALID' }, { today })).to.deep.equal([]);
  });

  it('EC-006: a certificate within one day of its end date is not judged', () => {
    const c = certificate();
    for (const validUntil of [addDays(today, -1), today, addDays(today, 1)]) {
      for (const status of ['VALID', 'EXPIRED']) {
        expect(checkECertificate({ ...c, validUntil, status }, { today }), `${validUntil} ${status}`).to.deep.equal([]);
      }
    }
    expect(rulesOf(checkECertificate({ ...c, validUntil: addDays(today, -2), status: 'VALID' }, { today }))).to.deep.equal(['EIP-EC-006']);
    expect(rulesOf(checkECertificate({ ...c, validUntil: addDays(today, 2), status: 'EXPIRED' }, { today }))).to.deep.equal(['EIP-EC-006']);
  });
});

describe('checkCatalogResource (EIP §4)', () => {
  const rng = createRng(4);
  const now = new Date('2026-12-04T10:00:00+08:00');

  function resource(): Record<string, unknown> {
    return {
      resourceCode: genResourceCode(rng, 'BASIC'),
      name: '人口基础信息',
      category: 'BASIC',
      provider: { name: '某市公安局', code: genUscc(rng, { pair: '11' }) },
      format: { type: 'INTERFACE' },
      items: [{ name: '公民身份号码', dataType: 'STRING' }],
      shareType: 'CONDITIONAL',
      shareCondition: '依据《政务信息资源共享管理暂行办法》，经审批后共享',
      shareMethod: 'INTERFACE',
      openType: 'NOT_OPEN',
      updateCycle: 'DAILY',
      publishedOn: '2025-01-01',
      updatedAt: '2026-12-04T02:00:00+08:00',
      service: { method: 'POST', path: '/gx/v1/population/query' },
    };
  }

  it('finds nothing in generated resources of every category', () => {
    for (const [category, digit] of [['BASIC', '1'], ['THEME', '2'], ['DEPARTMENT', '3']] as const) {
      for (let i = 0; i < 50; i++) {
        const rec = { ...resource(), category, resourceCode: genResourceCode(rng, category) };
        expect((rec.resourceCode as string)[0]).to.equal(digit);
        expect(checkCatalogResource(rec, { now })).to.deep.equal([]);
      }
    }
  });

  it('CAT-002: a malformed code, or a category that disagrees with its first digit', () => {
    expectOnly(checkCatalogResource({ ...resource(), resourceCode: '101001-00001' }, { now }), 'EIP-CAT-002', '/resourceCode');
    expectOnly(checkCatalogResource({ ...resource(), category: 'THEME' }, { now }), 'EIP-CAT-002', '/category');
  });

  it('CAT-003: a provider code that is not a valid USCC', () => {
    const rec = resource();
    const code = (rec['provider'] as { code: string }).code;
    expectOnly(checkCatalogResource({ ...rec, provider: { name: 'x', code: code.slice(0, 17) + (code[17] === '0' ? '1' : '0') } }, { now }), 'EIP-CAT-003', '/provider/code');
  });

  it('CAT-004: share and open conditions where required', () => {
    expectOnly(checkCatalogResource({ ...resource(), shareCondition: ' ' }, { now }), 'EIP-CAT-004', '/shareCondition');
    expectOnly(checkCatalogResource({ ...resource(), shareType: 'NONE', shareCondition: undefined }, { now }), 'EIP-CAT-004', '/shareCondition');
    expectOnly(checkCatalogResource({ ...resource(), openType: 'CONDITIONAL' }, { now }), 'EIP-CAT-004', '/openCondition');
    expect(checkCatalogResource({ ...resource(), shareType: 'UNCONDITIONAL', shareCondition: undefined }, { now })).to.deep.equal([]);
  });

  it('CAT-008 (warning): updatedAt in the future, publishedOn after updatedAt', () => {
    const future = checkCatalogResource({ ...resource(), updatedAt: '2026-12-05T10:00:00+08:00' }, { now });
    expect(rulesOf(future)).to.deep.equal([]);
    expect(rulesOf(future, 'warning')).to.deep.equal(['EIP-CAT-008']);
    const late = checkCatalogResource({ ...resource(), publishedOn: '2026-12-05' }, { now });
    expect(rulesOf(late, 'warning')).to.deep.equal(['EIP-CAT-008']);
  });

  it('CAT-010 (warning): not updated within twice its cycle; IRREGULAR is never stale', () => {
    const stale = checkCatalogResource({ ...resource(), updateCycle: 'MONTHLY', updatedAt: '2026-09-01T00:00:00+08:00' }, { now });
    expect(rulesOf(stale)).to.deep.equal([]);
    expect(rulesOf(stale, 'warning')).to.deep.equal(['EIP-CAT-010']);
    expect(checkCatalogResource({ ...resource(), updateCycle: 'MONTHLY', updatedAt: '2026-11-01T00:00:00+08:00' }, { now })).to.deep.equal([]);
    expect(checkCatalogResource({ ...resource(), updateCycle: 'IRREGULAR', publishedOn: '2019-06-01', updatedAt: '2020-01-01T00:00:00+08:00' }, { now })).to.deep.equal([]);
  });
});
