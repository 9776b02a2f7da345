import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { DatasetError } from '../../src/data/problems.js';
import { formatPath } from '../../src/i18n/format.js';
import { problemsOf } from './problems-of.js';
import { event } from './valid-event.js';

describe('normaliseDataset', () => {
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

    it('names a duplicate id where the author wrote it, whatever the order of its dates', () => {
      const problems = problemsOf({
        events: [
          event('x', { start: '2010' }),
          event('y', { start: '2000' }),
          event('z', { start: '2005', end: '2006' }),
          event('x', { start: '1990' }),
          event('y', { start: '1980' }),
        ],
      });
      expect(problems).to.deep.equal([
        { code: 'duplicateId', path: ['events', 3, 'id'], id: 'x', firstPath: ['events', 0] },
        { code: 'duplicateId', path: ['events', 4, 'id'], id: 'y', firstPath: ['events', 1] },
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
