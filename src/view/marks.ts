import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LaidOutMark, LaidOutRange } from '../layout/timeline-layout.js';
import type { ViewContext } from './context.js';

/** The markup inside a mark or a range: its title (tagged with its language) and date. */
function eventText(ctx: ViewContext, index: number, labelWidth: number) {
  // labelWidth 0: a bare dot, named for screen readers but with no visible label.
  const words = ctx.words.event(index);
  return html`<span
      class=${labelWidth > 0 ? 'label' : 'visually-hidden'}
      part="label"
      lang=${ifDefined(words.titleLang)}
      .style=${`max-width:${labelWidth}px`}
      >${words.title}</span
    ><span class="visually-hidden">, ${words.date}</span>`;
}

function eventColor(ctx: ViewContext, index: number): string {
  const color = ctx.dataset.events[index]!.category?.color;
  // Category colours passed the schema's #rrggbb pattern, so they are safe in a style.
  // Styles are bound as the `.style` property (cssText, the CSSOM), never as the attribute:
  // a Content Security Policy without 'unsafe-inline' blocks style attributes.
  return color ? `--dt-event-color:${color}` : '';
}

/**
 * Event marks: one button each, positioned by transform so a zoom frame only rewrites
 * styles. Keyed by event index, so marks that stay on screen keep their element and focus.
 */
export function renderMarks(ctx: ViewContext, marks: readonly LaidOutMark[]) {
  return repeat(
    marks,
    (mark) => mark.index,
    (mark) => {
      const e = ctx.dataset.events[mark.index]!;
      const selected = mark.index === ctx.selectedIndex;
      const bare = mark.lane < 0;
      const y = bare ? ctx.rows.clusterTop : ctx.rows.laneTop(mark.lane);
      // A flipped label ends at the dot, whatever width the text really takes.
      const r = ctx.dotRadius;
      const x = bare
        ? `${mark.x - ctx.targetSize / 2}px`
        : mark.flipped
          ? `calc(${mark.x + r}px - 100%)`
          : `${mark.x - r}px`;
      return html`<button
        type="button"
        part=${selected ? 'event event-selected' : 'event'}
        class="mark ${e.circa ? 'circa' : ''} ${selected ? 'selected' : ''} ${bare ? 'bare' : ''} ${mark.flipped ? 'flipped' : ''}"
        data-index=${mark.index}
        tabindex=${mark.index === ctx.focusIndex ? 0 : -1}
        aria-expanded=${selected ? 'true' : 'false'}
        title=${bare ? ctx.words.event(mark.index).title : nothing}
        .style=${`transform:translate(${x},${y}px);${eventColor(ctx, mark.index)}`}
      >
        <span class="dot" aria-hidden="true"></span>${eventText(ctx, mark.index, mark.labelWidth)}
      </button>`;
    },
  );
}

/** Ranges (eras) as bars across the time they cover, with the label starting at the bar. */
export function renderRanges(ctx: ViewContext, ranges: readonly LaidOutRange[]) {
  if (!ranges.length) return nothing;
  return repeat(
    ranges,
    (range) => range.index,
    (range) => {
      const selected = range.index === ctx.selectedIndex;
      return html`<button
        type="button"
        part=${selected ? 'range event-selected' : 'range'}
        class="range ${selected ? 'selected' : ''}"
        data-index=${range.index}
        tabindex=${range.index === ctx.focusIndex ? 0 : -1}
        aria-expanded=${selected ? 'true' : 'false'}
        .style=${`transform:translate(${range.x0}px,${ctx.rows.rangeLaneTop(range.lane)}px);width:${Math.max(range.x1 - range.x0, 4)}px;--_bar:${Math.max(range.x1 - range.x0, 4)}px;${eventColor(ctx, range.index)}`}
      >
        ${eventText(ctx, range.index, Math.max(range.labelWidth, range.x1 - range.x0 - 12))}
      </button>`;
    },
  );
}
