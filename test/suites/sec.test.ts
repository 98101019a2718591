import { expect } from 'chai';
import { headerKey, mixedCase, otherLastChar, removeHeader, renameGxHeaders, setHeader } from '../../suites/lib/sec-wire.js';
import { governingResource, callForResource, classOfPath } from '../../suites/lib/sec-data-service.js';
import type { WireRequest } from '../../src/engine/suite-api.js';
import { validateCitizenId } from '../../src/standards/index.js';
import { fakeContext, fakeTarget } from './core-fake-context.js';

const wire = (): WireRequest => ({ method: 'GET', path: '/gx/v1/catalog/resources', rawQuery: '', headers: { 'X-GX-AppKey': 'a', 'X-GX-Nonce': 'n', 'User-Agent': 'govx' } });

describe('SEC wire edits', () => {
  it('removes and sets headers whatever their case', () => {
    const w = wire();
    w.headers['x-gx-nonce'] = 'm';
    removeHeader(w, 'X-GX-NONCE');
    expect(headerKey(w, 'x-gx-nonce')).to.equal(undefined);
    setHeader(w, 'X-GX-Signature-Method', 'HMAC-MD5');
    expect(w.headers['X-GX-Signature-Method']).to.equal('HMAC-MD5');
  });

  it('renames only the X-GX headers, to a case that is neither canonical nor lower', () => {
    const w = wire();
    renameGxHeaders(w, mixedCase);
    const names = Object.keys(w.headers);
    expect(names).to.include('User-Agent');
    const appKey = names.find((n) => n.toLowerCase() === 'x-gx-appkey')!;
    expect(appKey).to.not.equal('X-GX-AppKey');
    expect(appKey).to.not.equal('x-gx-appkey');
    expect(w.headers[appKey]).to.equal('a');
  });

  it('turns a valid citizen ID into one failing its check', () => {
    expect(validateCitizenId('11010519491231002X').valid).to.equal(true);
    expect(validateCitizenId(otherLastChar('11010519491231002X')).valid).to.equal(false);
    expect(validateCitizenId(otherLastChar('440524188001010014')).valid).to.equal(false);
  });
});

describe('data-service resolution (EIP §3)', () => {
  const items = [
    { resourceCode: '101001-000001', shareType: 'CONDITIONAL', shareMethod: 'INTERFACE', service: { method: 'POST', path: '/gx/v1/population/query' } },
    { resourceCode: '301001-000009', shareType: 'NONE', shareMethod: 'INTERFACE', service: { method: 'GET', path: '/gx/v1/services/secret' } },
  ];

  it('finds the resource naming an endpoint, else the one naming another endpoint of its class', () => {
    expect(governingResource(items, 'POST', '/gx/v1/population/query')?.resourceCode).to.equal('101001-000001');
    expect(governingResource(items, 'POST', '/gx/v1/population/verify')?.resourceCode).to.equal('101001-000001');
    expect(governingResource(items, 'POST', '/gx/v1/legal-entities/query')).to.equal(undefined);
    expect(classOfPath('/gx/v1/e-certificates/query')).to.equal('EC');
  });

  it('builds a profile body from fixtures and attaches the approval ticket of a CONDITIONAL resource', () => {
    const ctx = fakeContext(() => ({ status: 500 }), fakeTarget({ fixtures: { population: [{ idNumber: '11010519491231002X', name: '张三' }], approvals: { '101001-000001': 'APR-1' } } }));
    const call = callForResource(ctx, items[0]!);
    expect(call).to.include({ method: 'POST', path: '/gx/v1/population/query', knownShape: true, approval: 'APR-1', shareType: 'CONDITIONAL' });
    expect(call?.body).to.deep.equal({ idNumber: '11010519491231002X' });
    const other = callForResource(ctx, items[1]!);
    expect(other).to.include({ method: 'GET', knownShape: false, shareType: 'NONE' });
    expect(other?.body).to.equal(undefined);
  });
});
