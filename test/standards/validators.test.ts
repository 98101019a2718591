// The validators beyond the standards-facts vectors: reasons a person can act on, code tables,
// divisions, currencies, resource codes and node IDs.
import { expect } from 'chai';
import {
  citizenIdCheckChar,
  countyCodes,
  divisionName,
  regionNameForPrefix,
  todayInShanghai,
  usccCheckChar,
  validateCitizenId,
  validateCurrency,
  validateDivisionCode,
  validateEducation,
  validateEthnicity,
  validateMaritalStatus,
  validateNodeId,
  validateResourceCode,
  validateSex,
  validateUscc,
  type Verdict,
} from '../../src/standards/index.js';

function reasonOf(v: Verdict<unknown>): { zh: string; en: string } {
  if (v.valid) expect.fail('expected an invalid verdict');
  return v.reason;
}

describe('validateCitizenId: reasons', () => {
  it('names the length, a bad character, an impossible date, an unknown province', () => {
    expect(reasonOf(validateCitizenId('1101051949123100')).en).to.equal('an ID number has 18 characters (or 15 for the legacy form), got 16');
    expect(reasonOf(validateCitizenId('11010519491231A02X')).zh).to.equal("第 15 位 'A' 不是数字");
    expect(reasonOf(validateCitizenId('11010519491231002Y')).en).to.contain("check character 'Y' (position 18) should be a digit or X");
    // 1949-02-30 with a correct check character: the date itself is the problem.
    const body = '11010519490230002';
    const id = body + citizenIdCheckChar(body);
    expect(reasonOf(validateCitizenId(id)).en).to.equal('the birth date in positions 7–14, 1949-02-30, is not a real date');
    expect(reasonOf(validateCitizenId('110105490230002')).zh).to.contain('第 7–12 位');
    const unknownProvince = '99010519491231002';
    expect(reasonOf(validateCitizenId(unknownProvince + citizenIdCheckChar(unknownProvince))).en).to.contain("province code '99' is not in GB/T 2260");
    expect(reasonOf(validateCitizenId(11010519491231002)).en).to.equal('an ID number should be a string, got number');
  });

  it('refuses a birth date after today', () => {
    const year = Number(todayInShanghai().slice(0, 4)) + 1;
    const body = `110105${year}0101001`;
    expect(reasonOf(validateCitizenId(body + citizenIdCheckChar(body))).en).to.contain('is in the future');
  });
});

describe('validateUscc: reasons', () => {
  it('names a character outside the set by position, and upper case', () => {
    expect(reasonOf(validateUscc('9111I000600037341L')).zh).to.contain("第 5 位 'I' 不在统一社会信用代码字符集内");
    expect(reasonOf(validateUscc('91110000600037341l')).en).to.contain('letters are upper case');
    expect(reasonOf(validateUscc('9111000060003734')).en).to.equal('a USCC has 18 characters, got 16');
    expect(reasonOf(validateUscc('91A10000600037341L')).en).to.contain("positions 3–8 should be a 6-digit division code");
  });

  it('names the organisation code check at position 17', () => {
    // 600037342 is a wrong GB 11714 check (should be 1); recompute the GB 32100 check so only that fails.
    const first17 = '91110000600037342';
    expect(reasonOf(validateUscc(first17 + usccCheckChar(first17))).en).to.equal(
      "the organisation code's check character (position 17, GB 11714) should be 1, found 2",
    );
  });
});

describe('GB/T 2260 divisions', () => {
  it('knows provinces, prefectures and counties from the data package', () => {
    expect(validateDivisionCode('330000')).to.deep.include({ valid: true });
    const county = validateDivisionCode('330106');
    expect(county.valid && county.info).to.deep.equal({ name: '西湖区', provinceName: '浙江省', level: 'county', fullName: '浙江省杭州市西湖区' });
    const prefecture = validateDivisionCode('330100');
    expect(prefecture.valid && prefecture.info.level).to.equal('prefecture');
    expect(divisionName('110105')).to.equal('朝阳区');
    expect(divisionName('999999')).to.equal(undefined);
  });

  it('province unknown → invalid; county unknown in a known province → valid with a warning', () => {
    expect(reasonOf(validateDivisionCode('990000')).en).to.contain("province code '99'");
    const lagging = validateDivisionCode('110199');
    expect(lagging.valid).to.equal(true);
    expect(lagging.valid && lagging.warning?.en).to.contain("county code '110199'");
  });

  it('100000 only where the national level is allowed', () => {
    expect(validateDivisionCode('100000').valid).to.equal(false);
    const national = validateDivisionCode('100000', { allowNational: true });
    expect(national.valid && national.info.level).to.equal('national');
  });

  it('refuses anything but six digits', () => {
    for (const v of ['11010', '1101055', '11010a', ' 110105']) expect(validateDivisionCode(v).valid, v).to.equal(false);
  });

  it('regionNameForPrefix gives the prefecture, or the province for municipalities', () => {
    expect(regionNameForPrefix('330106')).to.equal('杭州市');
    expect(regionNameForPrefix('3301')).to.equal('杭州市');
    expect(regionNameForPrefix('33')).to.equal('浙江省');
    expect(regionNameForPrefix('110105')).to.equal('北京市');
    expect(regionNameForPrefix('99')).to.equal(undefined);
  });

  it('holds the package’s 3,000+ county-level codes, sorted', () => {
    const counties = countyCodes();
    expect(counties.length).to.be.greaterThan(3000);
    expect([...counties].sort()).to.deep.equal(counties);
    for (const code of counties.slice(0, 50)) expect(validateDivisionCode(code)).to.deep.include({ valid: true });
  });
});

