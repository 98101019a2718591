import { expect } from 'chai';
import { createRedactor } from '../../src/http/redact.js';

describe('redaction of evidence bodies', () => {
  const redactor = createRedactor({ secrets: ['canary-secret-9f8e7d6c'], fixtures: {} });

  it('masks personal data by key and pattern and keeps the excerpt to the first items of a long page', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ idNumber: '11010519491231002X', name: '张三丰', seq: i }));
    const { body, truncated } = redactor.body(JSON.stringify({ code: '0', data: { items, total: 100 } }), 'application/json');
    const parsed = JSON.parse(body!) as { data: { items: unknown[]; total: number } };
    expect(truncated).to.equal(true);
    expect(parsed.data.total).to.equal(100);
    expect(parsed.data.items).to.have.length(6);
    expect(parsed.data.items[5]).to.equal('… 95 more');
    expect(parsed.data.items[0]).to.deep.equal({ idNumber: '110105********002X', name: '张**', seq: 0 });
    expect(body).to.not.contain('11010519491231002X');
  });

  it('leaves a short body whole and says nothing was cut', () => {
    const { body, truncated } = redactor.body('{"code":"0","note":"canary-secret-9f8e7d6c"}', 'application/json');
    expect(truncated).to.equal(undefined);
    expect(body).to.equal('{"code":"0","note":"[redacted]"}');
  });
});
