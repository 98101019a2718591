// The requirement is the unit of everything: every registry ID must be verified by some suite test,
// and every ID a test cites must be in the registry (no typos, no rules the profile does not have).
import { expect } from 'chai';
import { registryMap } from '../../src/spec/registry.js';
import { CLASSES } from '../../src/spec/registry-types.js';
import { SUITES } from '../../suites/index.js';

describe('suite coverage of the requirement registry', () => {
  const registry = registryMap();
  const cited = new Map<string, string[]>();
  for (const suite of SUITES) {
    for (const test of suite.tests) {
      for (const id of test.requirements) cited.set(id, [...(cited.get(id) ?? []), `${suite.class}.${test.id}`]);
    }
  }

  it('has one suite module per conformance class', () => {
    expect(SUITES.map((s) => s.class)).to.deep.equal([...CLASSES]);
  });

  it('cites every registry ID in at least one test (a rule counts as cited through its finer IDs)', () => {
    const uncovered = [...registry.keys()].filter((id) => !cited.has(id) && ![...cited.keys()].some((c) => c.startsWith(id + '.')));
    expect(uncovered, `registry IDs without a test: ${uncovered.join(', ')}`).to.deep.equal([]);
  });

  it('cites only IDs that the registry holds', () => {
    const unknown = [...cited.keys()].filter((id) => !registry.has(id));
    expect(unknown, `cited IDs missing from specs/requirements.yaml: ${unknown.join(', ')}`).to.deep.equal([]);
  });

  it('gives every test a unique id within its suite, a bilingual title and at least one requirement', () => {
    for (const suite of SUITES) {
      const ids = suite.tests.map((t) => t.id);
      expect(new Set(ids).size, `${suite.class}: duplicate test ids`).to.equal(ids.length);
      for (const test of suite.tests) {
        expect(test.title.zh, `${suite.class}.${test.id}`).to.be.a('string').and.not.equal('');
        expect(test.title.en, `${suite.class}.${test.id}`).to.be.a('string').and.not.equal('');
        expect(test.requirements.length, `${suite.class}.${test.id}`).to.be.greaterThan(0);
      }
    }
  });
});
