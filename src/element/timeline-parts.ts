import type { PropertyValues } from 'lit';
import { CardLoader } from './card-loader.js';
import { DatasetController } from '../controllers/dataset-controller.js';
import { DrawingBuilder } from './drawing-builder.js';
import { drawingKeys } from './drawing-keys.js';
import { EventFilters } from './event-filters.js';
import { EventSelection } from './event-selection.js';
import { frameActions } from './frame-actions.js';
import { LazyChunks } from './lazy-chunks.js';
import { LegendFitController } from '../controllers/legend-fit-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { MenuController } from '../controllers/menu-controller.js';
import { ModeLoader } from '../modes/mode-loader.js';
import { PreparedState } from './prepared-state.js';
import { PrintController } from '../controllers/print-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import type { TimelineHost } from './timeline-host.js';
import { ZoomController } from '../controllers/zoom-controller.js';
import { emit } from '../events.js';
import type { Messages } from '../i18n/messages.js';
import { MODES } from '../layout/modes.js';
import { type Sizes, compactSizes, compactWidth, embedSizes } from '../layout/sizes.js';
import type { Announcement } from '../view/frame.js';
import { warn } from '../warn.js';

/** What the parts change of the element's own state. */
export interface PartsHooks {
  /** What the polite live region says next. */
  announce(announcement: Announcement | undefined): void;
  /** Switches between the drawing and the list of events. */
  toggleList(): void;
  /** Whether the list of events is shown instead of the drawing. */
  listView(): boolean;
  /** How many style sheets are the element's own: the card's go after them. */
  readonly ownStyles: number;
}

/**
 * The element's controllers and loaders, and which feeds which: made once per element, in an
 * order where each part exists before another's callback can reach it. The element keeps its
 * reactive properties and its contract; this keeps the wiring, and the steps of each update
 * (`sync` before it, `settle` after it).
 */
export class TimelineParts {
  readonly locale: LocaleController;
  readonly loader: DatasetController;
  readonly zoomer: ZoomController;
  readonly size: ResizeController;
  readonly print: PrintController;
  readonly selection: EventSelection;
  readonly filter: EventFilters;
  /** Whether the legend fits in its row, wraps, or folds into a menu. */
  readonly legend: LegendFitController;
  readonly card: CardLoader;
  /** Presentation and kiosk behaviour, loaded when first used. */
  readonly modes: ModeLoader;
  readonly drawing: DrawingBuilder;
  readonly prepared: PreparedState;
  readonly chunks: LazyChunks;
  readonly actions;
  messages: Messages;
  /** Events wait for the render that shows what they announce. */
  private pending: (() => void)[] = [];

  constructor(
    private readonly host: TimelineHost,
    readonly hooks: PartsHooks,
  ) {
    this.locale = new LocaleController(host);
    this.messages = this.locale.messages;
    this.loader = new DatasetController(
      host,
      (s) => this.prepared.loaded(s),
      () => host.mode === 'kiosk',
    );
    this.zoomer = new ZoomController(host, (view) => {
      hooks.announce({ range: { start: view.start, end: view.end } });
      emit(host, 'timeline-rangechange', { start: new Date(view.start), end: new Date(view.end) });
    });
    this.size = new ResizeController(host, (w, h) => this.zoomer.resize(w, h));
    this.print = new PrintController(host);
    this.selection = this.selectionFor(host);
    this.filter = new EventFilters(host, {
      dataset: () => this.prepared.current?.dataset,
      lang: () => this.messages.lang,
      show: (view) => this.zoomer.show(view, { animate: true }),
      announce: (matches) => hooks.announce(matches === undefined ? undefined : { matches }),
    });
    this.legend = new LegendFitController(host, {
      categories: () => this.prepared.current?.dataset.categories,
      lang: () => this.messages.lang,
    });
    this.card = new CardLoader(host, {
      view: () => this.zoomer.view,
      home: () => this.zoomer.homeRange,
      show: (view) => this.zoomer.show(view, { animate: true }),
      ownStyles: hooks.ownStyles,
    });
    this.modes = new ModeLoader(host, {
      messages: () => this.messages,
      dataset: () => this.prepared.current?.dataset,
      home: () => this.zoomer.homeRange,
      show: (view, animate) => this.zoomer.show(view, { animate }),
      rangeLanes: () => this.prepared.current?.rangeLanes ?? 0,
      state: () => this.loader.state,
    });
    const sizes = () => this.sizes;
    this.drawing = new DrawingBuilder({ element: host, messages: () => this.messages, sizes });
    this.prepared = this.preparedFor(host, sizes);
    this.chunks = new LazyChunks(host);
    this.actions = frameActions({
      element: host,
      zoomer: this.zoomer,
      selection: this.selection,
      filter: this.filter.actions,
      menu: new MenuController(host).actions,
      toggleList: () => hooks.toggleList(),
      initialView: () => this.prepared.initialView(),
      drawn: () => this.drawing.drawn,
      retry: () => this.load(),
    });
    drawingKeys(host, { filter: this.filter, selection: this.selection, zoomer: this.zoomer });
  }

