import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type {
  LaidOutCluster,
  LaidOutMark,
  LaidOutRange,
  TimelineLayout,
} from '../layout/timeline-layout.js';
import { markTop } from '../layout/rows.js';
import { renderCluster } from './clusters.js';
import type { ViewContext } from './context.js';
import { type StyleProps, styleProps } from './style-props.js';

/**
 * A mark's or range's accessible name, "title, date", given whole: a name made from its parts
 * reads "title , date", the browser setting a pause between the label and a hidden date.
 */
function eventName(ctx: ViewContext, index: number): string {
  const words = ctx.words.event(index);
  return `${words.title}, ${words.date}`;
}

function withColor(ctx: ViewContext, index: number, style: StyleProps): StyleProps {
  const color = ctx.dataset.events[index]!.category?.color;
  // Category colours passed the schema's #rrggbb pattern, so they are safe in a style.
  // Styles are set through the CSSOM (styleProps), never as the attribute: a Content Security
  // Policy without 'unsafe-inline' blocks style attributes.
  return color ? { ...style, '--dt-event-color': color } : style;
}

/**
 * The button every event is drawn as, mark or range: one place for its part, its focus, its
 * accessible name and its label. `cut`: the label does not show the whole title, so the
 * tooltip does. The label shows the title, tagged with its language, or the `shown` part of it
 * where it is cut short; `labelWidth` 0 leaves a bare dot, named for screen readers but with
 * no visible label. The dot and the label are in the button's own template, not ones nested
 * in it (a range hides its dot in the styles): a zoom frame makes and removes dozens of marks,
 * and each nested template is one more instance, with its markers, to clone, insert, lay out
 * and remove (`npm run bench`, render+layout per frame).
 */
function eventButton(
  ctx: ViewContext,
  index: number,
  kind: 'event' | 'range',
  classes: string,
  cut: boolean,
  style: StyleProps,
  label: { readonly width: number; readonly shown?: string },
) {
  const selected = index === ctx.selectedIndex;
  const words = ctx.words.event(index);
  return html`<button
    type="button"
    part=${selected ? `${kind} event-selected` : kind}
    class="${classes} ${selected ? 'selected' : ''}"
    data-index=${index}
    tabindex=${index === ctx.focusIndex ? 0 : -1}
    aria-expanded=${selected ? 'true' : 'false'}
    aria-label=${eventName(ctx, index)}
    title=${cut ? words.title : nothing}
    .style=${styleProps(withColor(ctx, index, style))}
  >
    <span class="dot" aria-hidden="true"></span
    ><span
      class=${label.width > 0 ? 'label' : 'visually-hidden'}
      part="label"
      lang=${ifDefined(words.titleLang)}
      .style=${`max-width:${label.width}px`}
      >${label.shown ?? words.title}</span
    >
  </button>`;
}

/** An event mark, positioned by transform, so a zoom frame only rewrites styles. */
function renderMark(ctx: ViewContext, mark: LaidOutMark) {
  const e = ctx.dataset.events[mark.index]!;
  const bare = mark.lane < 0;
  const y = markTop(ctx.rows, mark);
  // A flipped label ends at the dot, whatever width the text really takes.
  const r = ctx.dotRadius;
  const title = ctx.words.event(mark.index).title;
  // A cut label shows its title up to a word, with "…"; where not even its first word fits,
  // the whole title, cut by the browser's line clamp (`clamped`).
  const shown =
    mark.cut && mark.labelWidth > 0
      ? (ctx.cutTitle?.(mark.index, mark.labelWidth, mark.lines) ?? title)
      : mark.lines > 1 && mark.labelWidth > 0
        ? ctx.breakTitle?.(mark.index, mark.labelWidth)
        : undefined;
  // A flipped mark is moved back by its own width in the styles (`translate`): a `calc()`
  // here took the browser twice as long to read, for every mark on every frame.
  const x = bare ? mark.x - ctx.targetSize / 2 : mark.flipped ? mark.x + r : mark.x - r;
  return eventButton(
    ctx,
    mark.index,
    'event',
    `mark ${e.circa ? 'circa' : ''} ${bare ? 'bare' : ''} ${mark.flipped ? 'flipped' : ''} ${mark.lines > 1 ? 'wrapped' : ''} ${mark.lines > 2 ? 'three' : ''} ${mark.across ? 'across' : ''} ${mark.cut ? 'cut' : ''} ${mark.cut && shown === title ? 'clamped' : ''}`,
    bare || mark.cut,
    { transform: `translate(${x}px,${y}px)` },
    { width: mark.labelWidth, shown },
  );
}

/** A range (era) as a bar across the time it covers, with the label starting at the bar. */
function renderRange(ctx: ViewContext, range: LaidOutRange) {
  const barWidth = Math.max(range.x1 - range.x0, 4);
  const width = Math.max(range.labelWidth, range.x1 - range.x0 - 12);
  const label = {
    width,
    shown: range.lines === 2 && !range.cut ? ctx.breakTitle?.(range.index, width) : undefined,
  };
  return eventButton(
    ctx,
    range.index,
    'range',
    `range ${range.lines === 2 ? 'wrapped' : ''}`,
    range.cut,
    {
      transform: `translate(${range.x0}px,${ctx.rows.rangeLaneTop(range.lane)}px)`,
      width: `${barWidth}px`,
      '--_bar': `${barWidth}px`,
    },
    label,
  );
}

type Drawn =
  | { readonly key: number; readonly mark: LaidOutMark }
  | { readonly key: number; readonly range: LaidOutRange }
  | { readonly key: number; readonly cluster: LaidOutCluster };

/**
 * Marks, ranges and clusters in one sequence, in time order, so a screen reader's browse mode
 * tells the story from its beginning. What stays on screen keeps its element and focus; what
 * comes new takes over the element of what left, where it can (DrawnSlots).
 */
export function renderDrawn(ctx: ViewContext, layout: TimelineLayout) {
  const drawn: Drawn[] = [];
  for (const mark of layout.marks) drawn.push({ key: mark.index, mark });
  for (const range of layout.ranges) drawn.push({ key: range.index, range });
  // A cluster's first event is in no mark: its index places the cluster in time among them.
  for (const cluster of layout.clusters) drawn.push({ key: cluster.first, cluster });
  drawn.sort((a, b) => a.key - b.key);
  const ids = drawn.map((item) => ('cluster' in item ? -1 - item.key : item.key));
  const slots = ctx.slots?.assign(
    ids,
    drawn.map((item) => {
      if ('cluster' in item) return 'cluster';
      const e = ctx.dataset.events[item.key]!;
      return `${'mark' in item ? 'mark' : 'range'} ${e.category?.color} ${e.circa}`;
    }),
    [ctx.focusIndex, ctx.selectedIndex].filter((i) => i >= 0),
  );
  return repeat(
    drawn,
    (_, i) => (slots ?? ids)[i],
    (item) =>
      'mark' in item
        ? renderMark(ctx, item.mark)
        : 'range' in item
          ? renderRange(ctx, item.range)
          : renderCluster(ctx, item.cluster),
  );
}
