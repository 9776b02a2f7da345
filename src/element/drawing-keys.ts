import type { ReactiveControllerHost } from 'lit';
import type { EventFilters } from './event-filters.js';
import { KeyboardController } from '../controllers/keyboard-controller.js';
import type { EventSelection } from './event-selection.js';
import type { ZoomController } from '../controllers/zoom-controller.js';

/** The keys of the drawing: arrows move between the events the filters leave, and zoom. */
export function drawingKeys(
  host: ReactiveControllerHost & HTMLElement,
  {
    filter,
    selection,
    zoomer,
  }: {
    filter: EventFilters;
    selection: EventSelection;
    zoomer: ZoomController;
  },
): KeyboardController {
  return new KeyboardController(
    host,
    {
      // Arrows step through the events the filters leave, by their place in that list.
      events: () => filter.events,
      view: () => zoomer.view,
      focused: () => filter.positionOf(selection.focused),
      focus: (at) => selection.moveFocus(filter.events[at]!.index),
      show: (view) => zoomer.show(view, { animate: true }),
      closeDetail: () => selection.close(),
    },
    (origin) => origin instanceof Element && !!origin.closest('.plot'),
  );
}
