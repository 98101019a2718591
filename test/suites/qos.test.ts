import { expect } from 'chai';
import { latencySummary, percentile, runPool } from '../../suites/lib/qos-measure.js';

describe('QOS measurements', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).to.equal(95);
    expect(percentile(values, 50)).to.equal(50);
    expect(latencySummary([5, 1, 3])).to.deep.equal({ p50: 3, p95: 5, p99: 5, samples: 3 });
  });

  it('never has more than the given concurrency in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await runPool(20, 3, async (i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight--;
      return i;
    });
    expect(peak).to.equal(3);
    expect(results).to.deep.equal(Array.from({ length: 20 }, (_, i) => i));
  });
});
