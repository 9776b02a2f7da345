import { expect } from '@open-wc/testing';
import { dayOf } from '../../src/data/dates.js';
import { dayOrder, timeOrder } from '../../src/data/time-order.js';

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

describe('dayOrder', () => {
  it('says nothing needs sorting when the days are in order, ties included', () => {
    const days = ['1999', '2000-01-01', '200X', '2000-01-02', '2000-02'].map(dayOf);
    expect(dayOrder(new Int32Array(days))).to.equal(undefined);
    expect(dayOrder(new Int32Array([]))).to.equal(undefined);
  });

  it('orders by day as the calendar does and keeps equal days in the order they came', () => {
    const days = ['2017-01-10', '0099', '2017', '1999-12-31', '2017-01-01', '2016-12'].map(dayOf);
    expect([...dayOrder(new Int32Array(days))!]).to.deep.equal([1, 3, 5, 2, 4, 0]);
  });

  it('matches a stable sort on many days with many ties, the widest years included', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (const distinct of [3, 50, 5000]) {
      const days = Array.from({ length: 4000 }, () => {
        const year = Math.floor(random() * distinct) * 2;
        return dayOf(`${String(year).padStart(4, '0')}-12-31`);
      });
      days[0] = dayOf('9999-12-31');
      expect([...dayOrder(new Int32Array(days))!], `${distinct} distinct`).to.deep.equal(
        reference(days),
      );
    }
  });
});
