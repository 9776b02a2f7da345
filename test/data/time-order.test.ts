import { expect } from '@open-wc/testing';
import { timeOrder } from '../../src/data/time-order.js';

/** The same order by the plainest means: a stable comparator sort of positions. */
function reference(starts: number[]): number[] {
  return starts.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]! || a - b);
}

describe('timeOrder', () => {
  it('says nothing needs sorting when the times are in order, ties included', () => {
    expect(timeOrder(new Float64Array([1, 2, 2, 5]))).to.equal(undefined);
    expect(timeOrder(new Float64Array([]))).to.equal(undefined);
  });

  it('orders by time and keeps equal times in the order they came', () => {
    const order = timeOrder(new Float64Array([30, 10, 20, 10, 30, -5]));
    expect([...order!]).to.deep.equal([5, 1, 3, 2, 0, 4]);
  });

  it('matches a stable sort on many times with many ties', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (const distinct of [3, 50, 5000]) {
      const starts = Array.from(
        { length: 4000 },
        () => Math.floor(random() * distinct) * 86_400_000 - 2e12,
      );
      expect([...timeOrder(new Float64Array(starts))!], `${distinct} distinct`).to.deep.equal(
        reference(starts),
      );
    }
  });
});
