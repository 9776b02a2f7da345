import type { TimelineParts } from './timeline-parts.js';
import { listedEvents } from '../view/listed-events.js';
import type { Announcement, FrameModel } from '../view/frame.js';

/** The element's own state that the frame shows. */
export interface FrameState {
  readonly listView: boolean;
  readonly announcement?: Announcement;
  /** Whether the drawing may be downloaded as an image (not in a kiosk). */
  readonly exportable: boolean;
}

/**
 * One plain snapshot per update, read from the parts in one place: the dataset, the events
 * the filters leave, their layout, and the view model around it. Render only hands it to the
 * view.
 */
export function buildFrame(parts: TimelineParts, state: FrameState): FrameModel {
  const { prepared: current, filter, zoomer, size, selection, card, print } = parts;
  const prepared = current.current;
  const hasEvents = !!prepared && prepared.dataset.events.length > 0;
  // Printed, the drawing would be clipped; the list reads well on paper.
  const showList = hasEvents && (state.listView || print.printing);
  if (showList) parts.chunks.loadEventList(() => parts.hooks.listView() || print.printing);
  const shown = filter.shown;
  const view = zoomer.view;
  const width = size.width;
  const selectedIndex = selection.selectedIndex;
  const model: FrameModel = {
    m: parts.messages,
    state: parts.loader.state,
    // A presentation or kiosk draws once its sizes and styles have arrived, never in between.
    drawing:
      hasEvents && !showList && view && width > 0 && parts.modes.ready
        ? parts.drawing.draw({
            prepared,
            index: shown?.index ?? prepared.index,
            view,
            home: zoomer.homeRange,
            width,
            height: size.height,
            focused: selection.focused,
            selectedIndex,
            moving: zoomer.moving,
          })
        : undefined,
    list: showList
      ? listedEvents(shown?.events ?? prepared.dataset.events, view, print.printing)
      : undefined,
    listView: state.listView,
    renderList: parts.chunks.eventList?.renderEventList,
    selected: prepared?.dataset.events[selectedIndex],
    selectedIndex,
    renderCard: card.card?.render,
    cardSide: card.card?.place.side,
    announcement: state.announcement,
    exportable: state.exportable,
    filters: hasEvents ? filter.model(prepared.dataset, parts.legend.layout) : undefined,
    // A presentation or a kiosk never folds the row: sizes of their own.
    filtersOpen: parts.modes.current ? undefined : filter.rowOpen,
    richHtml: (text) => card.card?.rich.html(text),
    ...parts.modes.current?.views(),
  };
  card.want(!!model.selected);
  return model;
}
