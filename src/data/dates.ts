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

function localTime(year: number, monthIndex: number, day: number): number {
  // Years below 100 need setFullYear: new Date(99, 0) would mean 1999.
  if (year >= 100) return new Date(year, monthIndex, day).getTime();
  const date = new Date(2000, monthIndex, day);
  date.setFullYear(year);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Reads 2 or 4 digits at `at`; NaN if any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A dataset date's first day as one integer, (year × 16 + month index) × 32 + day, so days
 * sort as the calendar does; -1 when the text is not a date ("2017-13-01", "2017-02-30").
 * Written by hand, without a regular expression, an intermediate array, an object or a Date
 * per call: a dataset of 100,000 events is read in its first render, mostly by code not yet
 * optimised, and its events are put in order by these numbers before any local time is known.
 */
export function dayOf(text: string): number {
  const length = text.length;
  if (length === 4 && text.charCodeAt(3) === 88 /* X */) {
    const decade = digits(text, 0, 3);
    return Number.isNaN(decade) ? -1 : decade * 5120 + 1;
  }
  if (length !== 4 && length !== 7 && length !== 10) return -1;
  const year = digits(text, 0, 4);
  if (Number.isNaN(year)) return -1;
  if (length === 4) return year * 512 + 1;
  const month = text.charCodeAt(4) === 45 /* - */ ? digits(text, 5, 2) : NaN;
  if (!(month >= 1 && month <= 12)) return -1;
  if (length === 7) return (year * 16 + month - 1) * 32 + 1;
  const day = text.charCodeAt(7) === 45 /* - */ ? digits(text, 8, 2) : NaN;
  if (!(day >= 1 && day <= daysInMonth(year, month))) return -1;
  return (year * 16 + month - 1) * 32 + day;
}

/** The first instant of a day dayOf gives, as epoch milliseconds in local time. */
export function timeOfDay(day: number): number {
  return localTime(day >> 9, (day >> 5) & 15, day & 31);
}

/** How finely a text dayOf accepts is known: its length tells. */
export function precisionOf(text: string): Precision {
  if (text.length === 10) return 'day';
  if (text.length === 7) return 'month';
  return text.charCodeAt(3) === 88 /* X */ ? 'decade' : 'year';
}

/** Parses a dataset date, or returns undefined when the text is not one. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const day = dayOf(text);
  return day < 0 ? undefined : { time: timeOfDay(day), precision: precisionOf(text) };
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
      return endOfYear(localTime(start.getFullYear() + 9, 0, 1)).getTime();
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
  value: Date | string | number | null | undefined,
  edge: 'start' | 'end',
): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const partial = parsePartialDate(value.trim());
  if (partial) return edge === 'start' ? partial.time : endOfPeriod(partial);
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}
