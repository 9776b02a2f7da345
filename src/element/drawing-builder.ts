import type { Dataset } from '../data/model.js';
import { WordsCache } from '../i18n/event-words.js';
import type { Messages } from '../i18n/messages.js';
import { type GroupLanes, groupLanes, lanesPerGroup } from '../layout/groups.js';
import { type LabelWidths, estimateTextWidth, labelWidthCache } from '../layout/label-width.js';
import type { Prepared } from '../layout/prepared.js';
import { type Rows, fillRows, layoutRows } from '../layout/rows.js';
import type { Sizes } from '../layout/sizes.js';
import { type EventIndex, pointsBetween } from '../layout/event-index.js';
import { type TimelineLayout, lanesTaken, layoutTimeline } from '../layout/timeline-layout.js';
import type { LayoutInput } from '../layout/layout-types.js';
import type { ViewContext } from '../view/context.js';
import { canvasMeasure, fonts } from '../view/measure-text.js';
import { DrawnSlots } from '../view/drawn-slots.js';
import { rehearse } from './rehearsal.js';
import type { FrameModel } from '../view/frame.js';
import type { ViewRange } from '../layout/view-range.js';

export type Drawing = NonNullable<FrameModel['drawing']>;

/** What assembling the drawing needs from the element. */
export interface DrawingContext {
  /** The element: its mode, its `group-by`, and its computed style (the labels' font size). */
  readonly element: HTMLElement & { readonly mode: string; readonly groupBy: string };
  messages(): Messages;
  /** The mode's sizes. */
  sizes(): Sizes;
}

/** One frame's values, read by the element from its controllers. */
export interface DrawingInput {
  readonly prepared: Prepared;
  /** The events to draw: those the filters leave, when any filter is on. */
  readonly index: EventIndex;
  readonly view: ViewRange;
  /** The home view: lanes are spaced for it (see filledRows). */
  readonly home: ViewRange | undefined;
  /** The drawing's box. */
  readonly width: number;
  readonly height: number;
  /** The event holding the Tab stop, and the chosen one (-1 for none). */
  readonly focused: number;
  readonly selectedIndex: number;
  /** Whether the view is on its way somewhere (a zoom or pan frame), not settled. */
  readonly moving?: boolean;
}

/**
 * Assembles each frame's drawing (rows, layout, view context) and keeps what it needs across
 * frames: the words and label widths of the dataset's events, and the lanes by category.
 */
export class DrawingBuilder {
  /** The drawing last rendered: "Download image" draws the same. */
  drawn?: Drawing;
  private groups?: { dataset: Dataset; lanes: GroupLanes };
  private labelWidth: LabelWidths = Object.assign(() => 0, {
    wrapped: () => 0,
    three: () => 0,
    cut: () => '',
    broken: () => '',
  });
  private words?: WordsCache;
  private labelKey = '';
  private order?: number;
  /** The label widths whose first gestures were rehearsed (see rehearsal.ts). */
  private rehearsed?: LabelWidths;
  /** The events, width and lanes the drawn layout was made for. */
  private drawnFor: unknown[] = [];
  private readonly slots = new DrawnSlots();
  /** Lanes the events take in the home view, for the last key (see filledRows). */
  /**
   * What the home view takes, by the number of lanes offered: a frame asks for two counts (the
   * rows with and without the cluster row), and one remembered answer would be laid out again
   * for each, every frame.
   */
  private homeLanes = { key: [] as unknown[], byLanes: new Map<number, HomeLanes>() };

  constructor(private readonly context: DrawingContext) {}

  private sizesKey(): string {
    const sizes = this.context.sizes();
    const { lang } = this.context.messages();
    return `${lang} ${sizes.labelFontPx} ${sizes.labelPadding} ${fonts}`;
  }

  /** Whether the language or the type size changed since the labels were prepared. */
  get labelsStale(): boolean {
    return this.labelKey !== this.sizesKey() || this.words?.m !== this.context.messages();
  }

