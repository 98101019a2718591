import { expect } from 'chai';
import { bodyHash, canonicalQuery, encodeQuery, parseRawQuery, sign, verifySignature } from '../../src/http/signing.js';

// EIP 1.0 §3 test vectors.
const secret = 'demo-secret-0123456789';
const base = { appKey: 'demo-app', timestamp: '1764806400000' };

describe('EIP §3 signing vectors', () => {
  const body = '{"idNumber":"11010519491231002X"}';
  const post = { ...base, method: 'POST', path: '/gx/v1/population/query', query: [], nonce: 'n0nce0000000000001', body };

  it('vector 1, HMAC-SM3', () => {
    expect(bodyHash('HMAC-SM3', body)).to.equal('43f3448b763eb96e5b52c22e55c8b650fce4e292740c9ababc0140db4082230e');
    expect(sign({ ...post, signatureMethod: 'HMAC-SM3' }, secret)).to.equal(
      'c18099594704bad9bfeee26f7c32b52cbf0009d0177e579c801be35e2a4b6111',
    );
  });

  it('vector 1, HMAC-SHA256', () => {
    expect(bodyHash('HMAC-SHA256', body)).to.equal('04d9c5a7f2884cdedb3cf3d67b789868bdc0ba69769497b22284a6af58efc306');
    expect(sign({ ...post, signatureMethod: 'HMAC-SHA256' }, secret)).to.equal(
      'bed4ab22eb84f76a8fa9e1065177f05b76165c4fbf01087197b1665428112615',
    );
  });

  it('vector 2, HMAC-SM3 with a query, as sent on the wire', () => {
    const wire = 'size=50&page=2&updatedSince=2026-01-01T00:00:00%2B08:00';
    const query = parseRawQuery(wire)!;
    expect(canonicalQuery(query)).to.equal('page=2&size=50&updatedSince=2026-01-01T00%3A00%3A00%2B08%3A00');
    expect(bodyHash('HMAC-SM3', undefined)).to.equal('1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b');
    const input = {
      ...base,
      method: 'GET',
      path: '/gx/v1/catalog/resources',
      query,
      nonce: 'n0nce0000000000002',
      signatureMethod: 'HMAC-SM3' as const,
    };
    const signature = sign(input, secret);
    expect(signature).to.equal('99debc20ba86e98e622b0a1deef022b18aa19aa6951b886674b2daf35dfc20e9');
    expect(verifySignature(input, secret, signature)).to.equal(true);
    expect(verifySignature({ ...input, method: 'POST' }, secret, signature)).to.equal(false);
  });

  it('a literal + in a query stays a plus, and clients send + as %2B', () => {
    expect(parseRawQuery('a=1+2')).to.deep.equal([['a', '1+2']]);
    expect(encodeQuery([['t', '2026-01-01T00:00:00+08:00']])).to.equal('t=2026-01-01T00%3A00%3A00%2B08%3A00');
    expect(parseRawQuery('a=%E4%B8%AD')).to.deep.equal([['a', '中']]);
    expect(parseRawQuery('a=%ZZ')).to.equal(undefined);
  });
});
