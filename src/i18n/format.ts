import type { Precision } from '../data/dates.js';
import type { LocalizedText } from '../data/model.js';
import type { Path, Problem } from '../data/problems.js';
import type { Messages, WordedProblem } from './messages.js';

/**
 * A month's name in the reader's language. Only month names are taken from date-fns, not its
 * `format`: the pattern engine would be a third of the bundle, for three patterns.
 */
function monthName(m: Messages, month: number, width: 'wide' | 'abbreviated'): string {
  return m.months[width][month] ?? '';
}

/** Writes a date at its precision: "2002", "Januari 2017", "10 January 2017", "c. 2000s". */
export function formatDate(m: Messages, time: number, precision: Precision, circa = false): string {
  const date = new Date(time);
  const year = date.getFullYear();
  const written =
    precision === 'decade'
      ? m.decade(Math.floor(year / 10) * 10)
      : precision === 'year'
        ? String(year)
        : precision === 'month'
          ? m.dates.month(monthName(m, date.getMonth(), 'wide'), year)
          : m.dates.day(date.getDate(), monthName(m, date.getMonth(), 'wide'), year);
  return circa ? m.circa(written) : written;
}

/** Writes a range with each end at its own precision: "1998 – 2011". */
export function formatRange(
  m: Messages,
  start: number,
  startPrecision: Precision,
  end: number,
  endPrecision: Precision,
  circa = false,
): string {
  const from = formatDate(m, start, startPrecision);
  const to = formatDate(m, end, endPrecision);
  const range = from === to ? from : `${from} – ${to}`;
  return circa ? m.circa(range) : range;
}

/** The date of an event as a reader should see it. */
export function formatEventDate(
  m: Messages,
  e: {
    start: number;
    startPrecision: Precision;
    end?: number;
    endPrecision?: Precision;
    circa: boolean;
  },
): string {
  return e.end === undefined
    ? formatDate(m, e.start, e.startPrecision, e.circa)
    : formatRange(m, e.start, e.startPrecision, e.end, e.endPrecision ?? e.startPrecision, e.circa);
}

/**
 * Number formats by language, made once: building an Intl.NumberFormat costs far more than
 * using one, and cluster badges are written on every zoom frame.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: string, compact: boolean): Intl.NumberFormat {
  const key = `${lang}${compact ? ' compact' : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      lang,
      compact ? { notation: 'compact', maximumFractionDigits: 1 } : {},
    );
    numberFormats.set(key, format);
  }
  return format;
}

export function formatCount(m: Messages, n: number): string {
  // Below 1,000 no language groups digits; skipping Intl then spares the first render the
  // cost of loading its number data (about 20 ms here).
  return n < 1000 ? String(n) : numberFormat(m.lang, false).format(n);
}

/** Writes a path as the dataset's author reads it: `events[3].start`. */
export const formatPath = (keys: Path): string =>
  keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');

/**
 * A problem as one sentence in the reader's language. Its paths are written by `where`: as
 * the dataset's author reads them, or (for a spreadsheet) as a row and column.
 */
export function describeProblem(m: Messages, problem: Problem, where = formatPath): string {
  const { path, firstPath } = problem as { path?: Path; firstPath?: Path };
  // The table is keyed by code, so each entry receives its own kind of problem.
  return (m.problems[problem.code] as (p: WordedProblem) => string)({
    ...problem,
    path: path && where(path),
    firstPath: firstPath && where(firstPath),
  } as WordedProblem);
}

/**
 * Picks dataset text for the reader's language. When that language is missing, it falls back
 * to another one and says which, so the view can mark it with `lang` for screen readers.
 */
export function pickText(
  text: LocalizedText | undefined,
  lang: string,
): { text: string; lang?: string } {
  if (!text) return { text: '' };
  // An empty translation counts as missing, so the reader gets another language, not a blank.
  const own = text[lang] || text['*'];
  if (own) return { text: own };
  const fallback = text.en ? 'en' : Object.keys(text).find((key) => text[key]);
  return fallback === undefined ? { text: '' } : { text: text[fallback] ?? '', lang: fallback };
}

/** Writes an axis tick: "2017"; "Mar", with "2017" where a year begins; "5 Mar". */
export function formatTick(
  m: Messages,
  time: number,
  unit: 'day' | 'month' | 'year',
  major: boolean,
): string {
  const date = new Date(time);
  const year = String(date.getFullYear());
  if (unit === 'year' || (unit === 'month' && major)) return year;
  const month = monthName(m, date.getMonth(), 'abbreviated');
  if (unit === 'month') return month;
  return major ? `${month} ${year}` : m.tickDay(date.getDate(), month);
}

/** A count as a badge shows it: 12, 1.2K, 12 rb. */
export function formatCompactCount(m: Messages, n: number): string {
  return n < 1000 ? String(n) : numberFormat(m.lang, true).format(n);
}

/**
 * A span of time written as precisely as its length needs: years for a long view, months
 * for a few years' view, days below that. Used to announce what the view shows.
 */
export function formatSpan(m: Messages, start: number, end: number): string {
  const days = (end - start) / 86_400_000;
  const precision = days > 3 * 365 ? 'year' : days > 90 ? 'month' : 'day';
  return formatRange(m, start, precision, end, precision);
}
