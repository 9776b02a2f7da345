import { type TimeInterval, timeDay, timeMonth, timeYear } from 'd3-time';
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
const STEPS: readonly Step[] = [
  { unit: 'day', every: 1, ms: DAY },
  { unit: 'day', every: 2, ms: 2 * DAY },
  { unit: 'day', every: 7, ms: 7 * DAY },
  { unit: 'day', every: 14, ms: 14 * DAY },
  { unit: 'month', every: 1, ms: MONTH },
  { unit: 'month', every: 3, ms: 3 * MONTH },
  { unit: 'month', every: 6, ms: 6 * MONTH },
  { unit: 'year', every: 1, ms: YEAR },
  { unit: 'year', every: 2, ms: 2 * YEAR },
  { unit: 'year', every: 5, ms: 5 * YEAR },
  { unit: 'year', every: 10, ms: 10 * YEAR },
  { unit: 'year', every: 20, ms: 20 * YEAR },
  { unit: 'year', every: 50, ms: 50 * YEAR },
  { unit: 'year', every: 100, ms: 100 * YEAR },
  { unit: 'year', every: 500, ms: 500 * YEAR },
  { unit: 'year', every: 1000, ms: 1000 * YEAR },
];

function interval(step: Step): TimeInterval {
  const base = step.unit === 'day' ? timeDay : step.unit === 'month' ? timeMonth : timeYear;
  if (step.unit === 'day' && step.every > 1) {
    // Day steps count from the first of each month so labels read 1, 8, 15, 22 rather than drift.
    return timeDay.filter((d) => (d.getDate() - 1) % step.every === 0 && d.getDate() < 29);
  }
  return step.every === 1 ? base : (base.every(step.every) ?? base);
}

function isMajor(date: Date, step: Step): boolean {
  if (step.unit === 'day') return date.getDate() === 1;
  if (step.unit === 'month') return date.getMonth() === 0;
  return date.getFullYear() % (step.every * 10 <= 10 ? 10 : step.every * 5) === 0;
}

/**
 * The axis ticks for a view: the finest step that leaves at least `minSpacing` pixels between
 * labels, so ticks go from decades to years, months and days as the reader zooms in.
 */
export function layoutTicks(view: ViewRange, width: number, minSpacing = 72): Tick[] {
  if (!(width > 0) || !(view.span > 0)) return [];
  const pxPerMs = width / view.span;
  const step = STEPS.find((s) => s.ms * pxPerMs >= minSpacing) ?? STEPS[STEPS.length - 1]!;
  const dates = interval(step).range(new Date(view.start), new Date(view.end + 1));
  return dates.map((date) => ({
    time: date.getTime(),
    x: view.x(date.getTime(), width),
    unit: step.unit,
    major: isMajor(date, step),
  }));
}
