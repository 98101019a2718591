// Every vector of the standards facts, with its stated verdict, through the validator functions.
import { expect } from 'chai';
import {
  citizenIdCheckChar,
  gb11714CheckChar,
  mod3736CheckChar,
  upgradeCitizenId15,
  usccCheckChar,
  validateCitizenId,
  validateEcertId,
  validateUscc,
} from '../../src/standards/index.js';
import { VECTORS } from './vectors-data.js';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

describe('standards vectors: GB 11643 citizen ID', () => {
  for (const v of VECTORS.citizenId) {
    it(`${v.value} → ${v.valid ? 'valid' : 'invalid'}`, () => {
      const verdict = validateCitizenId(v.value);
      expect(verdict.valid).to.equal(v.valid);
      if (verdict.valid) {
        if (v.birthDate) expect(verdict.info.birthDate).to.equal(v.birthDate);
        if (v.sex) expect(verdict.info.sex).to.equal(v.sex);
        if (v.upgradedTo) {
          expect(verdict.info.upgradedFrom15).to.equal(true);
          expect(verdict.info.normalized).to.equal(v.upgradedTo);
          expect(upgradeCitizenId15(v.value)).to.equal(v.upgradedTo);
        }
      } else {
        expect(verdict.reason.zh).to.equal(`校验码应为 ${v.expects}，实际为 ${v.found}`);
        expect(verdict.reason.en).to.equal(`check character should be ${v.expects}, found ${v.found}`);
        expect(citizenIdCheckChar(v.value.slice(0, 17))).to.equal(v.expects);
      }
    });
  }

  it('11010519491231002X: S = 167, R = 2 → X (weights 2^(18−i) mod 11)', () => {
    const vector = VECTORS.citizenId.find((v) => v.checksum)!;
    ID_WEIGHTS.forEach((w, i) => expect(w).to.equal(2 ** (17 - i) % 11));
    const s = [...vector.value.slice(0, 17)].reduce((sum, c, i) => sum + Number(c) * ID_WEIGHTS[i]!, 0);
    expect(s).to.equal(vector.checksum!.S);
    expect(s % 11).to.equal(vector.checksum!.R);
    expect(citizenIdCheckChar(vector.value.slice(0, 17))).to.equal('X');
  });

  it('accepts a lower-case x and normalises it to X', () => {
    const verdict = validateCitizenId('11010519491231002x');
    expect(verdict.valid).to.equal(true);
    if (verdict.valid) expect(verdict.info.normalized).to.equal('11010519491231002X');
  });
});

describe('standards vectors: GB 32100 USCC and GB 11714', () => {
  for (const v of VECTORS.uscc) {
    it(`${v.value} → ${v.valid ? 'valid' : 'invalid'}`, () => {
      const verdict = validateUscc(v.value);
      expect(verdict.valid).to.equal(v.valid);
      if (verdict.valid) {
        expect(verdict.info.orgCode).to.equal(v.orgCode);
        expect(verdict.info.pairSet).to.equal('core');
        expect(verdict.warning).to.equal(undefined);
      } else if (v.expects) {
        expect(verdict.reason.en).to.equal(`check character should be ${v.expects}, found ${v.found}`);
        expect(verdict.reason.zh).to.equal(`校验码应为 ${v.expects}，实际为 ${v.found}`);
      } else if (v.badChar) {
        expect(verdict.reason.zh).to.contain(`第 ${v.position} 位 '${v.badChar}' 不在统一社会信用代码字符集内`);
        expect(verdict.reason.en).to.contain(`position ${v.position} '${v.badChar}' is not in the USCC character set`);
      } else if (v.pair) {
        // The stated point of this vector: the checksum passes, only the pair is wrong.
        expect(usccCheckChar(v.value.slice(0, 17))).to.equal(v.value[17]);
        expect(verdict.reason.en).to.contain(`authority '${v.pair[0]}' with organisation category '${v.pair[1]}' is not a defined pair`);
      }
    });
  }

  for (const v of VECTORS.gb11714) {
    it(`GB 11714 body ${v.body} → ${v.check}`, () => {
      expect(gb11714CheckChar(v.body)).to.equal(v.check);
    });
  }

  it('check weights are 3^(i−1) mod 31 as listed', () => {
    const listed = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    listed.forEach((w, i) => expect(w).to.equal(3 ** i % 31));
  });
});

describe('standards vectors: e-certificate identifiers (MOD 37,36)', () => {
  for (const v of VECTORS.ecert) {
    it(`${v.value} → ${v.valid ? 'valid' : 'invalid'}`, () => {
      const verdict = validateEcertId(v.value);
      expect(verdict.valid).to.equal(v.valid);
      if (!verdict.valid) {
        expect(verdict.reason.en).to.equal(`check character should be ${v.expects}, found ${v.found}`);
      }
    });
  }
  for (const v of VECTORS.mod3736) {
    it(`ISO 7064 MOD 37,36: ${v.input} → ${v.check} (python-stdnum agrees)`, () => {
      expect(mod3736CheckChar(v.input)).to.equal(v.check);
    });
  }
});
