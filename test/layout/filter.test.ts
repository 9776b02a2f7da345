import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { filterEvents, searchKey, searchTexts } from '../../src/layout/filter.js';

const dataset = normaliseDataset({
  categories: [
    { id: 'policy', label: 'Policy' },
    { id: 'cyber', label: 'Cyber' },
  ],
  events: [
    { id: 'a', start: '2002', title: { en: 'Directorate', id: 'Direktorat' }, category: 'policy' },
    { id: 'b', start: '2017', title: { en: 'Cyber agency', id: 'Badan Siber' }, category: 'cyber' },
    { id: 'c', start: '2016', title: 'Café diplomacy', description: { en: 'Digital outreach' } },
    { id: 'd', start: '2014', end: '2024', title: { en: 'Presidency' }, category: 'policy' },
  ],
});
const none = { hidden: new Set<string>(), query: '' };

describe('filterEvents', () => {
  it('leaves out the events of a hidden category and keeps those without one', () => {
    const shown = filterEvents(dataset.events, { ...none, hidden: new Set(['policy']) }, () => '');
    expect(shown.events.map((e) => e.id)).to.deep.equal(['c', 'b']);
  });

  it('keeps the events their own numbers in a new index of points and ranges', () => {
    const shown = filterEvents(dataset.events, { ...none, hidden: new Set(['cyber']) }, () => '');
    const byId = (id: string) => dataset.indexById.get(id)!;
    expect([...shown.index.points]).to.deep.equal([byId('a'), byId('c')]);
    expect([...shown.index.ranges]).to.deep.equal([byId('d')]);
    expect(shown.index.first).to.equal(dataset.events[byId('a')]!.start);
  });

  it('finds words in the title or description in the reader’s language, any case or accent', () => {
    const search = (query: string, lang: string) =>
      filterEvents(
        dataset.events,
        { ...none, query },
        searchTexts(dataset.events, lang),
      ).events.map((e) => e.id);
    expect(search('siber', 'id')).to.deep.equal(['b']);
    expect(search('siber', 'en')).to.deep.equal([]);
    expect(search('CAFE', 'en')).to.deep.equal(['c']);
    expect(search('digital outreach', 'en')).to.deep.equal(['c']);
    expect(search('  ', 'en')).to.have.length(4);
  });

  it('counts the matches of a search, and none without one', () => {
    const texts = searchTexts(dataset.events, 'en');
    expect(filterEvents(dataset.events, { ...none, query: 'cy' }, texts).matches).to.equal(3);
    expect(filterEvents(dataset.events, none, texts).matches).to.equal(0);
  });

  it('writes search keys without case or accents', () => {
    expect(searchKey('Kemlu Café ÉLAN')).to.equal('kemlu cafe elan');
  });
});
