import { LitElement, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { CardLoader } from './element/card-loader.js';
import { DEFAULT_TIMEOUT, DatasetController } from './controllers/dataset-controller.js';
import { DrawingBuilder } from './element/drawing-builder.js';
import { drawingKeys } from './element/drawing-keys.js';
import { EventFilters } from './element/event-filters.js';
import { frameActions } from './element/frame-actions.js';
import { LegendFitController } from './controllers/legend-fit-controller.js';
import { LocaleController } from './controllers/locale-controller.js';
import { MenuController } from './controllers/menu-controller.js';
import { ModeLoader } from './modes/mode-loader.js';
import { PreparedState } from './element/prepared-state.js';
import { PrintController } from './controllers/print-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { EventSelection } from './element/event-selection.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { readDateInput } from './data/dates.js';
import { emit } from './events.js';
import type { Messages } from './i18n/messages.js';
import { MODES, type TimelineMode } from './layout/modes.js';
import { type Sizes, embedSizes } from './layout/sizes.js';
import { ViewRange } from './layout/view-range.js';
import { adoptStyles } from './modes/adopt-styles.js';
import { controlStyles } from './view/controls.styles.js';
import { listedEvents } from './view/listed-events.js';
import { exportMenuStyles } from './view/export-menu.styles.js';
import { filterStyles } from './view/filters.styles.js';
import { type Announcement, type FrameModel, renderFrame } from './view/frame.js';
import { markStyles } from './view/marks.styles.js';
import { sizeProperties } from './view/size-properties.js';
import { timelineStyles } from './view/timeline.styles.js';
import { warn } from './warn.js';

export type { TimelineMode };
export type TimelineTheme = 'auto' | 'light' | 'dark';

/**
 * An interactive, zoomable timeline of dated events, loaded from a JSON or CSV dataset.
 *
 * @attr src - URL of a dataset, `.json` or `.csv`.
 * @attr lang - `id` or `en`; falls back to the nearest ancestor's `lang`, then English.
 * @attr start - Start of the initial view (ISO date).
 * @attr end - End of the initial view (ISO date).
 * @attr selected - Id of the chosen event.
 * @attr mode - `embed` (default), `presentation` (one event at a time as a slide, for a
 *   projector) or `kiosk` (touch first, QR codes for sources, an attract loop when idle). Any
 *   other value is read as `embed`, with a console warning.
 * @attr page-keys - Presentation mode: `off` leaves the page-wide slide keys (arrows, Page Up and
 *   Page Down, Space, Home, End, F) to the page while nothing of the widget is focused, for a
 *   page with keys of its own (a slide deck). By default the first presentation on a page takes
 *   them.
 * @attr idle - Kiosk mode: seconds without input before the attract tour starts (default 90;
 *   a negative or non-numeric value gives the default).
 * @attr theme - `auto` (default, follows the system), `light` or `dark`.
 * @attr link-hash - Keep the chosen event and the view in the page's URL hash
 *   (`#dt-event=…&dt-range=…`), so links share them and Back steps through choices. The value
 *   is the key prefix (default `dt`): give each widget on a page its own.
 * @attr group-by - `category`: one lane of labels per category, named at its left edge.
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
 * @csspart control - Each button of the header (zoom, list, download), and the slide's
 *   previous, next and full-screen buttons.
 * @csspart control-previous - Presentation mode: the slide's "Previous" button.
 * @csspart control-next - Presentation mode: the slide's "Next" button.
 * @csspart control-full-screen - Presentation mode: the full-screen toggle.
 * @csspart control-zoom-in - The zoom-in button.
 * @csspart control-zoom-out - The zoom-out button.
 * @csspart control-fullScreen - Deprecated, removed in 0.3: `control-full-screen`.
 * @csspart control-zoomIn - Deprecated, removed in 0.3: `control-zoom-in`.
 * @csspart control-zoomOut - Deprecated, removed in 0.3: `control-zoom-out`.
 * @csspart control-reset - The button that shows everything.
 * @csspart control-list - The button that switches to the list of events.
 * @csspart control-export - The "Download image" button.
 * @csspart export - The "Download image" menu (PNG, SVG).
 * @csspart list - The list of events (the List view, and print).
 * @csspart error - The error box.
 * @csspart retry - The error box's "Try again" button (after a network failure or a timeout).
 * @csspart empty - The message shown for a dataset without events.
 * @csspart search - The search box and its count of matches.
 * @csspart search-input - The search field.
 * @csspart legend - The legend: a group of toggle buttons, one per category.
 * @csspart legend-item - Each legend entry (a toggle button, pressed while its events show).
 * @csspart legend-toggle - The button that opens the legend as a menu, shown instead of the
 *   row of entries when they would not fit beside the search box (a phone, many categories).
 * @csspart notice - What loading left out ("2 rows skipped"), a disclosure listing why; in
 *   kiosk mode also the note that the saved copy of the dataset is shown.
 * @csspart detail-media - The figure holding an event's image and its credit.
 * @csspart lane-label - With `group-by`, the name of each lane's category.
 * @csspart slide - Presentation mode: the chosen event as a large slide above the drawing.
 * @csspart slide-media - The slide's image, when the event has one.
 * @csspart progress - The slide's place in the deck ("3 / 14").
 * @csspart qr - Kiosk mode: a source shown as a QR code with its label.
 * @csspart tour-hint - Kiosk mode: the invitation shown while the attract loop tours.
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
 * @cssprop --dt-font-size - Base font size; the card, list and title scale with it.
 * @cssprop --dt-label-font-size - Event labels in the drawing, in every mode (13px; 17px in kiosk
 *   mode; 13px times the box's factor in presentation mode). In px: the layout measures labels
 *   at this size when their words are prepared.
 * @cssprop --dt-small-font-size - Axis labels and cluster counts (12px).
 * @cssprop --dt-radius - Corner radius.
 * @cssprop --dt-shadow - Shadow of the detail card (a box-shadow).
 * @cssprop --dt-event-color - Set by the widget on each mark, list entry and card to its
 *   category's colour; read it in `::part()` rules (setting it has no effect).
 * @cssprop --dt-notice-color - The edge of the notice of skipped rows.
 * @cssprop --dt-slide-font-size - Presentation mode: base size of the slide's text
 *   (default: follows the widget's box, 19.2px in a 1280 × 720 box, from 14px to 38.4px).
 */
@customElement('diplomacy-timeline')
export class DiplomacyTimeline extends LitElement {
  static override styles = [
    timelineStyles,
    sizeProperties(embedSizes),
    markStyles,
    controlStyles,
    exportMenuStyles,
    filterStyles,
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

  /** `embed` (default), `presentation` or `kiosk`. */
  @property({ reflect: true }) mode: TimelineMode = 'embed';

  /** Presentation mode: `off` leaves the page-wide slide keys to the page (a slide deck). */
  @property({ attribute: 'page-keys' }) pageKeys = '';

  /** Kiosk mode: seconds without input before the attract tour starts. */
  @property() idle?: string;

  /** `auto` (default, follows the system), `light` or `dark`. */
  @property({ reflect: true }) theme: TimelineTheme = 'auto';

  /** Prefix of this widget's keys in the page's URL hash ('' for `dt`); null keeps the hash alone. */
  @property({ attribute: 'link-hash' }) linkHash: string | null = null;
  /** `category` draws one lane of labels per category; empty (default) packs labels freely. */
  @property({ attribute: 'group-by' }) groupBy = '';
  /** Seconds a `src` may take to answer before the load fails (with a "Try again" button). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Whether the events are shown as a list instead of the drawing. */
  @state() private listView = false;

  /** What the polite live region says last; worded at render time, in the current language. */
  @state() private announcement?: Announcement;

  @query('.plot') private plot?: HTMLElement;

  private readonly locale = new LocaleController(this);
  private readonly loader = new DatasetController(
    this,
    (s) => this.prepared.loaded(s),
    () => this.mode === 'kiosk',
  );
  private readonly zoomer = new ZoomController(this, (view) => {
    this.announcement = { range: { start: view.start, end: view.end } };
    emit(this, 'timeline-rangechange', { start: new Date(view.start), end: new Date(view.end) });
  });
  private readonly size = new ResizeController(this, (w, h) => this.zoomer.resize(w, h));
  private readonly print = new PrintController(this);
  private readonly selection = new EventSelection(this, {
    dataset: () => this.prepared.current?.dataset,
    view: () => this.zoomer.view,
    show: (view) => this.zoomer.show(view),
    reveal: (event): boolean => !!this.modes.current?.reveal(event),
    chosen: (id, event) => {
      if (event) this.announcement = { event };
      this.pending.push(() => emit(this, 'timeline-select', { id, event }));
    },
  });

  private readonly filter = new EventFilters(this, {
    dataset: () => this.prepared.current?.dataset,
    lang: () => this.messages.lang,
    show: (view) => this.zoomer.show(view, { animate: true }),
    announce: (matches) => {
      this.announcement = matches === undefined ? undefined : { matches };
    },
  });
  /** Whether the legend fits in its row, wraps, or folds into a menu. */
  private readonly legend = new LegendFitController(this, {
    categories: () => this.prepared.current?.dataset.categories,
    lang: () => this.messages.lang,
  });
  private readonly card: CardLoader = new CardLoader(this, {
    view: () => this.zoomer.view,
    home: () => this.zoomer.homeRange,
    show: (view) => this.zoomer.show(view, { animate: true }),
    ownStyles: DiplomacyTimeline.elementStyles.length,
  });
  /** Presentation and kiosk behaviour, loaded when first used. */
  private readonly modes = new ModeLoader(this, {
    messages: () => this.messages,
    dataset: () => this.prepared.current?.dataset,
    home: () => this.zoomer.homeRange,
    show: (view, animate) => this.zoomer.show(view, { animate }),
    rangeLanes: () => this.prepared.current?.rangeLanes ?? 0,
    state: () => this.loader.state,
  });

  private readonly drawing = new DrawingBuilder({
    element: this,
    messages: () => this.messages,
    sizes: () => this.sizes,
  });

  private readonly prepared: PreparedState = new PreparedState({
    element: this,
    sizes: () => this.sizes,
    messages: () => this.locale.resolve(),
    later: (announce) => this.pending.push(announce),
    arrived: (prepared, initial) => {
      this.drawing.prepareLabels(prepared.dataset);
      this.zoomer.setHome(prepared.home, initial);
      this.selection.reset();
      this.selection.sync();
      this.filter.reset();
    },
    cleared: () => this.zoomer.clearHome(),
    rehomed: (home, initial) => {
      this.zoomer.setHome(home, this.zoomer.view ?? home);
      this.zoomer.show(initial);
    },
  });
  /** Loaded only for pages that link the hash: most pages never pay for it. */
  private hashLink?: Promise<unknown>;
  private messages: Messages = this.locale.messages;
  /** Events wait for the render that shows what they announce. */
  private pending: (() => void)[] = [];

  constructor() {
    super();
    drawingKeys(this, { filter: this.filter, selection: this.selection, zoomer: this.zoomer });
  }

  /** The range of time shown now. */
  get visibleRange(): { start: Date; end: Date } {
    const view = this.zoomer.view ?? this.prepared.current?.home ?? new ViewRange(0, 0);
    return { start: new Date(view.start), end: new Date(view.end) };
  }

  /** Shows the range from `start` to `end` (Dates or ISO date strings). */
  zoomTo(start: Date | string, end: Date | string): void {
    const from = readDateInput(start, 'start');
    const to = readDateInput(end, 'end');
    if (from === undefined || to === undefined || to <= from) {
      warn(`zoomTo needs two dates in order, got ${start}, ${end}.`);
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
    const initial = this.prepared.initialView();
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
    if (changed.has('mode') && !MODES.includes(this.mode)) {
      // A removed attribute (null) means the default, as an absent one does.
      if (this.mode) warn(`unknown mode "${this.mode}", using embed.`);
      this.mode = 'embed';
    }
    // The first update also reads a dataset written inside the element, when there is one.
    if (changed.has('src') || changed.has('data') || !this.hasUpdated)
      this.loader.load(this.src, this.data, this.timeout);
    if (this.linkHash !== null)
      this.hashLink ??= import('./controllers/hash-controller.js').then(
        ({ HashController }) => new HashController(this),
      );
    this.messages = this.locale.resolve();
    // A presentation chooses its first slide here; `changed` then has `selected` too.
    this.modes.sync();
    const prepared = this.prepared.current;
    if (prepared) {
      if ((changed.has('start') || changed.has('end')) && this.hasUpdated) this.prepared.rehome();
      if (this.drawing.labelsStale) this.drawing.prepareLabels(prepared.dataset);
      if (changed.has('selected')) this.selection.sync();
    }
    this.frame = this.snapshot();
  }

  protected override firstUpdated(): void {
    if (this.plot) {
      this.size.observe(this.plot);
      this.zoomer.attach(this.plot);
    }
    // The list is not part of the first render; it is fetched while the data loads, so it is
    // there before a reader opens it or prints (which lays the page out at once).
    this.loadEventList();
  }

  /** The list's template and styles: a chunk of their own, loaded once per page. */
  private eventList?: typeof import('./view/event-list.js');

  private eventListLoading?: Promise<void>;

  private loadEventList(): void {
    this.eventListLoading ??= import('./view/event-list.js').then((list) => {
      this.eventList = list;
      adoptStyles(this, list.eventListStyles);
      // It arrives during the first render, most often: an update then, with nothing new to
      // show, would land between the data and its first painted frame.
      if (this.listView || this.print.printing) this.requestUpdate();
    });
  }

  /**
   * An update that shows the list or a card completes once it is drawn, not an empty frame:
   * a page (or a test) that chooses an event and awaits `updateComplete` finds the card.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const list = !this.eventList && !!this.shadowRoot?.querySelector('.list-frame');
    const card = this.card.arrival;
    if (!list && !card) return done;
    await Promise.all([list && this.eventListLoading, card]);
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    // The drawing has just been shown (data arrived, or the list closed): size it now. The
    // events then wait for the update that draws it, so a page hearing timeline-load finds
    // the marks there.
    if (this.plot && !this.plot.hidden && this.prepared.hasEvents && !(this.size.width > 0)) {
      this.size.measure();
      if (this.size.width > 0) return;
    }
    // A choice is announced (timeline-select) with its card drawn.
    if (this.card.pending) return;
    if (this.card.drewLate()) this.size.measure();
    const pending = this.pending;
    this.pending = [];
    for (const announce of pending) announce();
    // Fetched ahead once the drawing is shown, while the reader looks at it, so a click
    // rarely waits for the card.
    if (this.drawing.drawn) this.card.fetchAhead();
  }

  /** The mode's sizes: a kiosk's are larger, a presentation's grow with its box. */
  private get sizes(): Sizes {
    return this.modes.current?.sizes?.() ?? embedSizes;
  }

  /** This update's frame, built once in `willUpdate`; render only hands it to the view. */
  private frame?: FrameModel;

  /**
   * One plain snapshot per update, read from the controllers in one place: the dataset, the
   * events the filters leave, their layout, and the view model around it.
   */
  private snapshot(): FrameModel {
    const prepared = this.prepared.current;
    const hasEvents = !!prepared && prepared.dataset.events.length > 0;
    // Printed, the drawing would be clipped; the list reads well on paper.
    const showList = hasEvents && (this.listView || this.print.printing);
    if (showList) this.loadEventList();
    const shown = this.filter.shown;
    const view = this.zoomer.view;
    const width = this.size.width;
    const selectedIndex = this.selection.selectedIndex;
    const model: FrameModel = {
      m: this.messages,
      state: this.loader.state,
      // A presentation or kiosk draws once its sizes and styles have arrived, never in between.
      drawing:
        hasEvents && !showList && view && width > 0 && this.modes.ready
          ? this.drawing.draw({
              prepared,
              index: shown?.index ?? prepared.index,
              view,
              home: this.zoomer.homeRange,
              width,
              height: this.size.height,
              focused: this.selection.focused,
              selectedIndex,
              moving: this.zoomer.moving,
            })
          : undefined,
      list: showList
        ? listedEvents(shown?.events ?? prepared.dataset.events, view, this.print.printing)
        : undefined,
      listView: this.listView,
      renderList: this.eventList?.renderEventList,
      selected: prepared?.dataset.events[selectedIndex],
      selectedIndex,
      renderCard: this.card.card?.render,
      cardSide: this.card.card?.place.side,
      announcement: this.announcement,
      exportable: this.mode !== 'kiosk',
      filters: hasEvents ? this.filter.model(prepared.dataset, this.legend.layout) : undefined,
      richHtml: (text) => this.card.card?.rich.html(text),
      ...this.modes.current?.views(),
    };
    this.card.want(!!model.selected);
    return model;
  }

  protected override render() {
    return renderFrame(this.frame!, this.actions);
  }

  private readonly actions = frameActions({
    element: this,
    zoomer: this.zoomer,
    selection: this.selection,
    filter: this.filter.actions,
    menu: new MenuController(this).actions,
    toggleList: () => {
      this.listView = !this.listView;
    },
    initialView: () => this.prepared.initialView(),
    drawn: () => this.drawing.drawn,
    retry: () => this.loader.load(this.src, this.data, this.timeout),
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'diplomacy-timeline': DiplomacyTimeline;
  }
}
