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
    maxLabelWidth: 420,
    minLabelWidth: 88,
    clusterPx: 52,
    minBadge: 44,
  },
  rows: { ...defaultRowSizes, laneHeight: 50, rangeHeight: 50, clusterHeight: 50, axisHeight: 36 },
  labelFontPx: 17,
  labelPadding: 12,
};

/**
 * A kiosk screen standing upright (1080 × 1920, a 768 × 1366 tablet) is narrow for labels and
 * tall for lanes: labels are at most 340 pixels wide (two lines hold a long title), and the
 * lanes the events take spread further up the screen. The marks keep their 44-pixel height
 * (two lines of 22 px), so touch targets stay kiosk-sized.
 */
export const kioskPortraitSizes: Sizes = {
  ...kioskSizes,
  metrics: { ...kioskSizes.metrics, maxLabelWidth: 340, wrapRanges: true },
  fill: 4,
};

/**
 * Whether a kiosk of `width` × `height` pixels (the whole widget) is laid out for an upright
 * screen: clearly taller than wide, so a square-ish window keeps the landscape layout.
 */
export function isPortrait(width: number, height: number): boolean {
  return width > 0 && height > width * 1.2;
}
