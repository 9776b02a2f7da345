import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { validateDataset } from '../../src/data/schema.js';
import { event } from './valid-event.js';

describe('normaliseDataset', () => {
  describe('a valid dataset', () => {
    const input = {
      $schema: '../data/schema.json',
      title: { id: 'Diplomasi Digital', en: 'Digital Diplomacy' },
      description: 'Plain text for every language',
      categories: [
        { id: 'institution', label: { id: 'Lembaga', en: 'Institution' }, color: '#0b6e4f' },
      ],
      events: [
        event('dcc', { start: '2017-01-10', category: 'institution', circa: true }),
        event('dg', { start: '2002', description: 'A plain description' }),
        event('era', { start: '1998', end: '2011' }),
        event('emphasis', { start: '2016' }),
        event('same-day-a', { start: '2016-01-01' }),
      ],
    };

    it('sorts events by start time and numbers them in that order', () => {
      const dataset = normaliseDataset(input);
      expect(dataset.events.map((e) => e.id)).to.deep.equal([
        'era',
        'dg',
        'emphasis',
        'same-day-a',
        'dcc',
      ]);
      expect(dataset.events.map((e) => e.index)).to.deep.equal([0, 1, 2, 3, 4]);
    });

    it("keeps the author's order for events on the same date", () => {
      const ids = ['c', 'a', 'd', 'b', 'e'];
      const dataset = normaliseDataset({
        events: [
          event('late', { start: '2020' }),
          ...ids.map((id) => event(id, { start: '2010-05-05' })),
          event('early', { start: '1990' }),
        ],
      });
      expect(dataset.events.map((e) => e.id)).to.deep.equal(['early', ...ids, 'late']);
    });

    it('finds each event by id through indexById', () => {
      const dataset = normaliseDataset(input);
      expect(dataset.indexById.size).to.equal(5);
      for (const e of dataset.events) expect(dataset.indexById.get(e.id)).to.equal(e.index);
      expect(dataset.indexById.get('missing')).to.equal(undefined);
    });

    it('parses dates with their precision, and ends a range at the end of its last period', () => {
      const dataset = normaliseDataset(input);
      const era = dataset.events[dataset.indexById.get('era')!]!;
      expect(era.start).to.equal(new Date(1998, 0, 1).getTime());
      expect(era.startPrecision).to.equal('year');
      expect(era.end).to.equal(new Date(2011, 11, 31, 23, 59, 59, 999).getTime());
      expect(era.endPrecision).to.equal('year');
      const dcc = dataset.events[dataset.indexById.get('dcc')!]!;
      expect(dcc.start).to.equal(new Date(2017, 0, 10).getTime());
      expect(dcc.startPrecision).to.equal('day');
      expect(dcc.end).to.equal(undefined);
      expect(dcc.circa).to.equal(true);
      expect(dataset.events[dataset.indexById.get('dg')!]!.circa).to.equal(false);
    });

    it('turns plain-string text into text for every language', () => {
      const dataset = normaliseDataset(input);
      expect(dataset.description).to.deep.equal({ '*': 'Plain text for every language' });
      expect(dataset.events[dataset.indexById.get('dg')!]!.description).to.deep.equal({
        '*': 'A plain description',
      });
      const plain = normaliseDataset({
        events: [{ id: 'x', start: '2002', title: 'Just a title' }],
      });
      expect(plain.events[0]!.title).to.deep.equal({ '*': 'Just a title' });
    });

    it('keeps text keyed by language as it is', () => {
      const dataset = normaliseDataset(input);
      expect(dataset.title).to.deep.equal({ id: 'Diplomasi Digital', en: 'Digital Diplomacy' });
      expect(dataset.events[0]!.title).to.deep.equal({ id: 'Judul era', en: 'Title era' });
    });

    it('links each event to its category, colour included', () => {
      const dataset = normaliseDataset(input);
      const dcc = dataset.events[dataset.indexById.get('dcc')!]!;
      expect(dcc.category).to.deep.equal({
        id: 'institution',
        label: { id: 'Lembaga', en: 'Institution' },
        color: '#0b6e4f',
      });
      expect(dataset.events[dataset.indexById.get('dg')!]!.category).to.equal(undefined);
    });

    it('accepts a dataset with no events', () => {
      const dataset = normaliseDataset({ events: [] });
      expect(dataset.events).to.deep.equal([]);
      expect(dataset.categories).to.deep.equal([]);
    });
  });

  describe('source links', () => {
    const urls = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://example.org/file',
    ];

    for (const url of urls) {
      it(`drops the link ${JSON.stringify(url)} but keeps its label`, () => {
        const dataset = normaliseDataset({
          events: [event('a', { sources: [{ label: 'Kompas', url }] })],
        });
        expect(dataset.events[0]!.sources).to.deep.equal([{ label: { '*': 'Kompas' } }]);
      });
    }

    it('keeps http, https and mailto links', () => {
      const dataset = normaliseDataset({
        events: [
          event('a', {
            sources: [
              { label: 'one', url: 'http://example.org/a' },
              { label: 'two', url: 'HTTPS://example.org/b' },
              { label: { id: 'tiga', en: 'three' }, url: 'mailto:info@example.org' },
              { label: 'four' },
            ],
          }),
        ],
      });
      expect(dataset.events[0]!.sources).to.deep.equal([
        { label: { '*': 'one' }, url: 'http://example.org/a' },
        { label: { '*': 'two' }, url: 'HTTPS://example.org/b' },
        { label: { id: 'tiga', en: 'three' }, url: 'mailto:info@example.org' },
        { label: { '*': 'four' } },
      ]);
    });
  });
});

describe('validateDataset', () => {
  it('returns the checked input when the shape is right', () => {
    const input = { events: [event('a')] };
    const result = validateDataset(input);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.events[0]!.id).to.equal('a');
  });

  it('accepts a decade date and an approximate flag', () => {
    expect(validateDataset({ events: [event('a', { start: '200X', circa: true })] }).ok).to.equal(
      true,
    );
  });
});
