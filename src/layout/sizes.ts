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
}

export const embedSizes: Sizes = {
  metrics: defaultMetrics,
  rows: defaultRowSizes,
  labelFontPx: 13,
  labelPadding: 8,
};
