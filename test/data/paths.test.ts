import { expect } from '@open-wc/testing';
import { eventIndexOf, withEventIndex } from '../../src/data/paths.js';

describe('problem paths, kept as keys', () => {
  it('name the event they point into, or -1 outside the events', () => {
    expect(eventIndexOf(['events', 41, 'start'])).to.equal(41);
    expect(eventIndexOf(['events', 0])).to.equal(0);
    expect(eventIndexOf(['categories', 2, 'color'])).to.equal(-1);
    expect(eventIndexOf(['title', 'events', 2])).to.equal(-1);
    expect(eventIndexOf([])).to.equal(-1);
  });

  it('renumber only the event, leaving deeper numbers alone', () => {
    expect(withEventIndex(['events', 2, 'sources', 2, 'url'], (i) => i + 500)).to.deep.equal([
      'events',
      502,
      'sources',
      2,
      'url',
    ]);
    expect(withEventIndex(['categories', 2], () => 9)).to.deep.equal(['categories', 2]);
  });
});
