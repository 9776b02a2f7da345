import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { DatasetError } from '../../src/data/problems.js';
import { formatPath } from '../../src/i18n/format.js';
import { validateDataset } from '../../src/data/schema.js';
import { problemsOf } from './problems-of.js';

/** An event that passes validation, with `fields` laid over it. */
function event(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, start: '2002', title: { id: `Judul ${id}`, en: `Title ${id}` }, ...fields };
}

/** The problems `normaliseDataset` rejects `input` with; fails the test when it accepts it. */
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

  describe('problems', () => {
    it('names a missing field by its path', () => {
      expect(problemsOf({ events: [event('a'), { id: 'b', start: '2003' }] })).to.deep.equal([
        { code: 'missing', path: ['events', 1, 'title'] },
      ]);
      expect(problemsOf({ events: [event('a'), { id: 'b', title: 'B' }] })).to.deep.equal([
        { code: 'missing', path: ['events', 1, 'start'] },
      ]);
    });

    it('says what type a field should have', () => {
      expect(problemsOf({ events: [event('a'), event('b', { start: 2003 })] })).to.deep.equal([
        { code: 'type', path: ['events', 1, 'start'], expected: 'text' },
      ]);
      expect(problemsOf({ events: [event('a', { title: 5 })] })).to.deep.equal([
        { code: 'type', path: ['events', 0, 'title'], expected: 'localizedText' },
      ]);
      expect(problemsOf({ events: [event('a', { circa: 'yes' })] })).to.deep.equal([
        { code: 'type', path: ['events', 0, 'circa'], expected: 'boolean' },
      ]);
      expect(
        problemsOf({ events: [event('a', { sources: 'https://example.org' })] }),
      ).to.deep.equal([{ code: 'type', path: ['events', 0, 'sources'], expected: 'list' }]);
      expect(problemsOf({ events: [event('a'), 'b'] })).to.deep.equal([
        { code: 'type', path: ['events', 1], expected: 'object' },
      ]);
      expect(problemsOf({ events: [event('')] })).to.deep.equal([
        { code: 'type', path: ['events', 0, 'id'], expected: 'nonEmpty' },
      ]);
    });

    it('writes nested paths the way the author reads them', () => {
      expect(
        problemsOf({
          events: [event('a', { sources: [{ label: 'x' }, { url: 'https://example.org' }] })],
        }),
      ).to.deep.equal([{ code: 'missing', path: ['events', 0, 'sources', 1, 'label'] }]);
      expect(formatPath(['events', 3, 'sources', 0, 'url'])).to.equal('events[3].sources[0].url');
      expect(formatPath([])).to.equal('');
    });

    for (const value of ['2017-13-01', '2017-02-30', '17', '2017-1-1', '']) {
      it(`rejects the date ${JSON.stringify(value)} once, with its path and value`, () => {
        expect(problemsOf({ events: [event('a'), event('b', { start: value })] })).to.deep.equal([
          { code: 'notDate', path: ['events', 1, 'start'], value },
        ]);
      });
    }

    it('rejects a bad end date by its own path', () => {
      expect(problemsOf({ events: [event('a', { end: '2017-02-30' })] })).to.deep.equal([
        { code: 'notDate', path: ['events', 0, 'end'], value: '2017-02-30' },
      ]);
    });

    it('rejects an end before its start, naming events[i].end', () => {
      expect(
        problemsOf({ events: [event('a'), event('b', { start: '2011', end: '1998' })] }),
      ).to.deep.equal([
        { code: 'endBeforeStart', path: ['events', 1, 'end'], start: '2011', end: '1998' },
      ]);
    });

    it('accepts a range that starts and ends in the same period', () => {
      const dataset = normaliseDataset({
        events: [event('a', { start: '2017-01-10', end: '2017-01-10' })],
      });
      expect(dataset.events[0]!.end).to.equal(new Date(2017, 0, 10, 23, 59, 59, 999).getTime());
    });

    it('rejects a duplicate id, naming both places it is used', () => {
      expect(problemsOf({ events: [event('a'), event('b'), event('a')] })).to.deep.equal([
        { code: 'duplicateId', path: ['events', 2, 'id'], id: 'a', firstPath: ['events', 0] },
      ]);
    });

    it('rejects a category the dataset does not define', () => {
      const input = {
        categories: [{ id: 'institution', label: 'Institution' }],
        events: [event('a', { category: 'institution' }), event('b', { category: 'policy' })],
      };
      expect(problemsOf(input)).to.deep.equal([
        { code: 'unknownCategory', path: ['events', 1, 'category'], category: 'policy' },
      ]);
    });

    for (const [name, root] of [
      ['null', null],
      ['a string', 'events'],
      ['a number', 42],
    ] as const) {
      it(`rejects ${name} as not a dataset`, () => {
        expect(problemsOf(root)).to.deep.equal([{ code: 'notDataset', path: [] }]);
      });
    }

    it('rejects an object without events as missing its events list', () => {
      expect(problemsOf({ title: 'No events' })).to.deep.equal([
        { code: 'missing', path: ['events'] },
      ]);
    });

    it('rejects events that are not a list', () => {
      expect(problemsOf({ events: { a: event('a') } })).to.deep.equal([
        { code: 'type', path: ['events'], expected: 'list' },
      ]);
    });

    it('lists every shape problem, in document order', () => {
      const problems = problemsOf({
        events: [
          event('a', { start: '2017-02-30' }),
          event('b'),
          { id: 'c', start: '2002' },
          event('d', { circa: 1 }),
        ],
      });
      expect(problems.map((p) => [p.code, 'path' in p ? p.path : []])).to.deep.equal([
        ['notDate', ['events', 0, 'start']],
        ['missing', ['events', 2, 'title']],
        ['type', ['events', 3, 'circa']],
      ]);
    });

    it('lists every consistency problem, not only the first', () => {
      const problems = problemsOf({
        categories: [{ id: 'known', label: 'Known' }],
        events: [
          event('a', { end: '2001' }),
          event('a'),
          event('b', { category: 'unknown' }),
          event('c', { start: '2010', end: '2009-12' }),
        ],
      });
      expect(problems).to.deep.equal([
        { code: 'endBeforeStart', path: ['events', 0, 'end'], start: '2002', end: '2001' },
        { code: 'duplicateId', path: ['events', 1, 'id'], id: 'a', firstPath: ['events', 0] },
        { code: 'unknownCategory', path: ['events', 2, 'category'], category: 'unknown' },
        { code: 'endBeforeStart', path: ['events', 3, 'end'], start: '2010', end: '2009-12' },
      ]);
    });

    it('makes the first problem the one to show', () => {
      try {
        normaliseDataset({
          events: [event('a'), event('b', { start: 'soon' }), event('c', { start: 'later' })],
        });
        expect.fail('the dataset was accepted');
      } catch (error) {
        expect(error).to.be.instanceOf(DatasetError);
        expect((error as DatasetError).problem).to.deep.equal({
          code: 'notDate',
          path: ['events', 1, 'start'],
          value: 'soon',
        });
      }
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

describe('normaliseDataset edge cases readers would hit', () => {
  const event = { id: 'a', start: '2017-05', title: 'A' };

  it('accepts an end written less precisely than its start, as it lasts to the end of its period', () => {
    const dataset = normaliseDataset({ events: [{ ...event, end: '2017' }] });
    expect(new Date(dataset.events[0]!.end!).getMonth()).to.equal(11);
  });

  it('calls a list or a number "not a dataset" rather than a missing field', () => {
    for (const input of [[], 5, null, 'events']) {
      expect(problemsOf(input).map((p) => p.code)).to.deep.equal(['notDataset']);
    }
  });

  it('says a colour is expected when a category colour is not #rrggbb', () => {
    expect(
      problemsOf({ categories: [{ id: 'c', label: 'C', color: 'red' }], events: [event] }),
    ).to.deep.equal([{ code: 'type', path: ['categories', 0, 'color'], expected: 'color' }]);
  });
});

describe('an event’s media of other kinds', () => {
  const base = { id: 'a', start: '2017', title: 'A' };
  const mediaOf = (...media: unknown[]) =>
    normaliseDataset({
      events: media.map((m, i) => ({ ...base, id: `e${i}`, start: `${2000 + i}`, media: m })),
    }).events.map((e) => e.media);

  it('reads the kind from a known provider’s address when the dataset does not say', () => {
    expect(
      mediaOf(
        { src: 'https://www.youtube.com/watch?v=Aa0_Bb1-Cc2' },
        { src: 'https://soundcloud.com/choir/song' },
        { src: 'https://id.wikipedia.org/wiki/Jakarta' },
        { src: 'https://x.com/kemlu_ri/status/1' },
        { src: 'https://www.google.com/maps/place/Jakarta' },
        { src: 'https://example.org/photo' },
        { src: 'https://example.org/page', kind: 'link' },
      ).map((m) => m?.kind),
    ).to.deep.equal(['video', 'audio', 'link', 'link', 'link', 'image', 'link']);
  });

  it('keeps a quote with its credit and caption, and a caption of any medium', () => {
    expect(
      mediaOf(
        { kind: 'quote', quote: { en: 'Never *out*.' }, credit: 'Keeper', caption: 'Log' },
        { src: 'https://vimeo.com/123456', caption: { id: 'Dermaga', en: 'Pier' } },
      ),
    ).to.deep.equal([
      {
        kind: 'quote',
        quote: { en: 'Never *out*.' },
        credit: { '*': 'Keeper' },
        caption: { '*': 'Log' },
      },
      {
        kind: 'video',
        src: 'https://vimeo.com/123456',
        alt: {},
        caption: { id: 'Dermaga', en: 'Pier' },
      },
    ]);
  });

  it('words a missing quote, a missing address and an unknown kind', () => {
    expect(
      problemsOf({
        events: [
          { ...base, media: { kind: 'quote', credit: 'Me' } },
          { ...base, id: 'b', media: { kind: 'video' } },
          { ...base, id: 'c', media: { kind: 'film', src: 'a.mp4' } },
        ],
      }),
    ).to.deep.equal([
      { code: 'missing', path: ['events', 0, 'media', 'quote'] },
      { code: 'missing', path: ['events', 1, 'media', 'src'] },
      { code: 'type', path: ['events', 2, 'media', 'kind'], expected: 'mediaKind' },
    ]);
  });
});

describe('an event’s image', () => {
  const base = { id: 'a', start: '2017', title: 'A' };

  it('keeps an http(s) or relative address, with alt text and credit', () => {
    const dataset = normaliseDataset({
      events: [
        { ...base, media: { src: 'https://img.example/a.jpg', alt: { en: 'A' }, credit: 'Me' } },
        { ...base, id: 'b', media: { src: 'pictures/b.png' } },
      ],
    });
    expect(dataset.events.map((e) => e.media)).to.deep.equal([
      { kind: 'image', src: 'https://img.example/a.jpg', alt: { en: 'A' }, credit: { '*': 'Me' } },
      { kind: 'image', src: 'pictures/b.png', alt: {} },
    ]);
  });

  it('drops an address with another scheme, and the event still loads', () => {
    for (const src of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>']) {
      const dataset = normaliseDataset({ events: [{ ...base, media: { src } }] });
      expect(dataset.events[0]!.media, src).to.equal(undefined);
    }
  });

  it('rejects an image that is not an object with a src, naming its path', () => {
    expect(problemsOf({ events: [{ ...base, media: 'a.jpg' }] })).to.deep.equal([
      { code: 'type', path: ['events', 0, 'media'], expected: 'object' },
    ]);
    expect(problemsOf({ events: [{ ...base, media: { alt: 'x' } }] })).to.deep.equal([
      { code: 'missing', path: ['events', 0, 'media', 'src'] },
    ]);
  });
});
