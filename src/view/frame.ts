import { html, nothing } from 'lit';
import type { DatasetState } from '../controllers/dataset-controller.js';
import type { MenuActions } from '../controllers/menu-controller.js';
import type { ImageFormat } from '../export/download-image.js';
import type { Category, TimelineEvent } from '../data/model.js';
import type { CardSide } from '../layout/card-place.js';
import { formatEventDate, formatSpan, pickText } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { TimelineLayout } from '../layout/timeline-layout.js';
import { renderAxis } from './axis.js';
import { renderControls, renderFiltersToggle, renderListToggle } from './controls.js';
import type { SourceRenderer, ViewContext } from './context.js';
import type { renderDetailCard } from './detail-card.js';
import type { renderEventList } from './event-list.js';
import { renderExportMenu } from './export-menu.js';
import { type FilterActions, type FilterModel, renderFilters } from './filters.js';
import { renderNotice } from './notice.js';
import { renderLaneLabels } from './lanes.js';
import { renderDrawn } from './marks.js';
import { renderEmpty, renderError, renderLoading } from './status.js';

/** What the polite live region says: the shown range, or the chosen event. */
export type Announcement =
  | { readonly range: { readonly start: number; readonly end: number } }
  | { readonly event: TimelineEvent }
  | { readonly matches: number };

/** Everything the widget shows, decided by the element; this module only draws it. */
export interface FrameModel {
  readonly m: Messages;
  readonly state: DatasetState;
  /** The laid-out drawing, when it is shown. */
  readonly drawing?: {
    readonly ctx: ViewContext;
    readonly layout: TimelineLayout;
    /** With `group-by`, what each label lane holds. */
    readonly groups?: readonly (Category | undefined)[];
  };
  /** The list of events, when it is shown instead of the drawing. */
  readonly list?: { readonly events: readonly TimelineEvent[]; readonly total: number };
  readonly listView: boolean;
  /** The list's template, once its chunk has loaded (an empty list frame until then). */
  readonly renderList?: typeof renderEventList;
  readonly selected?: TimelineEvent;
  readonly selectedIndex: number;
  /** The card's template, once its chunk has loaded (no card until then). */
  readonly renderCard?: typeof renderDetailCard;
  /** The side of the drawing the detail card takes (on a wide widget): away from the mark. */
  readonly cardSide?: CardSide;
  readonly announcement?: Announcement;
  /** Whether "Download image" is offered: not on a kiosk, where nobody can take a file away. */
  readonly exportable: boolean;
  /** The search box and legend, when there are events to narrow. */
  readonly filters?: FilterModel;
  /**
   * Whether the search and legend row shows where the styles fold it into a header button (a
   * short, narrow widget, timeline.styles.ts): opened by the reader, or narrowing the events.
   * Undefined in a mode that never folds it.
   */
  readonly filtersOpen?: boolean;
  /** Sanitised HTML for a rich description, or undefined to show it plain. */
  readonly richHtml: (text: string) => HTMLElement | undefined;
  /** Above the drawing: a presentation's slide, a kiosk's notice and tour hint. */
  readonly above?: unknown;
  /** Kiosk mode: how sources are shown (QR codes). */
  readonly renderSource?: SourceRenderer;
  /** An upright kiosk: labels wrap, and the detail card sits above the drawing. */
  readonly portrait?: boolean;
}

export interface FrameActions extends FilterActions, MenuActions {
  readonly toggleList: () => void;
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly reset: () => void;
  /** Clicks on marks, clusters and list entries, delegated: a zoom frame then rebinds nothing. */
  readonly activate: (event: MouseEvent) => void;
  /** Focus landing on a mark, however it got there: the Tab stop follows it. */
  readonly focusIn: (event: FocusEvent) => void;
  readonly closeDetail: () => void;
  readonly downloadImage: (format: ImageFormat) => void;
  /** Loads the dataset again after its source failed. */
  readonly retry: () => void;
}

function announce(m: Messages, said: Announcement | undefined): string {
  if (!said) return '';
  if ('range' in said) return m.showing(formatSpan(m, said.range.start, said.range.end));
  if ('matches' in said) return m.matches(said.matches);
  return m.chosen(pickText(said.event.title, m.lang).text, formatEventDate(m, said.event));
}

function renderDrawing({ ctx, layout, groups }: NonNullable<FrameModel['drawing']>) {
  return html`${groups ? renderLaneLabels(ctx, groups) : nothing}${renderAxis(ctx, layout)}${renderDrawn(ctx, layout)}`;
}

/** What the drawing's place shows while there is no drawing: an error, loading, or empty. */
function renderStatus(m: Messages, state: DatasetState, retry: () => void) {
  if (state.status === 'error') return renderError(m, state.problems, retry);
  if (state.status === 'loading') return renderLoading(m);
  if (state.status === 'ready' && state.dataset.events.length === 0) return renderEmpty(m);
  return nothing;
}

/** The whole widget: header, status, drawing or list, detail card and live region. */
export function renderFrame(model: FrameModel, actions: FrameActions) {
  const { m, state, drawing, list } = model;
  const dataset = state.status === 'ready' ? state.dataset : undefined;
  const title = dataset?.title ? pickText(dataset.title, m.lang) : undefined;
  const hasEvents = !!dataset && dataset.events.length > 0;
  return html`<div class=${model.portrait ? 'frame portrait' : 'frame'} lang=${m.lang}>
    <div class="header">
      ${hasEvents ? renderListToggle(m, model.listView, actions.toggleList) : nothing}
      <p class="title" part="title" lang=${title?.lang ?? nothing}>${title?.text ?? ''}</p>
      ${
        hasEvents && !list && model.filtersOpen !== undefined
          ? renderFiltersToggle(m, !!model.filtersOpen, actions.toggleFilters)
          : nothing
      }
      ${hasEvents && !list ? renderControls(m, actions) : nothing}
      ${drawing && model.exportable ? renderExportMenu(m, actions.downloadImage, actions) : nothing}
    </div>
    ${model.above ?? nothing}
    <div
      class=${hasEvents ? 'plot' : 'plot waiting'}
      part="plot"
      role="group"
      aria-label=${title ? `${m.timeline}: ${title.text}` : m.timeline}
      ?hidden=${!!list}
      @click=${actions.activate}
      @focusin=${actions.focusIn}
    >
      ${drawing ? renderDrawing(drawing) : renderStatus(m, state, actions.retry)}
    </div>
    ${
      list
        ? html`<div class="list-frame" @click=${actions.activate}>
            ${model.renderList?.(m, list.events, list.total, model.selectedIndex) ?? nothing}
          </div>`
        : nothing
    }
    ${
      // Under the drawing, as a chart's legend is, and after it in Tab order. The row is there
      // while loading too, so the drawing keeps its place when the events arrive.
      model.filters || state.status === 'loading'
        ? html`<div
            class=${model.filtersOpen || list ? 'filters open' : 'filters'}
            id="filters"
            @focusin=${actions.rowFocus}
          >
            ${model.filters ? renderFilters(m, model.filters, actions) : nothing}
          </div>`
        : nothing
    }
    ${dataset?.notices.length ? renderNotice(m, dataset.notices) : nothing}
    ${
      model.selected && model.renderCard
        ? model.renderCard(
            m,
            model.selected,
            actions.closeDetail,
            model.richHtml,
            model.renderSource,
            model.cardSide,
          )
        : nothing
    }
    <div class="visually-hidden" role="status">${announce(m, model.announcement)}</div>
  </div>`;
}
