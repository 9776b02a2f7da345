import { rangesBetween } from './event-index.js';
import type { LaidOutRange, LayoutInput } from './layout-types.js';

/** Range bars in lanes; a label past its bar is cut short before a range is hidden. */
export function layoutRanges(input: LayoutInput): { laidOut: LaidOutRange[]; hidden: number } {
  const { index, view, width, metrics } = input;
  const laidOut: (LaidOutRange & { labelWidth: number; cut: boolean })[] = [];
  const lanes = input.rangeLanes ?? metrics.rangeLanes;
  const laneEnd = new Array<number>(lanes).fill(-Infinity);
  // The last range laid out in each lane, and its whole label's width.
  const last: (typeof laidOut)[number][] = [];
  const lastWhole: number[] = [];
  let hidden = 0;
  for (const r of rangesBetween(index, view.start, view.end)) {
    const eventIndex = index.ranges[r]!;
    const x0 = Math.max(0, view.x(index.rangeStarts[r]!, width));
    const x1 = Math.min(
      width,
      Math.max(view.x(index.rangeEnds[r]!, width), x0 + metrics.minRangePx),
    );
    // The label runs along the bar and past its end, as far as the drawing allows.
    // (The bar's border and padding, 12 pixels, come before the label.)
    const room = Math.min(metrics.maxLabelWidth, width - x0 - 12);
    const one = input.labelWidth(eventIndex);
    const whole =
      one > room && metrics.wrapRanges && input.wrappedWidth ? input.wrappedWidth(eventIndex) : one;
    const labelWidth = Math.max(0, Math.min(whole, room));
    let lane = laneEnd.findIndex((end) => end <= x0);
    // Where every lane is taken up to here by a label past its bar, the label in a lane whose
    // bar has ended is cut short, rather than this range being hidden.
    if (lane < 0) {
      lane = last.findIndex((range) => range.x1 <= x0);
      const before = last[lane];
      if (!before) {
        hidden++;
        continue;
      }
      const whole = lastWhole[lane]!;
      before.labelWidth = Math.max(0, x0 - metrics.labelGap - before.x0 - 12);
      before.cut = before.labelWidth < whole && before.x1 - before.x0 < whole;
    }
    laneEnd[lane] = Math.max(x1, x0 + labelWidth) + metrics.labelGap;
    const cut = labelWidth < whole && x1 - x0 < whole;
    lastWhole[lane] = whole;
    const lines = whole < one ? 2 : 1;
    laidOut.push((last[lane] = { index: eventIndex, x0, x1, lane, labelWidth, lines, cut }));
  }
  return { laidOut, hidden };
}
