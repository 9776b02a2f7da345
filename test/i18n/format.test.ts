import { expect } from '@open-wc/testing';
import { endOfPeriod, parsePartialDate } from '../../src/data/dates.js';
import type { Path, Problem } from '../../src/data/problems.js';
import { en } from '../../src/i18n/en.js';
import {
  describeProblem,
  formatPath,
  formatDate,
  formatEventDate,
  formatRange,
  pickText,
} from '../../src/i18n/format.js';
import { id } from '../../src/i18n/id.js';
import { locales, resolveLocale } from '../../src/i18n/locales.js';

function start(text: string): number {
  return parsePartialDate(text)!.time;
}

function end(text: string): number {
  return endOfPeriod(parsePartialDate(text)!);
}

describe('formatDate', () => {
  it('writes a year as the year alone in both languages', () => {
    expect(formatDate(id, start('2002'), 'year')).to.equal('2002');
    expect(formatDate(en, start('2002'), 'year')).to.equal('2002');
  });

  it("writes a month with its name in the reader's language", () => {
    expect(formatDate(id, start('2017-01'), 'month')).to.equal('Januari 2017');
    expect(formatDate(en, start('2017-01'), 'month')).to.equal('January 2017');
    expect(formatDate(id, start('2016-08'), 'month')).to.equal('Agustus 2016');
  });

  it('writes a day as day, month name and year', () => {
    expect(formatDate(id, start('2017-01-10'), 'day')).to.equal('10 Januari 2017');
    expect(formatDate(en, start('2017-01-10'), 'day')).to.equal('10 January 2017');
  });

  it('writes a decade and an approximate date in each language', () => {
    expect(formatDate(en, start('200X'), 'decade')).to.equal('2000s');
    expect(formatDate(en, start('200X'), 'decade', true)).to.equal('c. 2000s');
    expect(formatDate(id, start('200X'), 'decade', true)).to.equal('sekitar 2000-an');
    expect(formatDate(en, start('2002'), 'year', true)).to.equal('c. 2002');
  });

  it('writes a decade from any time inside it', () => {
    expect(formatDate(en, new Date(2007, 5, 1).getTime(), 'decade')).to.equal('2000s');
  });

  it('writes a date at the precision asked for, not at the precision of the time', () => {
    const time = new Date(2017, 0, 10, 15, 30).getTime();
    expect(formatDate(en, time, 'year')).to.equal('2017');
    expect(formatDate(en, time, 'month')).to.equal('January 2017');
  });
});

describe('formatRange', () => {
  it('joins the two ends with a spaced en dash', () => {
    expect(formatRange(en, start('1998'), 'year', end('2011'), 'year')).to.equal(
      '1998 \u2013 2011',
    );
    expect(formatRange(id, start('1998'), 'year', end('2011'), 'year')).to.equal(
      '1998 \u2013 2011',
    );
  });

  it('writes each end at its own precision', () => {
    expect(formatRange(id, start('2016'), 'year', end('2017-01-10'), 'day')).to.equal(
      '2016 \u2013 10 Januari 2017',
    );
    expect(formatRange(en, start('2017-01'), 'month', end('2017-03'), 'month')).to.equal(
      'January 2017 \u2013 March 2017',
    );
  });

  it('writes a range within one period once', () => {
    expect(formatRange(en, start('2017'), 'year', end('2017'), 'year')).to.equal('2017');
  });

  it('marks a whole approximate range once', () => {
    expect(formatRange(en, start('1998'), 'year', end('2011'), 'year', true)).to.equal(
      'c. 1998 \u2013 2011',
    );
    expect(formatRange(id, start('1998'), 'year', end('2011'), 'year', true)).to.equal(
      'sekitar 1998 \u2013 2011',
    );
  });
});

describe('formatEventDate', () => {
  it('writes a point event as one date and an era as a range', () => {
    expect(
      formatEventDate(id, { start: start('2017-01-10'), startPrecision: 'day', circa: false }),
    ).to.equal('10 Januari 2017');
    expect(
      formatEventDate(en, {
        start: start('1998'),
        startPrecision: 'year',
        end: end('2011'),
        endPrecision: 'year',
        circa: false,
      }),
    ).to.equal('1998 \u2013 2011');
  });
});

