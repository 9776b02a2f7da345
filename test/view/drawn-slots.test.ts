import { expect } from '@open-wc/testing';
import { DrawnSlots } from '../../src/view/drawn-slots.js';

describe('DrawnSlots', () => {
  it('keeps the slot of an item still drawn', () => {
    const slots = new DrawnSlots();
    const first = slots.assign([1, 5, 9], ['mark', 'mark', 'mark'], []);
    const second = slots.assign([5, 9, 12], ['mark', 'mark', 'mark'], []);
    expect(second.slice(0, 2)).to.deep.equal(first.slice(1));
  });

  it('gives a new item the slot of one of its kind that left from between the same neighbours', () => {
    const slots = new DrawnSlots();
    const [a, , , d] = slots.assign([1, 2, 3, 4], ['mark', 'cluster', 'mark', 'mark'], []);
    const now = slots.assign([1, 6, 7, 4], ['mark', 'mark', 'mark', 'mark'], []);
    // 6 takes 3's slot (2 was a cluster); 7 finds none left there and gets a slot of its own.
    expect(now[0]).to.equal(a);
    expect(now[3]).to.equal(d);
    expect(new Set(now).size).to.equal(4);
    const again = slots.assign([1, 6, 8, 4], ['mark', 'mark', 'mark', 'mark'], []);
    expect(again[2]).to.equal(now[2]);
  });

  it('never hands the slot of a held item (focused, chosen) to another, then or in the next frame', () => {
    const slots = new DrawnSlots();
    const [, held] = slots.assign([1, 2, 3], ['mark', 'mark', 'mark'], [2]);
    const next = slots.assign([1, 7, 3], ['mark', 'mark', 'mark'], []);
    expect(next[1]).not.to.equal(held);
  });

  it('gives every item its own slot, however the items come and go', () => {
    const slots = new DrawnSlots();
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let frame = 0; frame < 200; frame++) {
      const ids = [...new Set(Array.from({ length: 40 }, () => Math.floor(random() * 120)))];
      ids.sort((x, y) => x - y);
      const kinds = ids.map((id) => (id % 3 ? 'mark' : 'cluster'));
      const given = slots.assign(ids, kinds, [ids[0]!]);
      expect(new Set(given).size).to.equal(ids.length);
    }
  });
});
