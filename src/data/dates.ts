import { endOfDay, endOfMonth, endOfYear } from 'date-fns';

/** How finely a dataset date is known; it decides how the date is written and where a range ends. */
export type Precision = 'decade' | 'year' | 'month' | 'day';

/** A dataset date: the first instant it covers, as epoch milliseconds in local time, and its precision. */
export interface PartialDate {
  readonly time: number;
  readonly precision: Precision;
}

/**
 * ISO 8601 prefixes ("2002", "2017-01", "2017-01-10") and the EDTF decade form "200X"
 * (a year somewhere in the 2000s). Anything else is not a date.
 */
export const DATE_PATTERN = '^(?:\\d{4}(?:-\\d{2}(?:-\\d{2})?)?|\\d{3}X)$';
const datePattern = new RegExp(DATE_PATTERN);

function localDate(year: number, monthIndex: number, day: number): Date {
  // setFullYear keeps years below 100 literal (new Date(99, 0) would mean 1999).
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  date.setHours(0, 0, 0, 0);
  return date;
}

/** Parses a dataset date, or returns undefined when the text is not one (e.g. "2017-13-01"). */
export function parsePartialDate(text: string): PartialDate | undefined {
  if (!datePattern.test(text)) return undefined;
  if (text.endsWith('X')) {
    const year = Number(text.slice(0, 3)) * 10;
    return { time: localDate(year, 0, 1).getTime(), precision: 'decade' };
  }
  const [year, month = 1, day = 1] = text.split('-').map(Number) as [number, number?, number?];
  if (month < 1 || month > 12) return undefined;
  const date = localDate(year, month - 1, day);
  // A day past the month's end rolls over into the next month: reject it.
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  const precision: Precision = text.length === 4 ? 'year' : text.length === 7 ? 'month' : 'day';
  return { time: date.getTime(), precision };
}

/** True when `text` is a date the dataset format accepts. */
export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

/** The last instant a partial date covers: "2024" lasts until the end of 2024. */
export function endOfPeriod(date: PartialDate): number {
  const start = new Date(date.time);
  switch (date.precision) {
    case 'decade':
      return endOfYear(localDate(start.getFullYear() + 9, 0, 1)).getTime();
    case 'year':
      return endOfYear(start).getTime();
    case 'month':
      return endOfMonth(start).getTime();
    case 'day':
      return endOfDay(start).getTime();
  }
}

/**
 * Reads a date a page passes to the API or an attribute: a Date, or a dataset-style string
 * ("2017", "2017-01-10") taken at the start or the end of the period it names, or any other
 * ISO timestamp. Returns undefined for anything else.
 */
export function readDateInput(
  value: Date | string | number,
  edge: 'start' | 'end',
): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const partial = parsePartialDate(value.trim());
  if (partial) return edge === 'start' ? partial.time : endOfPeriod(partial);
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}
