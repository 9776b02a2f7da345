import type { EventIndex } from './event-index.js';
import type { Tick } from './ticks.js';
import type { ViewRange } from './view-range.js';

/** Sizes, in CSS pixels, that the layout must respect; the view's styles use the same ones. */
export interface LayoutMetrics {
  /** Radius of a mark's dot. */
  readonly dotRadius: number;
  /** From the dot's outer edge to where its label starts, plus the label's far edge. */
  readonly markWidth: number;
  /** Free space kept after each label before the next one in the lane. */
  readonly labelGap: number;
  /** Widest a label may be, on one line or two; a longer title wraps, then is ellipsised. */
  readonly maxLabelWidth: number;
  /**
   * Narrowest a label is cut to (with an ellipsis, the last resort) where neither one line
   * nor two find room; with less room, the event joins a cluster.
   */
  readonly minLabelWidth: number;
  /** Narrowest column that clusters events; a cluster badge fits in it. */
  readonly clusterPx: number;
  /** Narrowest a cluster badge is drawn (its pointer target). */
  readonly minBadge: number;
  /** Width of one bar of the density strip. */
  readonly densityBinPx: number;
  /** How many lanes ranges (eras) may use. */
  readonly rangeLanes: number;
  /** Narrowest a range's bar is drawn. */
  readonly minRangePx: number;
  /**
   * Whether a column with more events than lanes still labels as many as find room, the rest
   * joining its badge (so no cluster forms while the height holds lanes); else it is one badge.
   */
  readonly labelDense?: boolean;
  /** Whether a range's label may wrap onto two lines where one has no room (a tall bar). */
  readonly wrapRanges?: boolean;
}

export interface LayoutInput {
  readonly index: EventIndex;
  readonly view: ViewRange;
  readonly width: number;
  /** How many label lanes for points fit the height. */
  readonly lanes: number;
  /** Width of an event's label on one line (see labelWidthCache). */
  readonly labelWidth: (eventIndex: number) => number;
  /** Width of an event's label on two balanced lines; without it, labels keep to one line. */
  readonly wrappedWidth?: (eventIndex: number) => number;
  /**
   * Width of an event's label on three lines, given where the lanes are far enough apart for
   * a label on three lines beside one on two (a lane and a fifth); tried before a label is cut.
   */
  readonly threeWidth?: (eventIndex: number) => number;
  /**
   * Width of an event's label on three lines set across its lane and the one above (`across`),
   * where the lanes are too close for three lines in one: tried before a label is cut.
   */
  readonly acrossWidth?: (eventIndex: number) => number;
  /** Events always drawn as marks, never clustered: the focused and the chosen one. */
  readonly pinned: readonly number[];
  /**
   * With `group-by`, the one lane each event's label must use, by event index (see
   * groupLanes); an event that does not fit its lane joins a cluster.
   */
  readonly laneOf?: Int16Array;
  /**
   * With `laneOf`, how many lanes each group has (one unless set): group g takes lanes
   * g × laneSpan up to the next group's, so a tall screen holds more of a group's labels.
   */
  readonly laneSpan?: number;
  readonly metrics: LayoutMetrics;
  /** How many lanes the rows keep for ranges; metrics.rangeLanes unless set. */
  readonly rangeLanes?: number;
  /** The rows' `beside`: label lanes that reach up beside the range bars, and which bars. */
  readonly beside?: readonly (readonly number[])[];
  /**
   * Set by the layout from `beside`: per label lane, the spans [x0, x1, x0, x1, …] its range
   * bars and their labels take, that its labels keep clear of.
   */
  readonly bars?: readonly (readonly number[])[];
  /**
   * Set by the layout where it tries several orders (a view of few events): labels are cut
   * short only in the room the whole ones leave. Every label is first placed whole or not at
   * all, then the events left over are placed again, cut where need be: a cut label never takes
   * the room of a whole one.
   */
  readonly wholeFirst?: boolean;
  /**
   * Set while the view moves (a zoom or pan frame): the one order of placing labels to use,
   * the `order` of the layout when the view last settled; unset, the best of all is found.
   */
  readonly order?: number;
  /**
   * The layout drawn before this one, of the same events in the same box: its `order`, and the
   * lane of each label (undefined for an event it did not label). Each label keeps its lane
   * where it still fits there: while the view moves, so labels stay put instead of changing
   * lanes in bursts (one label moved shifts every lane choice after it); once it settles, unless
   * another order labels more.
   */
  readonly before?: {
    readonly order?: number;
    lane(eventIndex: number): number | undefined;
  };
}

/**
 * A point event drawn as a mark: `x` is the dot's centre. Its label sits in `lane`, to the
 * right of the dot or, `flipped`, to its left, on one to three lines (`lines`), `cut` short with
 * an ellipsis only where neither found room; `across`, on three lines taking its lane and the
 * one above, centred between them. Lane -1 is a bare dot on the cluster row, for an
 * event that found no lane but is alone in its column.
 */
export interface LaidOutMark {
  readonly index: number;
  readonly x: number;
  readonly lane: number;
  readonly labelWidth: number;
  readonly flipped: boolean;
  readonly lines: 1 | 2 | 3;
  readonly cut: boolean;
  readonly across?: boolean;
}

/**
 * A range (era) drawn as a bar from x0 to x1, clipped to the drawing, its label starting at the
 * bar (`cut` short where neither the bar nor the drawing holds it).
 */
export interface LaidOutRange {
  readonly index: number;
  readonly x0: number;
  readonly x1: number;
  readonly lane: number;
  readonly labelWidth: number;
  readonly lines: 1 | 2;
  readonly cut: boolean;
}

/**
 * Events too close together to label at this zoom, drawn as one badge with a count or, where
 * the row leaves it room (`titled`), with its first event's title and how many more.
 */
export interface LaidOutCluster {
  /** Centre of the badge. */
  readonly x: number;
  readonly width: number;
  readonly count: number;
  readonly titled?: boolean;
  /** Times of the earliest and the latest event in it. */
  readonly start: number;
  readonly end: number;
  /** Index of the earliest event in it: a stable key while panning. */
  readonly first: number;
}

export interface TimelineLayout {
  readonly marks: readonly LaidOutMark[];
  readonly ranges: readonly LaidOutRange[];
  readonly clusters: readonly LaidOutCluster[];
  /** Ranges that overlap the view but found no free lane. */
  readonly hiddenRanges: number;
  readonly ticks: readonly Tick[];
  /** Share of the busiest bar, per bar of the density strip; empty when nothing clusters. */
  readonly density: Float32Array;
  /** Which order of placing labels this layout used (see LayoutInput.order). */
  readonly order?: number;
}
