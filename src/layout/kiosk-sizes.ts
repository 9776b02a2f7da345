import { defaultRowSizes } from './rows.js';
import type { Sizes } from './sizes.js';
import { defaultMetrics } from './timeline-layout.js';

/**
 * A kiosk touch screen gets 44-pixel targets and larger type, so its lanes are taller and its
 * labels wider. They match the kiosk's styles (view/kiosk.styles.ts).
 */
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
