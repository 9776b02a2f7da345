import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { en } from '../../src/i18n/en.js';
import { WordsCache } from '../../src/i18n/event-words.js';
import { id } from '../../src/i18n/id.js';

const dataset = normaliseDataset({
  events: [
    { id: 'a', start: '2017-01-10', title: { id: 'Pusat Komando', en: 'Command Center' } },
    { id: 'b', start: '2014', end: '2024', circa: true, title: { en: 'Only English' } },
  ],
});

const a = dataset.indexById.get('a')!;
const b = dataset.indexById.get('b')!;

function local(year: number, month = 1, day = 1): number {
  return new Date(year, month - 1, day).getTime();
}

describe('WordsCache', () => {
  it("writes each event's title and date in the reader's language", () => {
    const words = new WordsCache(dataset.events, id);
    expect(words.event(a)).to.deep.equal({
      title: 'Pusat Komando',
      titleLang: undefined,
      date: '10 Januari 2017',
    });
    expect(words.event(b)).to.deep.equal({
      title: 'Only English',
      titleLang: 'en',
      date: 'sekitar 2014 – 2024',
    });
  });

  it('gives the same words back for the same event', () => {
    const words = new WordsCache(dataset.events, en);
    expect(words.event(a)).to.equal(words.event(a));
  });

  it('writes a cluster span as precisely as its ends need', () => {
    const words = new WordsCache(dataset.events, en);
    expect(words.clusterSpan(local(2010), local(2011, 6))).to.equal('2010 – 2011');
    expect(words.clusterSpan(local(2010, 2), local(2010, 5))).to.equal('February 2010 – May 2010');
    expect(words.clusterSpan(local(2010, 2, 3), local(2010, 2, 9))).to.equal(
      '3 February 2010 – 9 February 2010',
    );
  });
});