  /**
   * Words depend on the language, label widths on it and on the mode's type size: each is
   * written or measured once for each.
   */
  prepareLabels(dataset: Dataset): WordsCache {
    const sizes = this.context.sizes();
    this.labelKey = this.sizesKey();
    const words = new WordsCache(dataset.events, this.context.messages());
    this.words = words;
    // Labels are measured in the page's font; a page that sets --dt-label-font-size (in px)
    // gets them measured at that size.
    const style = getComputedStyle(this.context.element);
    const pagePx = /^\s*([\d.]+)px\s*$/.exec(style.getPropertyValue('--dt-label-font-size'));
    this.labelWidth = labelWidthCache(
      dataset.events.length,
      (i) => words.event(i).title,
      pagePx ? Number(pagePx[1]) : sizes.labelFontPx,
      sizes.labelPadding,
      canvasMeasure(style.fontFamily, style.fontWeight, estimateTextWidth),
    );
    return words;
  }

  draw(input: DrawingInput): Drawing {
    const c = this.context;
    const { prepared, index, view, width, height, focused, selectedIndex, moving } = input;
    const sizes = c.sizes();
    const grouped = c.element.groupBy === 'category' ? this.groupsOf(prepared.dataset) : undefined;
    // The lanes spread over the height; grouped, they are shared out among the groups instead.
    const rows = grouped
      ? layoutRows(height, prepared.rangeLanes, sizes.rows)
      : this.filledRows(input, sizes);
    const laneSpan = sizes.fill && grouped ? lanesPerGroup(rows.lanes, grouped.groups.length) : 1;
    const layoutInput: LayoutInput = {
      index,
      view,
      width,
      lanes: rows.lanes,
      labelWidth: this.labelWidth,
      wrappedWidth: this.labelWidth.wrapped,
      // Three lines where a lane and a fifth apart leave them room beside two.
      threeWidth:
        rows.laneTop(0) - rows.laneTop(1) >= 1.2 * sizes.rows.laneHeight
          ? this.labelWidth.three
          : undefined,
      acrossWidth: this.labelWidth.three,
      // The event holding the Tab stop is drawn whenever it lies in view.
      pinned: [focused, selectedIndex].filter((i) => i >= 0),
      metrics: sizes.metrics,
      rangeLanes: rows.rangeLanes,
      beside: rows.beside,
      laneOf: grouped?.laneOf,
      laneSpan,
      // While the view moves, only the order of placing labels that won when it settled.
      order: moving ? this.order : undefined,
      before: this.before(index, width, rows.lanes),
    };
    const layout = layoutTimeline(layoutInput);
    this.order = layout.order;
    const ctx: ViewContext = {
      dataset: prepared.dataset,
      m: c.messages(),
      words: this.words ?? this.prepareLabels(prepared.dataset),
      rows,
      width,
      dotRadius: sizes.metrics.dotRadius,
      targetSize: sizes.metrics.minBadge,
      laneSpan,
      focusIndex: tabStop(layout, focused),
      selectedIndex,
      cutTitle: this.labelWidth.cut,
      breakTitle: this.labelWidth.broken,
      slots: this.slots,
    };
    this.drawn = { ctx, layout, groups: grouped?.groups };
    this.drawnFor = [index, width, rows.lanes];
    // Once for each set of labels (a new dataset, language or type size measures anew), where
    // a zoom has labels to reveal: a view that labels every event draws its frames cheaply.
    // Checked in that order, so a zoom frame pays for none of it.
    if (
      this.rehearsed !== this.labelWidth &&
      !moving &&
      (layout.clusters.length > 0 || layout.marks.some((mark) => mark.lane < 0))
    ) {
      this.rehearsed = this.labelWidth;
      const before = this.before(index, width, rows.lanes);
      rehearse({ ...layoutInput, order: layout.order, before }, ctx, layout, c.element);
    }
    return this.drawn;
  }

