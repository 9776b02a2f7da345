import { type RowSizes, defaultRowSizes } from './rows.js';
import { type LayoutMetrics, defaultMetrics } from './timeline-layout.js';

/**
 * Every size the layout works with, for one mode. They match the view's styles: a kiosk
 * touch screen gets 44-pixel targets and larger type, so its lanes are taller and its
 * labels wider.
 */
export interface Sizes {
  readonly metrics: LayoutMetrics;
  readonly rows: RowSizes;
  /** Font size of labels, for estimating their width. */
  readonly labelFontPx: number;
  /** Padding inside a label. */
  readonly labelPadding: number;
}

export const embedSizes: Sizes = {
  metrics: defaultMetrics,
  rows: defaultRowSizes,
  labelFontPx: 13,
  labelPadding: 8,
};

export const kioskSizes: Sizes = {
  metrics: {
    ...defaultMetrics,
    dotRadius: 10,
    markWidth: 28,
    maxLabelWidth: 240,
    clusterPx: 52,
    minBadge: 44,
  },
  rows: { ...defaultRowSizes, laneHeight: 50, rangeHeight: 50, clusterHeight: 50, axisHeight: 36 },
  labelFontPx: 17,
  labelPadding: 12,
};

export function sizesFor(mode: string): Sizes {
  return mode === 'kiosk' ? kioskSizes : embedSizes;
}
