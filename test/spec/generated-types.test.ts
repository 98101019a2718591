import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { generatedTypesFile, renderTypes, TYPE_ROLES } from '../../scripts/gen-types.js';

describe('generated types (src/generated)', function () {
  this.timeout(60_000);

  for (const role of TYPE_ROLES) {
    it(`${role}.ts is what openapi-typescript makes of the document now (else: npm run specs:types)`, async () => {
      const fresh = await renderTypes(role);
      const committed = readFileSync(generatedTypesFile(role), 'utf8');
      expect(committed === fresh, `src/generated/${role}.ts is stale: run npm run specs:types`).to.equal(true);
      expect(committed).to.contain(role === 'department' ? '"population.query"' : '"docking.forward"');
    });
  }
});