  /**
   * The drawn layout, for the next to keep its labels in their lanes, where it was made for the
   * same events in the same box: a new dataset, filter or size is laid out afresh.
   */
  private before(index: EventIndex, width: number, lanes: number): LayoutInput['before'] {
    const layout = this.drawn?.layout;
    if (!layout || [index, width, lanes].some((k, i) => k !== this.drawnFor[i])) return undefined;
    const laneOf = new Map<number, number>();
    for (const mark of layout.marks) if (mark.lane >= 0) laneOf.set(mark.index, mark.lane);
    return { order: layout.order, lane: (eventIndex) => laneOf.get(eventIndex) };
  }

  /**
   * Rows whose lanes spread over the height. How far apart follows the
   * lanes the events take in the home view, not the view now: zooming and panning then leave
   * every lane where it is, and a zoomed-in view, which needs fewer lanes, still fits. Where the
   * home view labels every event, the cluster row and density strip give their room to lanes.
   */
  private filledRows(input: DrawingInput, sizes: Sizes): Rows {
    const { prepared, index, home, width, height } = input;
    let all = true;
    const rows = (r: Sizes['rows']) =>
      fillRows(
        height,
        prepared.rangeLanes,
        r,
        sizes.rows.laneHeight * (sizes.fill ?? 2),
        (lanes) => {
          if (!home) return 1;
          const key = [index, home.start, home.end, width, this.labelWidth, sizes];
          if (key.some((k, i) => k !== this.homeLanes.key[i])) {
            this.homeLanes = { key, byLanes: new Map() };
          }
          let taken = this.homeLanes.byLanes.get(lanes);
          if (!taken) {
            const atHome = layoutTimeline({
              index,
              view: home,
              width,
              lanes,
              labelWidth: this.labelWidth,
              wrappedWidth: this.labelWidth.wrapped,
              pinned: [],
              metrics: sizes.metrics,
              rangeLanes: prepared.rangeLanes,
            });
            taken = {
              lanes: lanesTaken(atHome),
              all: !atHome.clusters.length && atHome.marks.every((m) => m.lane >= 0),
            };
            this.homeLanes.byLanes.set(lanes, taken);
          }
          all &&= taken.all;
          return taken.lanes;
        },
      );
    const flatSizes = { ...sizes.rows, clusterHeight: 0, densityHeight: 0 };
    // Too many events for the flat rows' lanes to label each (marks in a lane never overlap):
    // laying the home view out to find that out costs 5 ms at 10,000 events.
    const lanes = layoutRows(height, prepared.rangeLanes, flatSizes).lanes;
    const [lo, hi] = home ? pointsBetween(index, home.start, home.end) : [0, 0];
    if (hi - lo > lanes * (width / sizes.metrics.markWidth + 2)) return rows(sizes.rows);
    const flat = rows(flatSizes);
    return all ? flat : rows(sizes.rows);
  }

  /** Lanes by category, made once per dataset. */
  private groupsOf(dataset: Dataset): GroupLanes {
    if (this.groups?.dataset !== dataset) this.groups = { dataset, lanes: groupLanes(dataset) };
    return this.groups.lanes;
  }
}

/** How many lanes the home view's events take, and whether it labels every one. */
interface HomeLanes {
  readonly lanes: number;
  readonly all: boolean;
}

/**
 * The event that carries tabindex 0: the focused one if it is drawn; else (it was zoomed or
 * panned out of view, or found no lane) the first drawn event, so Tab always reaches the
 * drawing.
 */
function tabStop(layout: TimelineLayout, focused: number): number {
  const drawn = [...layout.marks, ...layout.ranges];
  if (drawn.some((item) => item.index === focused)) return focused;
  let first = -1;
  for (const item of drawn) if (first < 0 || item.index < first) first = item.index;
  return first;
}
