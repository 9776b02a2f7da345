import { type RowSizes, defaultRowSizes } from './rows.js';
import { type LayoutMetrics, defaultMetrics } from './timeline-layout.js';

/**
 * Every size the layout works with, for one mode. They match the view's styles. The
 * presentation and kiosk sizes (presentation-sizes.ts, kiosk-sizes.ts) load with their modes.
 */
export interface Sizes {
  readonly metrics: LayoutMetrics;
  readonly rows: RowSizes;
  /** Font size of labels, for estimating their width. */
  readonly labelFontPx: number;
  /** Padding inside a label. */
  readonly labelPadding: number;
  /** Lines a label may wrap onto: one (ellipsised) unless set to two. */
  readonly labelLines?: 1 | 2;
  /**
   * When set, the lanes the events take spread over the drawing's height, at most this many
   * lane heights apart (see fillRows); unset, they stack from the axis up.
   */
  readonly fill?: number;
}

export const embedSizes: Sizes = {
  metrics: defaultMetrics,
  rows: defaultRowSizes,
  labelFontPx: 13,
  labelPadding: 8,
};
