import { expect } from '@open-wc/testing';
import {
  dayOf,
  endOfPeriod,
  isPartialDate,
  parsePartialDate,
  readDateInput,
} from '../../src/data/dates.js';

/** Local midnight of a calendar day, the way the dataset's dates are meant. */
function local(year: number, month = 1, day = 1): number {
  return new Date(year, month - 1, day).getTime();
}

/** The last millisecond of a local calendar day. */
function lastInstantOf(year: number, month: number, day: number): number {
  return new Date(year, month - 1, day, 23, 59, 59, 999).getTime();
}

describe('parsePartialDate', () => {
  it('reads a year as the first of January at year precision', () => {
    expect(parsePartialDate('2002')).to.deep.equal({ time: local(2002), precision: 'year' });
  });

  it('reads a year and month as the first of that month at month precision', () => {
    expect(parsePartialDate('2017-01')).to.deep.equal({ time: local(2017, 1), precision: 'month' });
  });

  it('reads a full date as local midnight at day precision', () => {
    expect(parsePartialDate('2017-01-10')).to.deep.equal({
      time: local(2017, 1, 10),
      precision: 'day',
    });
  });

  it('reads "200X" as the 2000s at decade precision', () => {
    expect(parsePartialDate('200X')).to.deep.equal({ time: local(2000), precision: 'decade' });
  });

  it('accepts the 29th of February in a leap year only', () => {
    expect(parsePartialDate('2016-02-29')).to.deep.equal({
      time: local(2016, 2, 29),
      precision: 'day',
    });
    expect(parsePartialDate('2017-02-29')).to.equal(undefined);
  });

  it('keeps years below 100 literal instead of mapping them to the 1900s', () => {
    const parsed = parsePartialDate('0099');
    expect(parsed?.precision).to.equal('year');
    expect(new Date(parsed!.time).getFullYear()).to.equal(99);
  });

  for (const text of [
    '2017-13-01',
    '2017-00',
    '2017-02-30',
    '2017-04-31',
    '17',
    '2017-1-1',
    '',
    '2017-01-10T00:00',
    ' 2017',
    '20XX',
    'abcd',
  ]) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      expect(parsePartialDate(text)).to.equal(undefined);
      expect(isPartialDate(text)).to.equal(false);
      expect(dayOf(text)).to.equal(-1);
    });
  }
});

describe('dayOf', () => {
  it('numbers days in the order of their local times, equal exactly when the times are', () => {
    const texts = ['0001', '0099-12-31', '0100', '1582-10-10', '1899-12', '1900', '1900-01'];
    texts.push('1900-01-01', '1945-08-17', '199X', '1990', '2016-02-29', '2016-03', '9999-12-31');
    for (const a of texts) {
      for (const b of texts) {
        const days = Math.sign(dayOf(a) - dayOf(b));
        const times = Math.sign(parsePartialDate(a)!.time - parsePartialDate(b)!.time);
        expect(days, `${a} against ${b}`).to.equal(times);
      }
    }
  });
});

describe('endOfPeriod', () => {
  it('ends a year on the last millisecond of the 31st of December', () => {
    expect(endOfPeriod(parsePartialDate('2024')!)).to.equal(lastInstantOf(2024, 12, 31));
  });

  it('ends a month on its last day, leap years included', () => {
    expect(endOfPeriod(parsePartialDate('2024-02')!)).to.equal(lastInstantOf(2024, 2, 29));
    expect(endOfPeriod(parsePartialDate('2023-02')!)).to.equal(lastInstantOf(2023, 2, 28));
    expect(endOfPeriod(parsePartialDate('2017-04')!)).to.equal(lastInstantOf(2017, 4, 30));
  });

  it('ends a day at its last millisecond', () => {
    expect(endOfPeriod(parsePartialDate('2017-01-10')!)).to.equal(lastInstantOf(2017, 1, 10));
  });

  it('ends a decade at the end of its tenth year', () => {
    expect(endOfPeriod(parsePartialDate('200X')!)).to.equal(lastInstantOf(2009, 12, 31));
  });
});

describe('readDateInput', () => {
  it('takes a dataset-style string at the start of the period it names', () => {
    expect(readDateInput('2017', 'start')).to.equal(local(2017));
    expect(readDateInput('2017-03', 'start')).to.equal(local(2017, 3));
    expect(readDateInput('2017-03-05', 'start')).to.equal(local(2017, 3, 5));
  });

  it('takes a dataset-style string at the end of the period it names', () => {
    expect(readDateInput('2017', 'end')).to.equal(lastInstantOf(2017, 12, 31));
    expect(readDateInput('2017-03', 'end')).to.equal(lastInstantOf(2017, 3, 31));
    expect(readDateInput('2017-03-05', 'end')).to.equal(lastInstantOf(2017, 3, 5));
  });

  it('ignores spaces around an attribute value', () => {
    expect(readDateInput('  2017-03 \n', 'start')).to.equal(local(2017, 3));
  });

  it('takes a Date or a number of milliseconds as it is, whatever the edge', () => {
    const when = new Date(2017, 0, 10, 15, 30);
    expect(readDateInput(when, 'start')).to.equal(when.getTime());
    expect(readDateInput(when, 'end')).to.equal(when.getTime());
    expect(readDateInput(1_500_000_000_000, 'end')).to.equal(1_500_000_000_000);
  });

  it('reads a full ISO timestamp', () => {
    expect(readDateInput('2017-01-10T12:00:00Z', 'start')).to.equal(Date.UTC(2017, 0, 10, 12));
  });

  it('returns undefined for an invalid Date, a non-finite number or text that is no date', () => {
    expect(readDateInput(new Date(Number.NaN), 'start')).to.equal(undefined);
    expect(readDateInput(Number.NaN, 'start')).to.equal(undefined);
    expect(readDateInput(Number.POSITIVE_INFINITY, 'end')).to.equal(undefined);
    expect(readDateInput('next tuesday', 'start')).to.equal(undefined);
    expect(readDateInput('', 'start')).to.equal(undefined);
  });
});
