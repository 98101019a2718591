import { expect } from 'chai';
import { csvRecordCount, jsonRowCount, resolveDownload } from '../../suites/lib/open-download.js';

describe('OPEN download helpers', () => {
  it('counts CSV records with quoted line breaks and CRLF, ignoring a final line break', () => {
    expect(csvRecordCount('a,b\r\n1,2\r\n3,4\r\n')).to.equal(3);
    expect(csvRecordCount('a,b\n1,"x\ny"\n3,4')).to.equal(3);
    expect(csvRecordCount('a,b\n1,"say ""hi"""\n')).to.equal(2);
    expect(csvRecordCount('')).to.equal(0);
  });

  it('counts JSON rows in a top-level array or a single array member', () => {
    expect(jsonRowCount([1, 2, 3])).to.equal(3);
    expect(jsonRowCount({ items: [1, 2] })).to.equal(2);
    expect(jsonRowCount({ a: [1], b: [2] })).to.equal(undefined);
  });

  it('resolves download URLs relative to the baseUrl, prefix included, and keeps other origins apart', () => {
    expect(resolveDownload('http://127.0.0.1:8080/t/3', '/gx/v1/open/files/a.csv')).to.deep.equal({ path: '/gx/v1/open/files/a.csv', query: [] });
    expect(resolveDownload('http://127.0.0.1:8080/t/3', 'http://127.0.0.1:8080/t/3/gx/v1/open/files/a.csv?v=2')).to.deep.equal({ path: '/gx/v1/open/files/a.csv', query: [['v', '2']] });
    expect(resolveDownload('http://127.0.0.1:8080', 'https://cdn.example.org/a.csv')).to.deep.equal({ foreign: 'https://cdn.example.org/a.csv' });
    expect(resolveDownload('http://127.0.0.1:8080/t/3', 'http://127.0.0.1:8080/other/a.csv')).to.deep.equal({ foreign: 'http://127.0.0.1:8080/other/a.csv' });
  });
});
