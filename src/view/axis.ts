import { svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatTick } from '../i18n/format.js';
import { markTop } from '../layout/rows.js';
import type { TimelineLayout } from '../layout/timeline-layout.js';
import type { ViewContext } from './context.js';

/** Builds one path for many vertical lines: one DOM node however many there are. */
function verticals(xs: Iterable<number>, y0: number, y1: number): string {
  let d = '';
  for (const x of xs) d += `M${x.toFixed(1)},${y0}V${y1}`;
  return d;
}

/**
 * The drawing behind the marks: grid lines at the ticks, a stem from each mark to the axis,
 * the density strip, and the axis with its labels.
 */
export function renderAxis(ctx: ViewContext, layout: TimelineLayout) {
  const { rows } = ctx;
  let stemPath = '';
  for (const mark of layout.marks) {
    const top = markTop(rows, mark);
    stemPath += `M${mark.x.toFixed(1)},${top + ctx.targetSize / 2}V${rows.axisTop}`;
  }
  let density = '';
  const bin = layout.density.length ? ctx.width / layout.density.length : 0;
  layout.density.forEach((share, b) => {
    if (share > 0) {
      // A tenth of a pixel: the share's float digits made the path twice as long to write
      // and for the browser to read, every frame of a zoom.
      const h = Math.max(1, share * 6).toFixed(1);
      density += `M${(b * bin).toFixed(1)},${rows.axisTop}v-${h}h${(bin - 1).toFixed(1)}v${h}z`;
    }
  });
  return svg`
    <svg class="backdrop" aria-hidden="true" width=${ctx.width} height=${rows.axisTop + 30}>
      <path class="grid" d=${verticals(
        layout.ticks.map((t) => t.x),
        0,
        rows.axisTop,
      )}></path>
      <path class="stems" d=${stemPath}></path>
      <path class="density" part="density" d=${density}></path>
      <g part="axis" class="axis" transform="translate(0,${rows.axisTop})">
        <line x1="0" x2=${ctx.width} y1="0.5" y2="0.5"></line>
        <path class="ticks" d=${verticals(
          layout.ticks.map((t) => t.x),
          0,
          6,
        )}></path>
        ${repeat(
          layout.ticks,
          (tick) => tick.time,
          (tick) =>
            // Labels at the edges are anchored inward so none is cut in half.
            svg`<text
              class=${tick.major ? 'major' : ''}
              text-anchor=${tick.x < 24 ? 'start' : tick.x > ctx.width - 24 ? 'end' : 'middle'}
              x=${tick.x.toFixed(1)}
              y="20"
            >${formatTick(ctx.m, tick.time, tick.unit, tick.major)}</text>`,
        )}
      </g>
    </svg>
  `;
}
