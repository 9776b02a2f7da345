import { LitElement, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import {
  DEFAULT_TIMEOUT,
  DatasetController,
  type DatasetState,
} from './controllers/dataset-controller.js';
import { KeyboardController } from './controllers/keyboard-controller.js';
import { LocaleController } from './controllers/locale-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { SelectionController } from './controllers/selection-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { readDateInput } from './data/dates.js';
import type { Dataset } from './data/model.js';
import { emit } from './events.js';
import { WordsCache } from './i18n/event-words.js';
import { describeProblem } from './i18n/format.js';
import type { Messages } from './i18n/messages.js';
import { type EventIndex, indexEvents } from './layout/event-index.js';
import { labelWidthCache } from './layout/label-width.js';
import { layoutRows } from './layout/rows.js';
import { type Sizes, sizesFor } from './layout/sizes.js';
import { type TimelineLayout, layoutTimeline } from './layout/timeline-layout.js';
import { ViewRange, type WantedRange, homeFor, initialView } from './layout/view-range.js';
import type { ViewContext } from './view/context.js';
import { controlStyles } from './view/controls.styles.js';
import { detailCardStyles } from './view/detail-card.styles.js';
import { listedEvents } from './view/event-list.js';
import { eventListStyles } from './view/event-list.styles.js';
import {
  type Announcement,
  type FrameActions,
  type FrameModel,
  renderFrame,
} from './view/frame.js';
import { markStyles } from './view/marks.styles.js';
import { timelineStyles } from './view/timeline.styles.js';

export type TimelineMode = 'embed' | 'presentation' | 'kiosk';
export type TimelineTheme = 'auto' | 'light' | 'dark';

/** What the element derives once per dataset, never per frame. */
interface Prepared {
  readonly dataset: Dataset;
  readonly index: EventIndex;
  readonly home: ViewRange;
  readonly rangeLanes: number;
}

/**
 * An interactive, zoomable timeline of dated events, loaded from a JSON or CSV dataset.
 *
 * @attr src - URL of a dataset, `.json` or `.csv`.
 * @attr lang - `id` or `en`; falls back to the nearest ancestor's `lang`, then English.
 * @attr start - Start of the initial view (ISO date).
 * @attr end - End of the initial view (ISO date).
 * @attr selected - Id of the chosen event.
 * @attr mode - `embed` (default), `presentation` or `kiosk`.
 * @attr theme - `auto` (default, follows the system), `light` or `dark`.
 * @attr timeout - Seconds a `src` may take to answer before the load fails with a message and
 *   a button to try again (default 15).
 *
 * @fires timeline-load - `{ dataset }` after a dataset is loaded and valid, and (when shown) drawn.
 * @fires timeline-error - `{ message, path? }` when fetching, parsing or validating fails.
 * @fires timeline-select - `{ id, event }` when the chosen event changes (`id` null when cleared).
 * @fires timeline-rangechange - `{ start, end }` after a zoom or pan settles.
 *
 * @csspart title - The dataset's title above the drawing.
 * @csspart plot - The drawing that zooms and pans.
 * @csspart axis - The time axis.
 * @csspart density - The strip showing how many events lie under each part of the axis.
 * @csspart event - Each event mark (a button).
 * @csspart event-selected - The chosen event's mark or range.
 * @csspart label - The label of a mark or range.
 * @csspart range - Each range (era) bar (a button).
 * @csspart cluster - Each cluster badge (a button).
 * @csspart detail - The detail card.
 * @csspart detail-close - The detail card's close button.
 * @csspart controls - The group of zoom buttons.
 * @csspart control - Each zoom button.
 * @csspart error - The error box.
 * @csspart retry - The error box's "Try again" button (after a network failure or a timeout).
 * @csspart empty - The message shown for a dataset without events.
 *
 * @cssprop --dt-background - Background colour.
 * @cssprop --dt-color - Text colour.
 * @cssprop --dt-muted-color - Secondary text (axis labels, dates).
 * @cssprop --dt-accent-color - Links and highlights.
 * @cssprop --dt-mark-color - Marks of events without a category colour.
 * @cssprop --dt-grid-color - Grid lines and borders.
 * @cssprop --dt-axis-color - The axis, its ticks and the stems.
 * @cssprop --dt-surface-color - Buttons and badges.
 * @cssprop --dt-focus-color - Focus rings.
 * @cssprop --dt-border-color - The border around the widget.
 * @cssprop --dt-error-background - Background of the error box.
 * @cssprop --dt-error-color - Text of the error box.
 * @cssprop --dt-font-family - Font of all text.
 * @cssprop --dt-font-size - Base font size.
 * @cssprop --dt-radius - Corner radius.
 */
@customElement('diplomacy-timeline')
export class DiplomacyTimeline extends LitElement {
  static override styles = [
    timelineStyles,
    markStyles,
    controlStyles,
    detailCardStyles,
    eventListStyles,
  ];

  /** URL of a dataset, `.json` or `.csv`. */
  @property() src?: string;

  /** A dataset object, used instead of `src`. */
  @property({ attribute: false }) data?: unknown;

  /** `id` or `en`; when empty, the nearest ancestor's `lang` decides. */
  @property() override lang = '';

  /** Start of the initial view (ISO date); default: the whole dataset with a margin. */
  @property() start?: string;

  /** End of the initial view (ISO date). */
  @property() end?: string;

  /** Id of the chosen event, or null. */
  @property({ reflect: true }) selected: string | null = null;

  @property({ reflect: true }) mode: TimelineMode = 'embed';

  @property({ reflect: true }) theme: TimelineTheme = 'auto';

  /** Seconds a `src` may take to answer before the load fails (with a "Try again" button). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Whether the events are shown as a list instead of the drawing. */
  @state() private listView = false;

  /** What the polite live region says last; worded at render time, in the current language. */
  @state() private announcement?: Announcement;

  @query('.plot') private plot?: HTMLElement;

  private readonly locale = new LocaleController(this);
  private readonly loader = new DatasetController(this, (s) => this.loaded(s));
  private readonly zoomer = new ZoomController(this, (view) => this.rangeSettled(view));
  private readonly size = new ResizeController(this, (w, h) => this.zoomer.resize(w, h));
  private readonly print = new PrintController(this);
  private readonly selection = new SelectionController(this, {
    dataset: () => this.prepared?.dataset,
    view: () => this.zoomer.view,
    show: (view) => this.zoomer.show(view),
    chosen: (id, event) => {
      if (event) this.announcement = { event };
      this.pending.push(() => emit(this, 'timeline-select', { id, event }));
    },
  });

  private prepared?: Prepared;
  private labelWidth: (index: number) => number = () => 0;
  private words?: WordsCache;
  private labelKey = '';
  private messages: Messages = this.locale.messages;
  /** Events wait for the render that shows what they announce. */
  private pending: (() => void)[] = [];

  constructor() {
    super();
    new KeyboardController(
      this,
      {
        events: () => this.prepared?.dataset.events ?? [],
        view: () => this.zoomer.view,
        focused: () => this.selection.focused,
        focus: (index) => this.selection.moveFocus(index),
        show: (view) => this.zoomer.show(view, { animate: true }),
        closeDetail: () => this.selection.close(),
      },
      (origin) => origin instanceof Element && !!origin.closest('.plot'),
    );
  }

  /** The range of time shown now. */
  get visibleRange(): { start: Date; end: Date } {
    const view = this.zoomer.view ?? this.prepared?.home ?? new ViewRange(0, 0);
    return { start: new Date(view.start), end: new Date(view.end) };
  }

  /** Shows the range from `start` to `end` (Dates or ISO date strings). */
  zoomTo(start: Date | string, end: Date | string): void {
    const from = readDateInput(start, 'start');
    const to = readDateInput(end, 'end');
    if (from === undefined || to === undefined || to <= from) {
      console.warn(`<diplomacy-timeline>: zoomTo needs two dates in order, got ${start}, ${end}`);
      return;
    }
    this.zoomer.show(new ViewRange(from, to));
  }

  /** Zooms about the centre: a factor above 1 zooms in (`zoomBy(2)` halves the span). */
  zoomBy(factor: number): void {
    const view = this.zoomer.view;
    if (view && factor > 0) this.zoomer.show(view.zoom(factor));
  }

  /** Goes back to the initial view. */
  reset(): void {
    const initial = this.initialView();
    if (initial) this.zoomer.show(initial);
  }

  /** Chooses an event by id (opens its card and brings it into view); null clears. */
  select(id: string | null): void {
    this.selected = id;
  }

  /** Chooses the next event in time order; stays on the last one. */
  next(): void {
    this.selection.step(1);
  }

  /** Chooses the previous event in time order; stays on the first one. */
  previous(): void {
    this.selection.step(-1);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A reconnected element whose fetch was cut off when it left loads again.
    if (this.hasUpdated && this.loader.state.status === 'idle')
      this.loader.load(this.src, this.data, this.timeout);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data'))
      this.loader.load(this.src, this.data, this.timeout);
    this.messages = this.locale.resolve();
    const prepared = this.prepared;
    if (!prepared) return;
    if ((changed.has('start') || changed.has('end')) && this.hasUpdated) {
      // The bounds take in the range asked for, so a new start/end may widen them.
      const home = homeFor(prepared.index.first, prepared.index.last, this.wanted());
      this.prepared = { ...prepared, home };
      this.zoomer.setHome(home, this.zoomer.view ?? home);
      this.zoomer.show(initialView(home, this.wanted()));
    }
    if (this.labelKey !== `${this.messages.lang} ${this.mode}` || this.words?.m !== this.messages)
      this.prepareLabels(prepared.dataset);
    if (changed.has('selected')) this.selection.sync();
  }

  protected override firstUpdated(): void {
    if (this.plot) {
      this.size.observe(this.plot);
      this.zoomer.attach(this.plot);
    }
  }

  protected override updated(): void {
    // The drawing has just been shown (data arrived, or the list closed): size it now. The
    // events then wait for the update that draws it, so a page hearing timeline-load finds
    // the marks there.
    if (this.plot && !this.plot.hidden && this.hasEvents && !(this.size.width > 0)) {
      this.size.measure();
      if (this.size.width > 0) return;
    }
    const pending = this.pending;
    this.pending = [];
    for (const announce of pending) announce();
  }

  private rangeSettled(view: ViewRange): void {
    this.announcement = { range: { start: view.start, end: view.end } };
    emit(this, 'timeline-rangechange', { start: new Date(view.start), end: new Date(view.end) });
  }

  private loaded(state: DatasetState): void {
    if (state.status === 'ready') {
      const { dataset } = state;
      const index = indexEvents(dataset.events);
      const home = homeFor(index.first, index.last, this.wanted());
      this.prepared = {
        dataset,
        index,
        home,
        rangeLanes: index.ranges.length ? this.sizes.metrics.rangeLanes : 0,
      };
      this.prepareLabels(dataset);
      this.zoomer.setHome(home, this.initialView() ?? home);
      this.selection.reset();
      this.selection.sync();
      this.pending.push(() => emit(this, 'timeline-load', { dataset }));
    } else if (state.status === 'error') {
      this.prepared = undefined;
      this.zoomer.clearHome();
      const [problem] = state.problems;
      const message = describeProblem(this.locale.resolve(), problem);
      const path = 'path' in problem && problem.path ? problem.path : undefined;
      this.pending.push(() => emit(this, 'timeline-error', path ? { message, path } : { message }));
    } else {
      this.prepared = undefined;
      this.zoomer.clearHome();
    }
  }

  /** The range the page asked for with `start` and `end`; a date it cannot read is ignored. */
  private wanted(): WantedRange {
    const start = this.start ? readDateInput(this.start, 'start') : undefined;
    const end = this.end ? readDateInput(this.end, 'end') : undefined;
    if ((this.start && start === undefined) || (this.end && end === undefined)) {
      console.warn(`<diplomacy-timeline>: start and end must be ISO dates; showing everything.`);
    }
    return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
  }

  private initialView(): ViewRange | undefined {
    return this.prepared && initialView(this.prepared.home, this.wanted());
  }

  /**
   * Words depend on the language, label widths on it and on the mode's type size: each is
   * written or measured once for each.
   */
  private prepareLabels(dataset: Dataset): WordsCache {
    const lang = this.messages.lang;
    const sizes = this.sizes;
    this.labelKey = `${lang} ${this.mode}`;
    const words = new WordsCache(dataset.events, this.messages);
    this.words = words;
    this.labelWidth = labelWidthCache(
      dataset.events.length,
      (i) => words.event(i).title,
      sizes.labelFontPx,
      sizes.metrics.maxLabelWidth,
      sizes.labelPadding,
    );
    return words;
  }

  private get sizes(): Sizes {
    return sizesFor(this.mode);
  }

  /** One listener for every mark and cluster: a zoom frame then rebinds nothing. */
  private activate(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    const cluster = target?.closest<HTMLElement>('.cluster');
    if (cluster) {
      const start = Number(cluster.dataset.start);
      const end = Number(cluster.dataset.end);
      const view = this.zoomer.view;
      // Zoom so the cluster's events spread over most of the width.
      const pad = Math.max((end - start) * 0.15, (view?.span ?? 0) / 200);
      this.zoomer.show(new ViewRange(start - pad, end + pad), { animate: true });
      return;
    }
    const mark = target?.closest<HTMLElement>('[data-index]');
    if (mark) this.selection.open(Number(mark.dataset.index));
  }

  private drawing(prepared: Prepared): FrameModel['drawing'] {
    const view = this.zoomer.view;
    if (!view || !(this.size.width > 0)) return undefined;
    const rows = layoutRows(this.size.height, prepared.rangeLanes, this.sizes.rows);
    const layout = layoutTimeline({
      index: prepared.index,
      view,
      width: this.size.width,
      lanes: rows.lanes,
      labelWidth: this.labelWidth,
      // The event holding the Tab stop is drawn whenever it lies in view.
      pinned: [this.selection.focused, this.selection.selectedIndex].filter((i) => i >= 0),
      metrics: this.sizes.metrics,
    });
    const ctx: ViewContext = {
      dataset: prepared.dataset,
      m: this.messages,
      words: this.words ?? this.prepareLabels(prepared.dataset),
      rows,
      width: this.size.width,
      dotRadius: this.sizes.metrics.dotRadius,
      targetSize: this.mode === 'kiosk' ? 44 : 28,
      focusIndex: tabStop(layout, this.selection.focused),
      selectedIndex: this.selection.selectedIndex,
    };
    return { ctx, layout };
  }

  private get hasEvents(): boolean {
    return !!this.prepared && this.prepared.dataset.events.length > 0;
  }

  protected override render() {
    const prepared = this.prepared;
    const hasEvents = !!prepared && prepared.dataset.events.length > 0;
    // Printed, the drawing would be clipped; the list reads well on paper.
    const showList = hasEvents && (this.listView || this.print.printing);
    return renderFrame(
      {
        m: this.messages,
        state: this.loader.state,
        drawing: hasEvents && !showList ? this.drawing(prepared) : undefined,
        list: showList
          ? listedEvents(prepared.dataset.events, this.zoomer.view, this.print.printing)
          : undefined,
        listView: this.listView,
        selected: prepared?.dataset.events[this.selection.selectedIndex],
        selectedIndex: this.selection.selectedIndex,
        announcement: this.announcement,
      },
      this.actions,
    );
  }

  private readonly actions: FrameActions = {
    toggleList: () => {
      this.listView = !this.listView;
    },
    zoomIn: () => this.zoomAnimated(2),
    zoomOut: () => this.zoomAnimated(0.5),
    reset: () => {
      const initial = this.initialView();
      if (initial) this.zoomer.show(initial, { animate: true });
    },
    activate: (event) => this.activate(event),
    focusIn: (event) => {
      const mark = event.target instanceof HTMLElement ? event.target.dataset.index : undefined;
      if (mark !== undefined) this.selection.focusedOn(Number(mark));
    },
    closeDetail: () => this.selection.close(),
    retry: () => this.loader.load(this.src, this.data, this.timeout),
  };

  private zoomAnimated(factor: number): void {
    const view = this.zoomer.view;
    if (view) this.zoomer.show(view.zoom(factor), { animate: true });
  }
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

declare global {
  interface HTMLElementTagNameMap {
    'diplomacy-timeline': DiplomacyTimeline;
  }
}
