import { expect } from 'chai';
import core from '../../suites/core.js';
import { contentTypeProblem, envelopeProblem, isRfc3339DateTime, stackTraceProblem, statusCodeProblem } from '../../suites/lib/core-checks.js';
import { walkPages, PagingProblem } from '../../suites/lib/paging.js';
import type { GxRequest, TestDef } from '../../src/engine/suite-api.js';
import { err, fakeClient, fakeContext, fakeResponse, ok, outcomeOf, pagedCatalog, type FakeAnswer } from './core-fake-context.js';

const CATALOG = '/gx/v1/catalog/resources';
const items = Array.from({ length: 25 }, (_, i) => ({ resourceCode: `101001-${String(i + 1).padStart(6, '0')}`, updatedAt: '2026-01-01T00:00:00+08:00', shareType: 'UNCONDITIONAL' }));
const test = (id: string): TestDef => {
  const found = core.tests.find((t) => t.id === id);
  if (!found) throw new Error(`no CORE test ${id}`);
  return found;
};
const req = (method = 'GET', path = CATALOG): GxRequest => ({ method, path });

/** A small conformant node: health, a paged catalog, single resources, envelopes for everything else. */
function node(opts: { headers?: Record<string, string>; errorText?: (a: FakeAnswer) => string } = {}) {
  const catalog = pagedCatalog(items);
  return (r: GxRequest, q: Map<string, string>): FakeAnswer => {
    let answer: FakeAnswer;
    if (r.path === '/gx/v1/health') answer = ok({ status: 'UP', role: 'DEPARTMENT', nodeId: 'D-110105-T1', profileVersion: '1.0', time: new Date().toISOString(), conformance: ['CORE', 'SEC', 'CAT'] });
    else if (r.path === CATALOG) answer = r.as === 'unsigned' ? err(401, '40101') : catalog(q);
    else if (r.path.startsWith(CATALOG + '/')) {
      const hit = items.find((i) => i.resourceCode === r.path.slice(CATALOG.length + 1));
      answer = hit ? ok(hit) : err(404, '40401');
    } else answer = err(404, '40400');
    if (opts.headers) answer = { ...answer, headers: opts.headers };
    if (opts.errorText && answer.status >= 400) answer = { ...answer, text: opts.errorText(answer) };
    return answer;
  };
}

describe('CORE checks', () => {
  it('CORE-001: accepts application/json with or without charset=utf-8, refuses GBK and text/html', () => {
    const res = (ct: string) => ({ ...fakeResponse(req(), ok({})), headers: { 'content-type': ct } });
    expect(contentTypeProblem(res('application/json'))).to.equal(undefined);
    expect(contentTypeProblem(res('application/json; charset=UTF-8'))).to.equal(undefined);
    expect(contentTypeProblem(res('application/json; charset=GBK'))?.en).to.match(/charset.*GBK/i);
    expect(contentTypeProblem(res('text/html'))?.en).to.include('GET /gx/v1/catalog/resources');
  });

  it('CORE-002: requires a non-empty message and null data on errors', () => {
    expect(envelopeProblem(fakeResponse(req(), ok({ a: 1 })))).to.equal(undefined);
    expect(envelopeProblem(fakeResponse(req(), { status: 200, json: { code: '0', message: '', requestId: 'x', data: 1 } }))?.en).to.include('/message');
    expect(envelopeProblem(fakeResponse(req(), { status: 400, json: { code: '40001', message: 'bad', requestId: 'x', data: {} } }))?.en).to.include('/data');
    expect(envelopeProblem(fakeResponse(req(), { status: 404, text: '<html>not found</html>' }))?.en).to.include('envelope');
  });

  it('CORE-003: status agrees with code', () => {
    expect(statusCodeProblem(fakeResponse(req(), err(401, '40102')))).to.equal(undefined);
    expect(statusCodeProblem(fakeResponse(req(), { status: 200, json: { code: '40402', message: 'x', requestId: 'x', data: null } }))?.en).to.include('HTTP 404');
  });

  it('CORE-009: finds stack frames and exception texts, not ordinary date-times', () => {
    const withText = (text: string) => fakeResponse(req(), { status: 400, text });
    expect(stackTraceProblem(withText('SyntaxError: Unexpected token } in JSON at position 5\n    at JSON.parse (<anonymous>)\n    at parse (/srv/app/context.ts:45:12)'))).to.not.equal(undefined);
    expect(stackTraceProblem(withText('java.lang.NullPointerException at com.x.Foo.bar(Foo.java:12)'))).to.not.equal(undefined);
    expect(stackTraceProblem(withText('{"code":"40103","message":"timestamp outside the window at 2026-01-01T10:00:00+08:00"}'))).to.equal(undefined);
  });

  it('CORE-005: RFC 3339 with an offset (Z included), not without one', () => {
    expect(isRfc3339DateTime('2026-12-04T10:00:00+08:00')).to.equal(true);
    expect(isRfc3339DateTime('2026-12-04T02:00:00.123Z')).to.equal(true);
    expect(isRfc3339DateTime('2026-12-04T10:00:00')).to.equal(false);
    expect(isRfc3339DateTime('2026-12-04 10:00:00+08:00')).to.equal(false);
  });
});

