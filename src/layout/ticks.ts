import type { ViewRange } from './view-range.js';

export type TickUnit = 'day' | 'month' | 'year';

export interface Tick {
  readonly time: number;
  readonly x: number;
  readonly unit: TickUnit;
  /** A tick that starts a larger unit (a year among months, a decade among years). */
  readonly major: boolean;
}

interface Step {
  readonly unit: TickUnit;
  readonly every: number;
  /** How long the shortest such step lasts (February, a common year), so no two labels crowd. */
  readonly ms: number;
}

const DAY = 24 * 3600 * 1000;
const MONTH = 28 * DAY;
const YEAR = 365 * DAY;

/** From days to centuries: the steps an axis may take, finest first. */
const STEPS: readonly Step[] = (
  [
    ['day', DAY, [1, 2, 7, 14]],
    ['month', MONTH, [1, 3, 6]],
    ['year', YEAR, [1, 2, 5, 10, 20, 50, 100, 500, 1000]],
  ] as const
).flatMap(([unit, ms, steps]) => steps.map((every) => ({ unit, every, ms: every * ms })));

/**
 * The dates from `start` to `end` (both included) that begin a step, in local time: midnights,
 * firsts of months, new years; a step of several counts from round numbers (years divisible by
 * it, January, April… for three months), and day steps from the first of each month, so labels
 * read 1, 8, 15, 22 rather than drift. (What d3-time's intervals gave, without its 4 KB.)
 */
function stepDates(step: Step, start: number, end: number): Date[] {
  const { unit, every } = step;
  const d = new Date(start);
  d.setHours(0, 0, 0, 0);
  if (unit !== 'day') d.setMonth(unit === 'year' ? 0 : d.getMonth() - (d.getMonth() % every), 1);
  if (unit === 'year') d.setFullYear(Math.floor(d.getFullYear() / every) * every);
  const dates: Date[] = [];
  for (; +d <= end; d.setHours(0, 0, 0, 0)) {
    const day = d.getDate() - 1;
    if (+d >= start && (unit !== 'day' || every < 2 || (day % every === 0 && day < 28)))
      dates.push(new Date(d));
    if (unit === 'day') d.setDate(d.getDate() + 1);
    else if (unit === 'month') d.setMonth(d.getMonth() + every);
    else d.setFullYear(d.getFullYear() + every);
  }
  return dates;
}

// Years: a decade among years and pairs of years, else every fifth step (25 years, a century…).
function isMajor(date: Date, step: Step): boolean {
  if (step.unit === 'day') return date.getDate() === 1;
  if (step.unit === 'month') return date.getMonth() === 0;
  return date.getFullYear() % Math.max(10, step.every * 5) === 0;
}

/**
 * The axis ticks for a view: the finest step that leaves at least `minSpacing` pixels between
 * labels, so ticks go from decades to years, months and days as the reader zooms in.
 */
export function layoutTicks(view: ViewRange, width: number, minSpacing = 72): Tick[] {
  if (!(width > 0) || !(view.span > 0)) return [];
  const pxPerMs = width / view.span;
  const step = STEPS.find((s) => s.ms * pxPerMs >= minSpacing) ?? STEPS[STEPS.length - 1]!;
  const dates = stepDates(step, view.start, view.end);
  return dates.map((date) => ({
    time: date.getTime(),
    x: view.x(date.getTime(), width),
    unit: step.unit,
    major: isMajor(date, step),
  }));
}
