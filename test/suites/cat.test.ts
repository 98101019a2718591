import { expect } from 'chai';
import cat from '../../suites/cat.js';
import type { GxRequest, TestDef } from '../../src/engine/suite-api.js';
import { err, fakeContext, ok, outcomeOf, pagedCatalog, type FakeAnswer } from './core-fake-context.js';

const CATALOG = '/gx/v1/catalog/resources';
const SHARE = ['UNCONDITIONAL', 'CONDITIONAL', 'NONE'];
const items = Array.from({ length: 12 }, (_, i) => ({
  resourceCode: `101001-${String(i + 1).padStart(6, '0')}`,
  shareType: SHARE[i % 3],
  updatedAt: `2026-01-${String(i + 1).padStart(2, '0')}T10:00:00+08:00`,
}));
const test = (id: string): TestDef => cat.tests.find((t) => t.id === id)!;

function node(faults: { strictlyAfter?: boolean; shareIgnored?: boolean; singleDiffers?: boolean } = {}) {
  const page = pagedCatalog(items);
  return (r: GxRequest, q: Map<string, string>): FakeAnswer => {
    if (r.path === CATALOG) {
      let list = items;
      const since = q.get('updatedSince');
      if (since) list = list.filter((i) => (faults.strictlyAfter ? Date.parse(i.updatedAt) > Date.parse(since) : Date.parse(i.updatedAt) >= Date.parse(since)));
      const share = q.get('shareType');
      if (share && !faults.shareIgnored) list = list.filter((i) => i.shareType === share);
      return page(q, list);
    }
    const hit = items.find((i) => `${CATALOG}/${i.resourceCode}` === r.path);
    if (hit) return ok(faults.singleDiffers ? { ...hit, summary: 'x' } : hit);
    return err(404, r.path.startsWith(CATALOG) ? '40401' : '40400');
  };
}

describe('CAT suite against a fake catalog', () => {
  it('passes a conformant catalog on filters and the single-resource endpoint', async () => {
    for (const id of ['updated-since', 'share-type', 'single-equals-list', 'unknown-code']) {
      expect(await outcomeOf(test(id), fakeContext(node())), id).to.deep.equal({ outcome: 'pass' });
    }
  });

  it('fails CAT-006 when updatedSince is exclusive at the boundary', async () => {
    const result = await outcomeOf(test('updated-since'), fakeContext(node({ strictlyAfter: true })));
    expect(result.outcome).to.equal('fail');
    expect(result.message).to.include('missing');
  });

  it('fails CAT-007 when the shareType filter is ignored, and CAT-005 when the single record differs', async () => {
    expect((await outcomeOf(test('share-type'), fakeContext(node({ shareIgnored: true })))).outcome).to.equal('fail');
    const differs = await outcomeOf(test('single-equals-list'), fakeContext(node({ singleDiffers: true })));
    expect(differs.outcome).to.equal('fail');
    expect(differs.message).to.include('summary');
  });
});