describe('paging walk', () => {
  it('collects every item with size=100 and stops at total', async () => {
    const client = fakeClient((_r, q) => pagedCatalog(items)(q));
    const walk = await walkPages(client, req(), { size: 10 });
    expect(walk.items).to.have.length(25);
    expect(client.sent).to.have.length(3);
  });

  it('reports a walk that never reaches total', async () => {
    const client = fakeClient(() => ok({ items: [items[0]], page: 1, size: 100, total: 5 }));
    try {
      await walkPages(client, req());
      expect.fail('the walk should not complete');
    } catch (e) {
      expect(e).to.be.instanceOf(PagingProblem);
    }
  });
});

describe('CORE suite against a fake node', () => {
  it('passes a conformant node on the shared-sample checks, paging and unknown path', async () => {
    for (const id of ['content-type', 'envelope', 'status-code', 'no-stack-traces', 'paging.defaults', 'paging.walk', 'paging.size-0', 'paging.size-101', 'paging.size-non-integer', 'paging.page-0', 'unknown-path', 'health']) {
      const result = await outcomeOf(test(id), fakeContext(node()));
      expect(result, id).to.deep.equal({ outcome: 'pass' });
    }
  });

  it('fails only CORE-001 when JSON comes as charset=GBK', async () => {
    const ctx = fakeContext(node({ headers: { 'content-type': 'application/json; charset=GBK' } }));
    expect((await outcomeOf(test('content-type'), ctx)).outcome).to.equal('fail');
    expect((await outcomeOf(test('envelope'), ctx)).outcome).to.equal('pass');
    expect((await outcomeOf(test('status-code'), ctx)).outcome).to.equal('pass');
  });

  it('fails CORE-009 when error answers carry a stack trace', async () => {
    const ctx = fakeContext(node({ errorText: (a) => JSON.stringify({ ...(a.json as object), message: 'Error: boom\n    at handle (/srv/node.ts:133:9)' }) }));
    const result = await outcomeOf(test('no-stack-traces'), ctx);
    expect(result.outcome).to.equal('fail');
    expect(result.message).to.include('stack trace');
  });

  it('fails the page walk on overlapping pages and on a page past the end that repeats', async () => {
    for (const fault of [{ overlap: true }, { pastEndRepeats: true }]) {
      const catalog = pagedCatalog(items, fault);
      const ctx = fakeContext((_r, q) => catalog(q));
      expect((await outcomeOf(test('paging.walk'), ctx)).outcome, JSON.stringify(fault)).to.equal('fail');
    }
  });

  it('fails the bounds tests when out-of-range values are clamped', async () => {
    const catalog = pagedCatalog(items, { boundsUnchecked: true });
    const result = await outcomeOf(test('paging.size-101'), fakeContext((_r, q) => catalog(q)));
    expect(result.outcome).to.equal('fail');
    expect(result.message).to.include('expected 400 / 40001');
  });

  it('skips CORE-013 outside production', () => {
    expect(test('tls').skipReason?.(fakeContext(node()).target)?.en).to.include('not applicable');
  });
});