describe('describeProblem', () => {
  const problems: Problem[] = [
    { code: 'missing', path: ['events', 1, 'title'] },
    { code: 'type', path: ['events', 1, 'title'], expected: 'localizedText' },
    { code: 'notDate', path: ['events', 1, 'start'], value: '2017-13-01' },
    { code: 'endBeforeStart', path: ['events', 4, 'end'], start: '2011', end: '1998' },
    { code: 'duplicateId', path: ['events', 2, 'id'], id: 'dcc', firstPath: ['events', 0] },
    { code: 'unknownCategory', path: ['events', 3, 'category'], category: 'policy' },
  ];

  for (const problem of problems) {
    it(`words a ${problem.code} problem as a sentence holding its path, in both languages`, () => {
      const path = formatPath((problem as { path: Path }).path);
      const inEnglish = describeProblem(en, problem);
      const inIndonesian = describeProblem(id, problem);
      for (const sentence of [inEnglish, inIndonesian]) {
        expect(sentence).to.include(path);
        expect(sentence).to.match(/\.$/);
      }
      expect(inIndonesian).not.to.equal(inEnglish);
    });
  }

  it('quotes the rejected date value', () => {
    for (const m of [en, id]) {
      expect(
        describeProblem(m, { code: 'notDate', path: ['events', 1, 'start'], value: '2017-13-01' }),
        m.lang,
      ).to.include('"2017-13-01"');
    }
  });

  it('names both places a duplicate id is used', () => {
    const sentence = describeProblem(en, {
      code: 'duplicateId',
      path: ['events', 2, 'id'],
      id: 'dcc',
      firstPath: ['events', 0],
    });
    expect(sentence).to.include('events[2].id');
    expect(sentence).to.include('events[0]');
    expect(sentence).to.include('dcc');
  });

  it('says what a field should have been', () => {
    const problem = { code: 'type', path: ['events', 0, 'circa'], expected: 'boolean' } as const;
    expect(describeProblem(en, problem)).to.equal('events[0].circa: should be true or false.');
    expect(describeProblem(id, problem)).to.equal(
      'events[0].circa: harus bernilai true atau false.',
    );
  });

  it('words load failures with the address, in both languages', () => {
    const failures: Problem[] = [
      { code: 'network', url: '/data/x.json' },
      { code: 'http', url: '/data/x.json', status: 404 },
      { code: 'parse', url: '/data/x.json', format: 'json' },
    ];
    for (const problem of failures) {
      expect(describeProblem(en, problem)).to.include('/data/x.json');
      expect(describeProblem(id, problem)).to.include('/data/x.json');
    }
    expect(describeProblem(en, { code: 'http', url: '/x', status: 404 })).to.include('404');
  });

  it('explains what a dataset needs when the file is not one', () => {
    expect(describeProblem(en, { code: 'notDataset', path: [] })).to.include('"events"');
    expect(describeProblem(id, { code: 'notDataset', path: [] })).to.include('"events"');
  });
});

describe('pickText', () => {
  it("picks the reader's own language without marking it", () => {
    expect(pickText({ id: 'Linimasa', en: 'Timeline' }, 'id')).to.deep.equal({ text: 'Linimasa' });
    expect(pickText({ id: 'Linimasa', en: 'Timeline' }, 'en')).to.deep.equal({ text: 'Timeline' });
  });

  it('uses text for every language next, without marking it', () => {
    expect(pickText({ '*': 'Kemlu', en: 'MFA' }, 'id')).to.deep.equal({ text: 'Kemlu' });
  });

  it('falls back to English and says so', () => {
    expect(pickText({ en: 'Timeline', fr: 'Chronologie' }, 'id')).to.deep.equal({
      text: 'Timeline',
      lang: 'en',
    });
  });

  it('falls back to any language there is when English is missing too, and says which', () => {
    expect(pickText({ id: 'Linimasa' }, 'en')).to.deep.equal({ text: 'Linimasa', lang: 'id' });
  });

  it('gives empty text for missing or empty text', () => {
    expect(pickText(undefined, 'id')).to.deep.equal({ text: '' });
    expect(pickText({}, 'id')).to.deep.equal({ text: '' });
  });
});

describe('resolveLocale', () => {
  it('takes a regional tag by its language', () => {
    expect(resolveLocale('id-ID').lang).to.equal('id');
    expect(resolveLocale('ID').lang).to.equal('id');
    expect(resolveLocale('en-GB').lang).to.equal('en');
  });

  it('falls back to English for a missing or unknown language', () => {
    expect(resolveLocale('fr-FR').lang).to.equal('en');
    expect(resolveLocale('').lang).to.equal('en');
    expect(resolveLocale(null).lang).to.equal('en');
    expect(resolveLocale(undefined).lang).to.equal('en');
  });

  it('falls back to English for tags that look like built-in object keys', () => {
    for (const tag of ['constructor', 'toString', '__proto__', 'hasOwnProperty-x']) {
      expect(resolveLocale(tag).lang, tag).to.equal('en');
    }
  });

  it('offers Indonesian and English, each language under its own tag', () => {
    expect(locales.id).to.equal(id);
    expect(locales.en).to.equal(en);
    for (const [tag, messages] of Object.entries(locales)) expect(messages.lang).to.equal(tag);
  });
});

describe('pickText with empty translations', () => {
  it('treats an empty translation as missing and falls back to another language', () => {
    expect(pickText({ id: '', en: 'Digital Command Center' }, 'id')).to.deep.equal({
      text: 'Digital Command Center',
      lang: 'en',
    });
  });
});
