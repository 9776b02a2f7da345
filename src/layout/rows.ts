/**
 * The drawing's rows, top to bottom: range bars (eras), label lanes for events, the cluster
 * row, the density strip and the axis. Pure arithmetic on the drawing's height, shared by
 * the layout (how many lanes fit) and the view (where each row sits).
 */
export interface Rows {
  readonly rangeTop: number;
  readonly rangeHeight: number;
  /** How many label lanes fit; lane 0 sits nearest the axis. */
  readonly lanes: number;
  readonly laneHeight: number;
  readonly clusterTop: number;
  readonly densityTop: number;
  readonly axisTop: number;
  /** Top edge of a label lane. */
  laneTop(lane: number): number;
  /** Top edge of a range lane. */
  rangeLaneTop(lane: number): number;
}

export interface RowSizes {
  readonly laneHeight: number;
  readonly rangeHeight: number;
  readonly clusterHeight: number;
  readonly densityHeight: number;
  readonly axisHeight: number;
  readonly padding: number;
}

export const defaultRowSizes: RowSizes = {
  laneHeight: 32,
  rangeHeight: 30,
  clusterHeight: 34,
  densityHeight: 6,
  axisHeight: 30,
  padding: 8,
};

export function layoutRows(height: number, rangeLanes: number, sizes = defaultRowSizes): Rows {
  const axisTop = Math.max(0, height - sizes.axisHeight);
  const densityTop = axisTop - sizes.densityHeight;
  const clusterTop = densityTop - sizes.clusterHeight;
  const rangeTop = sizes.padding;
  const lanesTop = rangeTop + rangeLanes * sizes.rangeHeight;
  const lanes = Math.max(1, Math.floor((clusterTop - lanesTop) / sizes.laneHeight));
  return {
    rangeTop,
    rangeHeight: sizes.rangeHeight,
    lanes,
    laneHeight: sizes.laneHeight,
    clusterTop,
    densityTop,
    axisTop,
    laneTop: (lane) => clusterTop - (lane + 1) * sizes.laneHeight,
    rangeLaneTop: (lane) => rangeTop + lane * sizes.rangeHeight,
  };
}
