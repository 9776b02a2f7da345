/**
 * The drawing's rows, top to bottom: range bars (eras), label lanes for events, the cluster
 * row, the density strip and the axis. Pure arithmetic on the drawing's height, shared by
 * the layout (how many lanes fit) and the view (where each row sits).
 */
export interface Rows {
  readonly rangeTop: number;
  /** How many range lanes fit: a short drawing drops them to keep a label lane. */
  readonly rangeLanes: number;
  readonly rangeHeight: number;
  /** How many label lanes fit; lane 0 sits nearest the axis. */
  readonly lanes: number;
  readonly laneHeight: number;
  readonly clusterTop: number;
  readonly densityTop: number;
  readonly axisTop: number;
  /** Top edge of a label lane. */
  laneTop(lane: number): number;
  /** Top edge of a range lane; lane 0 sits nearest the label lanes. */
  rangeLaneTop(lane: number): number;
  /**
   * Where the label lanes reach up beside the range bars: for each lane, the range lanes level
   * with it or below it (none for a lane below them all). Its marks, their labels and the stems
   * down to the axis, keep clear of those lanes' bars.
   */
  readonly beside?: readonly (readonly number[])[];
}

export interface RowSizes {
  readonly laneHeight: number;
  readonly rangeHeight: number;
  readonly clusterHeight: number;
  readonly densityHeight: number;
  readonly axisHeight: number;
  /** Room above the topmost label lane for its label's ascent. */
  readonly padding: number;
  /**
   * Whether the range bars start at the top edge, a bar needing no room for a label's ascent:
   * the padding they would leave can make a label lane (at 672 × 416, the sixth the bundled
   * dataset needs to label its events whole).
   */
  readonly barsAtTop?: boolean;
}

export const defaultRowSizes: RowSizes = {
  laneHeight: 32,
  rangeHeight: 26,
  clusterHeight: 34,
  densityHeight: 6,
  axisHeight: 30,
  padding: 4,
};

/**
 * The rows for a drawing `height` pixels tall. Label lanes are `pitch` apart (by default their
 * own height), lane 0 just above the cluster row.
 */
export function layoutRows(
  height: number,
  wanted: number,
  sizes = defaultRowSizes,
  pitch = sizes.laneHeight,
): Rows {
  const h = sizes.laneHeight;
  const axisTop = Math.max(0, height - sizes.axisHeight);
  const densityTop = axisTop - sizes.densityHeight;
  const clusterTop = densityTop - sizes.clusterHeight;
  // A short drawing (a phone's strip above the card) keeps one label lane for the chosen mark:
  // the range lanes that do not fit above it go, rather than be drawn over it.
  const rangeLanes = Math.max(
    0,
    Math.min(wanted, Math.floor((clusterTop - h) / sizes.rangeHeight)),
  );
  const rangeTop = rangeLanes && sizes.barsAtTop ? 0 : sizes.padding;
  const lanesTop = rangeTop + rangeLanes * sizes.rangeHeight;
  // The lowest lane takes its own height above the cluster row, each further one `pitch`.
  const lanes = Math.max(1, Math.floor((clusterTop - lanesTop - h) / pitch) + 1);
  return {
    rangeTop,
    rangeLanes,
    rangeHeight: sizes.rangeHeight,
    lanes,
    laneHeight: h,
    clusterTop,
    densityTop,
    axisTop,
    laneTop: (lane) => clusterTop - h - lane * pitch,
    rangeLaneTop: (lane) => rangeTop + (rangeLanes - 1 - lane) * sizes.rangeHeight,
  };
}

/**
 * Rows whose lanes fill the drawing's height: `used(lanes)` says how many of the lanes that fit
 * at their own height the events take, and those lanes are drawn further apart (up to
 * `maxPitch`) so they reach up to the range lanes. Where they would have to be further apart
 * than that, the range lanes come down to sit right above them instead, and the room left is
 * above the ranges: lanes, ranges and their labels read as one block from the axis up, with no
 * empty band in the middle. Zooming in needs no more lanes than the view of everything, so
 * the lanes offered are the ones the events take there.
 */
export function fillRows(
  height: number,
  rangeLanes: number,
  sizes: RowSizes,
  maxPitch: number,
  used: (lanes: number) => number,
): Rows {
  const packed = layoutRows(height, rangeLanes, sizes);
  rangeLanes = packed.rangeLanes;
  const n = Math.min(packed.lanes, Math.max(1, Math.floor(used(packed.lanes))));
  const top = packed.rangeTop + rangeLanes * sizes.rangeHeight;
  const h = sizes.laneHeight;
  const room = packed.clusterTop - top - h;
  const pitch = n > 1 ? Math.max(h, Math.min(maxPitch, Math.floor(room / (n - 1)))) : h;
  if (n === packed.lanes) {
    const beside = besideBars(packed, sizes);
    if (pitch === h || beside !== packed) return beside;
  }
  const spread = layoutRows(height, rangeLanes, sizes, pitch);
  // The ranges sit right above the topmost lane the events take.
  const rangeTop = Math.max(
    packed.rangeTop,
    spread.laneTop(n - 1) - rangeLanes * sizes.rangeHeight,
  );
  return {
    ...spread,
    lanes: n,
    rangeTop,
    rangeLaneTop: (lane) => rangeTop + (rangeLanes - 1 - lane) * sizes.rangeHeight,
  };
}

/**
 * Where the events take every lane below the range bars, lanes go on up beside them: bars rarely
 * span the whole drawing (eras of the recent past sit at the right), and the room left of them
 * holds labels of earlier events, freeing the lower lanes for the crowded stretch under the bars.
 */
function besideBars(packed: Rows, sizes: RowSizes): Rows {
  const h = sizes.laneHeight;
  const lanes = Math.floor((packed.clusterTop - sizes.padding - h) / h) + 1;
  if (!packed.rangeLanes || lanes <= packed.lanes) return packed;
  const beside: number[][] = [];
  for (let lane = 0; lane < lanes; lane++) {
    const top = packed.laneTop(lane);
    const shared: number[] = [];
    for (let r = 0; r < packed.rangeLanes; r++) {
      const rangeTop = packed.rangeLaneTop(r);
      // Level with the lane, or below it: a mark's stem runs down through those to the axis.
      if (top < rangeTop + sizes.rangeHeight) shared.push(r);
    }
    beside.push(shared);
  }
  return { ...packed, lanes, beside };
}

/**
 * Top edge of a mark's row: its lane's, the cluster row's for a bare dot (lane -1), and half
 * way up to the lane above for a label set across two lanes.
 */
export function markTop(
  rows: Pick<Rows, 'clusterTop' | 'laneTop'>,
  mark: { readonly lane: number; readonly across?: boolean },
): number {
  if (mark.lane < 0) return rows.clusterTop;
  const top = rows.laneTop(mark.lane);
  return mark.across ? (top + rows.laneTop(mark.lane + 1)) / 2 : top;
}
