import { expect } from 'chai';
import { fetchHealth } from '../../src/engine/health.js';
import { createClient } from '../../src/http/client.js';
import { envelope, startServer, testTarget, type Recorder } from '../http/helpers.js';

// A node whose health `time` is wrong but whose signing clock is right must not have every signed
// request refused: the engine confirms a large offset before relying on it (CORE-011 still reports it).
describe('clock offset from health time', () => {
  let server: Recorder;
  let healthSkewMs = 0;
  let signingSkewMs = 0;

  before(async () => {
    server = await startServer((req, res) => {
      if (req.url === '/gx/v1/health') {
        const time = new Date(Date.now() + healthSkewMs).toISOString();
        return envelope(res, 200, '0', { status: 'UP', role: 'DEPARTMENT', nodeId: 'D-330100-A1', profileVersion: '1.0', time, conformance: ['CORE'] });
      }
      const sent = Number(req.headers['x-gx-timestamp']);
      const nodeNow = Date.now() + signingSkewMs;
      if (Math.abs(sent - nodeNow) > 300_000) return envelope(res, 401, '40103', null);
      return envelope(res, 200, '0', { items: [], page: 1, size: 1, total: 0 });
    });
  });
  after(() => server.close());

  async function offsetFor(health: number, signing: number): Promise<{ offset: number; requests: number }> {
    [healthSkewMs, signingSkewMs] = [health, signing];
    const before = server.seen.length;
    const client = createClient(testTarget(server.url), { runId: 'clock-test' });
    try {
      const result = await fetchHealth(client);
      return { offset: result.clockOffsetMs, requests: server.seen.length - before };
    } finally {
      await client.close();
    }
  }

  it('uses the reported offset when it is small, without probing', async () => {
    const { offset, requests } = await offsetFor(20_000, 0);
    expect(Math.abs(offset - 20_000)).to.be.below(2_000);
    expect(requests).to.equal(1);
  });

  it('keeps a large offset that the node\'s signing clock confirms', async () => {
    const { offset, requests } = await offsetFor(600_000, 600_000);
    expect(Math.abs(offset - 600_000)).to.be.below(2_000);
    expect(requests).to.equal(2);
  });

  it('falls back to our clock when the health time is off but signing accepts our clock', async () => {
    const { offset, requests } = await offsetFor(600_000, 0);
    expect(offset).to.equal(0);
    expect(requests).to.equal(3);
  });
});
