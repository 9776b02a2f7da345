import { CSSResult, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
// The parts come first: the order of imports decides which chunk the bundler gives the code
// shared with lazy chunks (test/build/module.test.ts lists the chunks a page loads).
import { TimelineParts } from './element/timeline-parts.js';
import { buildFrame } from './element/frame-model.js';
import { DEFAULT_TIMEOUT } from './controllers/dataset-controller.js';
import { resetView, visibleRange, zoomBy, zoomTo } from './element/view-commands.js';
import type { TimelineMode } from './layout/modes.js';
import { controlStyles } from './view/controls.styles.js';
import { exportMenuStyles } from './view/export-menu.styles.js';
import { filterStyles } from './view/filters.styles.js';
import { type Announcement, type FrameModel, renderFrame } from './view/frame.js';
import { markStyles } from './view/marks.styles.js';
import { embedSizeProperties } from './view/size-properties.js';
import { DEFAULT_FAMILY, warmMeasure } from './view/measure-text.js';
import { timelineStyles } from './view/timeline.styles.js';
import { whenIdle } from './scheduler.js';

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
 * @csspart control-filters - A short, narrow widget's button that shows the search box and
 *   legend, folded away to leave the drawing their height.
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
    embedSizeProperties,
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

  /** The controllers and loaders, and which feeds which (see TimelineParts). */
  private readonly parts = new TimelineParts(this, {
    announce: (announcement) => {
      this.announcement = announcement;
    },
    toggleList: () => {
      this.listView = !this.listView;
    },
    listView: () => this.listView,
    ownStyles: DiplomacyTimeline.elementStyles.length,
  });

  /** This update's frame, built once in `willUpdate`; render only hands it to the view. */
  private frame?: FrameModel;

  /** The range of time shown now. */
  get visibleRange(): { start: Date; end: Date } {
    return visibleRange(this.parts);
  }

  /** Shows the range from `start` to `end` (Dates or ISO date strings). */
  zoomTo(start: Date | string, end: Date | string): void {
    zoomTo(this.parts, start, end);
  }

  /** Zooms about the centre: a factor above 1 zooms in (`zoomBy(2)` halves the span). */
  zoomBy(factor: number): void {
    zoomBy(this.parts, factor);
  }

  /** Goes back to the initial view. */
  reset(): void {
    resetView(this.parts);
  }

  /** Chooses an event by id (opens its card and brings it into view); null clears. */
  select(id: string | null): void {
    this.selected = id;
  }

  /** Chooses the next event in time order; stays on the last one. */
  next(): void {
    this.parts.selection.step(1);
  }

  /** Chooses the previous event in time order; stays on the first one. */
  previous(): void {
    this.parts.selection.step(-1);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A reconnected element whose fetch was cut off when it left loads again.
    if (this.hasUpdated && this.parts.loader.state.status === 'idle') this.parts.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.parts.sync(changed);
    this.frame = buildFrame(this.parts, {
      listView: this.listView,
      announcement: this.announcement,
      exportable: this.mode !== 'kiosk',
    });
  }

  protected override firstUpdated(): void {
    const { size, zoomer } = this.parts;
    if (this.plot) {
      size.observe(this.plot);
      zoomer.attach(this.plot);
    }
    // The list is not part of the first render: it loads when shown (frame-model.ts), or
    // ahead once the drawing is (TimelineParts.settle).
  }

  /**
   * An update that shows the list or a card completes once it is drawn, not an empty frame:
   * a page (or a test) that chooses an event and awaits `updateComplete` finds the card.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const arrivals = this.parts.arrivals();
    if (!arrivals) return done;
    await arrivals;
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    this.parts.settle(this.plot);
  }

  protected override render() {
    return renderFrame(this.frame!, this.parts.actions);
  }
}

// Once the module has loaded and the page is idle (on a real network, while the dataset is on
// its way), what every first render would set up while the reader waits is set up beforehand:
// the style sheets, parsed and constructed (some 1.5 ms), and the canvas that measures labels
// with the fonts of a first view (some 10 ms), in the type of a widget already in the page, or
// else the default type (14 px, timeline.styles.ts).
whenIdle(() => {
  for (const style of DiplomacyTimeline.elementStyles)
    if (style instanceof CSSResult) void style.styleSheet;
  const widget = document.querySelector('diplomacy-timeline');
  const style = widget && getComputedStyle(widget);
  warmMeasure(parseFloat(style?.fontSize ?? '') || 14, style?.fontFamily || DEFAULT_FAMILY);
});

declare global {
  interface HTMLElementTagNameMap {
    'diplomacy-timeline': DiplomacyTimeline;
  }
}