describe('code tables', () => {
  it('GB/T 2261.1 sex: 0 1 2 9', () => {
    for (const c of ['0', '1', '2', '9']) expect(validateSex(c).valid, c).to.equal(true);
    for (const c of ['3', '01', 'M', '']) expect(validateSex(c).valid, c).to.equal(false);
    const male = validateSex('1');
    expect(male.valid && male.info.name.zh).to.equal('男性');
  });

  it('GB/T 2261.2 marital status', () => {
    for (const c of ['10', '20', '21', '22', '23', '30', '40']) expect(validateMaritalStatus(c).valid, c).to.equal(true);
    for (const c of ['11', '50', '1']) expect(validateMaritalStatus(c).valid, c).to.equal(false);
  });

  it('GB/T 3304 ethnic groups 01–56, 97, 98', () => {
    for (let i = 1; i <= 56; i++) expect(validateEthnicity(String(i).padStart(2, '0')).valid, String(i)).to.equal(true);
    for (const c of ['97', '98']) expect(validateEthnicity(c).valid).to.equal(true);
    for (const c of ['00', '57', '96', '99', '1', 'toString']) expect(validateEthnicity(c).valid, c).to.equal(false);
    const han = validateEthnicity('01');
    expect(han.valid && han.info.name).to.deep.equal({ zh: '汉族', en: 'Han' });
    const jino = validateEthnicity('56');
    expect(jino.valid && jino.info.name.zh).to.equal('基诺族');
    expect(reasonOf(validateEthnicity('57')).zh).to.equal("'57' 不在民族（GB/T 3304）代码表中");
  });

  it('GB/T 4658 education', () => {
    for (const c of ['10', '11', '19', '20', '28', '31', '49', '61', '71', '73', '81', '83', '90', '99']) expect(validateEducation(c).valid, c).to.equal(true);
    for (const c of ['24', '50', '72', '82', '91']) expect(validateEducation(c).valid, c).to.equal(false);
  });

  it('ISO 4217 currencies, with names', () => {
    for (const c of ['CNY', 'USD', 'EUR', 'HKD', 'MOP', 'TWD', 'JPY']) expect(validateCurrency(c).valid, c).to.equal(true);
    for (const c of ['RMB', 'cny', 'DEM', 'XXX', 'CN']) expect(validateCurrency(c).valid, c).to.equal(false);
    const cny = validateCurrency('CNY');
    expect(cny.valid && cny.info.name.zh).to.equal('人民币');
  });
});

describe('resource codes (EIP §4)', () => {
  it('accepts the pattern and reads the category from the first digit', () => {
    const cases: [string, string][] = [['101001-000001', 'BASIC'], ['20100101-123456', 'THEME'], ['3010011234-000002', 'DEPARTMENT']];
    for (const [code, category] of cases) {
      const v = validateResourceCode(code);
      expect(v.valid && v.info.category, code).to.equal(category);
    }
  });

  it('refuses other shapes', () => {
    for (const code of ['401001-000001', '10100-000001', '1010011-000001', '10100112345-000001', '101001-00001', '101001000001', '101001-000001 ']) {
      expect(validateResourceCode(code).valid, code).to.equal(false);
    }
  });
});

describe('node IDs (EIP §8)', () => {
  it('reads level, region and suffix', () => {
    const v = validateNodeId('M-330100-HZ01');
    expect(v.valid && v.info).to.deep.include({ level: 'MUNICIPAL', region: '330100', suffix: 'HZ01', regionName: '浙江省杭州市' });
    expect(validateNodeId('N-100000-GX').valid).to.equal(true);
    expect(validateNodeId('D-100000-MPS').valid).to.equal(true);
  });

  it('refuses a bad shape, a national node off 100000, a provincial node at 100000, an unknown province', () => {
    for (const id of ['X-330000-A', 'P-33000-A', 'P-330000-', 'P-330000-abc', 'P-330000-ABCDEFGHIJKLMNOPQ']) expect(validateNodeId(id).valid, id).to.equal(false);
    expect(reasonOf(validateNodeId('N-330000-GX')).en).to.contain('a national node (N) has region 100000');
    expect(validateNodeId('P-100000-GX').valid).to.equal(false);
    expect(validateNodeId('P-990000-GX').valid).to.equal(false);
  });
});

describe('todayInShanghai', () => {
  it('is the date at UTC+8', () => {
    expect(todayInShanghai(new Date('2026-12-04T15:59:59Z'))).to.equal('2026-12-04');
    expect(todayInShanghai(new Date('2026-12-04T16:00:00Z'))).to.equal('2026-12-05');
  });
});
