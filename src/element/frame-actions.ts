import { ViewRange } from '../layout/view-range.js';
import type { FilterActions } from '../view/filters.js';
import type { FrameActions } from '../view/frame.js';
import type { Drawing } from './drawing-builder.js';
import type { MenuActions } from '../controllers/menu-controller.js';
import type { EventSelection } from './event-selection.js';
import type { ZoomController } from '../controllers/zoom-controller.js';

/** What the frame's buttons and delegated listeners act on. */
export interface FrameActionsContext {
  readonly element: HTMLElement;
  readonly zoomer: ZoomController;
  readonly selection: EventSelection;
  readonly filter: FilterActions;
  readonly menu: MenuActions;
  toggleList(): void;
  initialView(): ViewRange | undefined;
  /** The drawing last rendered: "Download image" draws the same. */
  drawn(): Drawing | undefined;
  retry(): void;
}

/** The handlers of the frame, made once per element so a render rebinds nothing. */
export function frameActions(context: FrameActionsContext): FrameActions {
  const { zoomer, selection, element } = context;
  // Focus that comes with a press (a click, a tap) is not followed: a focused event is kept
  // labelled, and the layout that keeps it so would move the marks between the press and the
  // release, so the click would land on another mark or on none. The click chooses the event.
  // Until the click (a tap's focus comes after the finger lifts) or, after a drag, a key.
  let pressing = false;
  element.addEventListener('pointerdown', () => (pressing = true), true);
  for (const type of ['click', 'keydown'])
    element.addEventListener(type, () => (pressing = false), true);
  const zoomAnimated = (factor: number): void => {
    const view = zoomer.view;
    if (view) zoomer.show(view.zoom(factor), { animate: true });
  };
  return {
    toggleList: () => context.toggleList(),
    zoomIn: () => zoomAnimated(2),
    zoomOut: () => zoomAnimated(0.5),
    reset: () => {
      const initial = context.initialView();
      if (initial) zoomer.show(initial, { animate: true });
    },
    activate: (event) => activate(event, zoomer, selection),
    focusIn: (event) => {
      const mark = event.target instanceof HTMLElement ? event.target.dataset.index : undefined;
      if (mark !== undefined && !pressing) selection.focusedOn(Number(mark));
    },
    closeDetail: () => selection.close(),
    downloadImage: (format) => {
      const drawn = context.drawn();
      if (drawn)
        void import('../export/download-image.js').then((exporter) =>
          exporter.downloadImage(context.element, format, drawn),
        );
    },
    ...context.filter,
    ...context.menu,
    retry: () => context.retry(),
  };
}

/** One listener for every mark and cluster: a zoom frame then rebinds nothing. */
function activate(event: MouseEvent, zoomer: ZoomController, selection: EventSelection): void {
  const target = event.target instanceof Element ? event.target : null;
  const cluster = target?.closest<HTMLElement>('.cluster');
  if (cluster) {
    const start = Number(cluster.dataset.start);
    const end = Number(cluster.dataset.end);
    const view = zoomer.view;
    // Zoom so the cluster's events spread over most of the width.
    const pad = Math.max((end - start) * 0.15, (view?.span ?? 0) / 200);
    zoomer.show(new ViewRange(start - pad, end + pad), { animate: true });
    return;
  }
  const mark = target?.closest<HTMLElement>('[data-index]');
  if (mark) selection.open(Number(mark.dataset.index));
}
