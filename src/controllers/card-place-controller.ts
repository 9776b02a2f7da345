import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type CardSide, placeCard, viewPlacing } from '../layout/card-place.js';
import type { ViewRange } from '../layout/view-range.js';

/** The element as the card's placement sees it. */
export interface CardPlaceHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The chosen event's id: without one there is no card to place. */
  readonly selected: string | null;
}

/** What the placement needs from the rest of the widget. */
export interface CardPlaceContext {
  view(): ViewRange | undefined;
  home(): ViewRange | undefined;
  /** Moves the view, eased. */
  show(view: ViewRange): void;
}

/**
 * Keeps the detail card off the chosen event. Beside the drawing (a wide widget), the card
 * takes the side away from the chosen mark, and when the mark lies where either side would
 * cover it the view moves it into the free part; under a pan or zoom the card changes side
 * only when it would cover the mark. The card's and the mark's boxes are read after each
 * render (the mark's label may take any width), once per frame: in the frame's own callback,
 * where the browser lays out anyway, so updates faster than frames (a kiosk's tour under a
 * fast clock) do not each force a layout; a side change renders again before that frame is
 * painted. On a narrow widget the card is a sheet under a strip of the drawing (the
 * styles), and nothing here applies.
 */
export class CardPlaceController implements ReactiveController {
  /** The side of the drawing the card sits on. */
  side: CardSide = 'end';
  /** The event the card was last placed for: a new one is placed afresh. */
  private placedFor = -1;
  /** The frame the next placement waits for. */
  private frame = 0;

  constructor(
    private readonly host: CardPlaceHost,
    private readonly context: CardPlaceContext,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // No card: nothing to read, and no frame callback each zoom frame looking for one.
    if (this.host.selected === null) {
      this.placedFor = -1;
      return;
    }
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private place(): void {
    const root = this.host.renderRoot;
    const card = root.querySelector<HTMLElement>('.detail');
    const plot = root.querySelector<HTMLElement>('.plot');
    if (!card || !plot) {
      this.placedFor = -1;
      return;
    }
    const mark = plot.querySelector<HTMLElement>('[part~="event-selected"]');
    // Not drawn yet (the drawing waits for its size), or out of view: placed when it is.
    if (!mark || getComputedStyle(card).position !== 'absolute') return;
    const index = Number(mark.dataset.index);
    const fresh = index !== this.placedFor;
    this.placedFor = index;
    // Boxes as drawn, in the drawing's own pixels (an ancestor may scale the widget).
    const box = plot.getBoundingClientRect();
    const scale = box.width / plot.offsetWidth || 1;
    const width = plot.offsetWidth;
    const at = (x: number) => (x - box.left) / scale;
    const cardBox = card.getBoundingClientRect();
    const markBox = mark.getBoundingClientRect();
    const inset = this.side === 'end' ? width - at(cardBox.right) : at(cardBox.left);
    const extent = { left: at(markBox.left), right: at(markBox.right) };
    const place = placeCard(width, cardBox.width / scale, inset, extent, this.side, fresh);
    if (place.side !== this.side) {
      this.side = place.side;
      this.host.requestUpdate();
    }
    const view = this.context.view();
    const home = this.context.home();
    if (!place.shift || !view || !home) return;
    const centre = (extent.left + extent.right) / 2;
    const t = view.time(centre, width);
    this.context.show(viewPlacing(view, home, t, centre + place.shift, width));
  }
}
