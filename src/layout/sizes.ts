import { type RowSizes, defaultRowSizes } from './rows.js';
import { type LayoutMetrics, defaultMetrics } from './timeline-layout.js';

/**
 * Every size the layout works with, for one mode. They match the view's styles. The
 * presentation and kiosk sizes (presentation-sizes.ts, kiosk-sizes.ts) load with their modes.
 */
export interface Sizes {
  readonly metrics: LayoutMetrics;
  readonly rows: RowSizes;
  /** Font size of labels, for measuring them. */
  readonly labelFontPx: number;
  /** Padding inside a label. */
  readonly labelPadding: number;
  /**
   * The lanes the events take spread over the drawing's height, at most this many lane
   * heights apart (see fillRows); two unless set.
   */
  readonly fill?: number;
}

export const embedSizes: Sizes = {
  metrics: defaultMetrics,
  rows: { ...defaultRowSizes, barsAtTop: true },
  labelFontPx: 13,
  labelPadding: 8,
};

/** Widest widget box (content box, px) laid out with the compact sizes below. */
export const compactWidth = 480;

/**
 * A narrow widget (a phone, a sidebar) has height for few lanes under its range bars: smaller
 * type and shorter lanes give it one or two more, so more events are labelled whole. Range bars
 * and marks stay at least 24 pixels tall, the tap target the README promises.
 */
export const compactSizes: Sizes = {
  metrics: { ...defaultMetrics, dotRadius: 6, markWidth: 17, labelGap: 8, minBadge: 26 },
  rows: { ...embedSizes.rows, laneHeight: 28 },
  labelFontPx: 11.5,
  labelPadding: 6,
};