  /**
   * The mode's sizes: a kiosk's are larger, a presentation's grow with its box; a narrow
   * widget's are compact (the styles switch at the same width, view/size-properties.ts).
   */
  get sizes(): Sizes {
    const box = this.size.boxWidth;
    return (
      this.modes.current?.sizes?.() ?? (box > 0 && box <= compactWidth ? compactSizes : embedSizes)
    );
  }

  /** Loads the dataset the element names now (`src`, or `data`). */
  load(): void {
    this.loader.load(this.host.src, this.host.data, this.host.timeout);
  }

  /** Brings the parts in step with the element's properties, before an update renders. */
  sync(changed: PropertyValues): void {
    const { host } = this;
    if (changed.has('mode') && !MODES.includes(host.mode)) {
      // A removed attribute (null) means the default, as an absent one does.
      if (host.mode) warn(`unknown mode "${host.mode}", using embed.`);
      host.mode = 'embed';
    }
    // The first update also reads a dataset written inside the element, when there is one.
    if (changed.has('src') || changed.has('data') || !host.hasUpdated) this.load();
    this.chunks.linkHash();
    this.messages = this.locale.resolve();
    // A presentation chooses its first slide here; `changed` then has `selected` too.
    this.modes.sync();
    const prepared = this.prepared.current;
    if (prepared) {
      if ((changed.has('start') || changed.has('end')) && host.hasUpdated) this.prepared.rehome();
      if (this.drawing.labelsStale) this.drawing.prepareLabels(prepared.dataset);
      if (changed.has('selected')) this.selection.sync();
    }
  }

  /** After an update: sizes a drawing just shown, then fires what the update has shown. */
  settle(plot: HTMLElement | undefined): void {
    // The drawing has just been shown (data arrived, or the list closed): size it now. The
    // events then wait for the update that draws it, so a page hearing timeline-load finds
    // the marks there.
    if (plot && !plot.hidden && this.prepared.hasEvents && !(this.size.width > 0)) {
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
    // rarely waits for the card, or the list.
    if (this.drawing.drawn) {
      this.card.fetchAhead();
      this.chunks.fetchEventListAhead(() => this.hooks.listView() || this.print.printing);
    }
  }

  /** Resolves once the chunks that the last update shows (the list, the card) are drawn. */
  arrivals(): Promise<unknown> | undefined {
    const list = this.chunks.listArrival();
    const card = this.card.arrival;
    return list || card ? Promise.all([list, card]) : undefined;
  }

  private selectionFor(host: TimelineHost): EventSelection {
    return new EventSelection(host, {
      dataset: () => this.prepared.current?.dataset,
      view: () => this.zoomer.view,
      show: (view) => this.zoomer.show(view),
      reveal: (event): boolean => !!this.modes.current?.reveal(event),
      chosen: (id, event) => {
        if (event) this.hooks.announce({ event });
        this.pending.push(() => emit(host, 'timeline-select', { id, event }));
      },
    });
  }

  private preparedFor(host: TimelineHost, sizes: () => Sizes): PreparedState {
    return new PreparedState({
      element: host,
      sizes,
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
  }
}
