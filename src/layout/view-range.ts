/** The smallest span the view may show: zooming in further would only spread one day apart. */
export const MIN_SPAN = 3 * 24 * 3600 * 1000;
const YEAR = 365.25 * 24 * 3600 * 1000;

/**
 * The shown span of time, as an immutable value: every change makes a new one, like d3-zoom's
 * Transform. Times are epoch milliseconds.
 */
export class ViewRange {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}

  get span(): number {
    return this.end - this.start;
  }

  get centre(): number {
    return (this.start + this.end) / 2;
  }

  /** Screen x of time `t` in a drawing `width` pixels wide. */
  x(t: number, width: number): number {
    return ((t - this.start) / this.span) * width;
  }

  /** Time at screen x. */
  time(x: number, width: number): number {
    return this.start + (x / width) * this.span;
  }

  contains(t: number): boolean {
    return t >= this.start && t <= this.end;
  }

  /** Scaled by `factor` about time `at` (default: the centre); factor > 1 zooms in. */
  zoom(factor: number, at = this.centre): ViewRange {
    return new ViewRange(at - (at - this.start) / factor, at + (this.end - at) / factor);
  }

  /** The same span, moved so that `t` is in the middle. */
  centredOn(t: number): ViewRange {
    const half = this.span / 2;
    return new ViewRange(t - half, t + half);
  }

  equals(other: ViewRange): boolean {
    return this.start === other.start && this.end === other.end;
  }
}

/**
 * The range that shows a dataset: its extent with a margin each side, never narrower than a
 * year so a one-event timeline still has an axis to sit on.
 */
export function homeRange(first: number, last: number): ViewRange {
  const span = Math.max(last - first, YEAR);
  const middle = (first + last) / 2;
  const half = (span * 1.1) / 2;
  return new ViewRange(middle - half, middle + half);
}

/**
 * d3-zoom keeps a transform {k, x} over a base scale mapping `home` onto [0, width].
 * These two functions convert between that transform and the time range it shows.
 */
export function viewFromTransform(
  home: ViewRange,
  width: number,
  t: { k: number; x: number },
): ViewRange {
  return new ViewRange(home.time(-t.x / t.k, width), home.time((width - t.x) / t.k, width));
}

export function transformForView(
  home: ViewRange,
  width: number,
  view: ViewRange,
): { k: number; x: number } {
  const k = home.span / view.span;
  return { k, x: -home.x(view.start, width) * k };
}

/** How far d3-zoom may zoom in on `home` before a view would be narrower than MIN_SPAN. */
export function maxZoom(home: ViewRange): number {
  return Math.max(1, home.span / MIN_SPAN);
}

/** Keeps a view inside `home`: no wider than it, and shifted back in if it strays out. */
export function clampView(view: ViewRange, home: ViewRange): ViewRange {
  const span = Math.min(Math.max(view.span, home.span / maxZoom(home)), home.span);
  let start = view.centre - span / 2;
  start = Math.min(Math.max(start, home.start), home.end - span);
  return new ViewRange(start, start + span);
}

/** A range a page asked for (`start`/`end` attributes), either end possibly missing. */
export interface WantedRange {
  readonly start?: number;
  readonly end?: number;
}

/** The range the zoom is bounded by: the data's extent, widened to take in a wanted range. */
export function homeFor(first: number, last: number, wanted: WantedRange): ViewRange {
  if (Number.isNaN(first)) {
    const now = Date.now();
    return homeRange(wanted.start ?? now, wanted.end ?? now);
  }
  return homeRange(
    Math.min(first, wanted.start ?? Infinity),
    Math.max(last, wanted.end ?? -Infinity),
  );
}

/** The view to open with (and go back to on reset): the wanted range, else everything. */
export function initialView(home: ViewRange, wanted: WantedRange): ViewRange {
  if (wanted.start === undefined && wanted.end === undefined) return home;
  return clampView(new ViewRange(wanted.start ?? home.start, wanted.end ?? home.end), home);
}
