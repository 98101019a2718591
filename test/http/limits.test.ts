import { expect } from 'chai';
import { OriginPacer, Pacer, paced } from '../../src/http/limits.js';

describe('per-origin pacing', () => {
  it('finds the earliest start one interval away from every booked start, filling gaps', () => {
    const origin = new OriginPacer(10); // interval ≈ 108 ms
    const i = origin.intervalMs;
    const now = 1_000_000;
    origin.book(now + 1000); // a slow target booked a late slot
    expect(origin.earliestFree(now, now)).to.equal(now); // the gap before it is free
    origin.book(now);
    expect(origin.earliestFree(now, now)).to.equal(now + i);
    expect(origin.earliestFree(now + 1000 - i / 2, now)).to.equal(now + 1000 + i);
    expect(origin.earliestFree(now + 1000 + i, now)).to.equal(now + 1000 + i);
  });

  it('a target waiting for its own slot does not hold up another target on the same origin', async () => {
    const origin = new OriginPacer(50);
    const slow = new Pacer(0.5); // one request every ~2.1 s
    const fast = new Pacer(50);
    const order: string[] = [];
    await paced(slow, origin);
    // The slow target books its second start ~2 s ahead; the fast target's five starts fit before it.
    const slowSecond = paced(slow, origin).then(() => order.push('slow'));
    for (let k = 0; k < 5; k++) await paced(fast, origin).then(() => order.push('fast'));
    await slowSecond;
    expect(order).to.deep.equal(['fast', 'fast', 'fast', 'fast', 'fast', 'slow']);
  });

  it('never books two origin starts closer than its interval', async () => {
    const origin = new OriginPacer(20);
    const starts: number[] = [];
    const targets = [new Pacer(5), new Pacer(7), new Pacer(50)];
    await Promise.all(
      targets.map(async (p) => {
        for (let k = 0; k < 4; k++) {
          await paced(p, origin);
          starts.push(Date.now());
        }
      }),
    );
    starts.sort((a, b) => a - b);
    const gaps = starts.slice(1).map((s, k) => s - starts[k]!);
    // What the cap promises: starts at least 1000/rps ms apart (the booked interval adds a margin on top,
    // which absorbs millisecond timer rounding).
    expect(Math.min(...gaps)).to.be.at.least(1000 / origin.rps);
  });
});
