import { defaultRowSizes } from './rows.js';
import { type Sizes, embedSizes } from './sizes.js';
import { defaultMetrics } from './timeline-layout.js';

/**
 * How much a presentation scales marks and labels for a viewport `width` pixels wide, so the
 * back row of a classroom reads them on a projector: 1 up to 1280 px, up to 2 on a wide
 * screen. The styles scale the same sizes with `vw` (view/slide.styles.ts).
 */
export function presentationScale(width: number): number {
  return Math.min(2, Math.max(1, width / 1280));
}

let last: Sizes = embedSizes;
let lastScale = 1;

/** The embed sizes, `scale` times larger (made once per scale: the layout reads them every frame). */
export function scaledSizes(scale: number): Sizes {
  if (scale !== lastScale) {
    last = scale === 1 ? embedSizes : makeScaled(scale);
    lastScale = scale;
  }
  return last;
}

function makeScaled(scale: number): Sizes {
  const m = defaultMetrics;
  const r = defaultRowSizes;
  return {
    metrics: {
      ...m,
      dotRadius: m.dotRadius * scale,
      markWidth: m.markWidth * scale,
      labelGap: m.labelGap * scale,
      maxLabelWidth: m.maxLabelWidth * scale,
      minLabelWidth: m.minLabelWidth * scale,
      clusterPx: m.clusterPx * scale,
      minBadge: m.minBadge * scale,
    },
    rows: {
      ...r,
      laneHeight: r.laneHeight * scale,
      rangeHeight: r.rangeHeight * scale,
      clusterHeight: r.clusterHeight * scale,
      axisHeight: r.axisHeight * scale,
    },
    labelFontPx: embedSizes.labelFontPx * scale,
    labelPadding: embedSizes.labelPadding * scale,
  };
}
