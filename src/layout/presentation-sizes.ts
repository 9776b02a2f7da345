import { type RowSizes, defaultRowSizes } from './rows.js';
import { type Sizes, embedSizes } from './sizes.js';
import { defaultMetrics } from './timeline-layout.js';

/**
 * How much a presentation scales marks and labels, read back from the styles: they draw the
 * drawing's type at the embed's label size times a factor that grows with the widget's box
 * (1 up to a 1280 × 720 box, 2 from 2560 × 1440; view/presentation.styles.ts), and the layout
 * must use the same factor. `drawingFontPx` is that type's computed size.
 */
export function presentationScale(drawingFontPx: number): number {
  const scale = drawingFontPx / embedSizes.labelFontPx;
  // Rounded, so a sub-pixel difference in the computed size does not measure labels again.
  return Number.isFinite(scale) ? Math.min(2, Math.max(1, Math.round(scale * 1000) / 1000)) : 1;
}

/**
 * The least height, at scale 1, of a drawing that still shows one lane of labels under its
 * `rangeLanes` lanes of ranges: the chosen event always has its mark and label then. The
 * styles never give the drawing less (times the scale); the slide above gives way instead.
 */
export function drawingMinHeight(rangeLanes: number, rows: RowSizes = defaultRowSizes): number {
  return (
    rows.padding +
    rangeLanes * rows.rangeHeight +
    rows.laneHeight +
    rows.clusterHeight +
    rows.densityHeight +
    rows.axisHeight
  );
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

/** `sizes` with each of `keys` multiplied by `scale`, the rest as they are. */
function scaled<T extends object>(sizes: T, scale: number, keys: readonly (keyof T)[]): T {
  const out = { ...sizes };
  for (const key of keys) (out[key] as number) = (sizes[key] as number) * scale;
  return out;
}

function makeScaled(scale: number): Sizes {
  return {
    metrics: scaled(defaultMetrics, scale, [
      'dotRadius',
      'markWidth',
      'labelGap',
      'maxLabelWidth',
      'minLabelWidth',
      'clusterPx',
      'minBadge',
    ]),
    // Every row, so the drawing's least height is drawingMinHeight times the scale.
    rows: scaled(defaultRowSizes, scale, [
      'laneHeight',
      'rangeHeight',
      'clusterHeight',
      'densityHeight',
      'axisHeight',
      'padding',
    ]),
    labelFontPx: embedSizes.labelFontPx * scale,
    labelPadding: embedSizes.labelPadding * scale,
  };
}
