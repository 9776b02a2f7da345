import { ViewRange } from './view-range.js';

/** A horizontal extent in the drawing, in px from its left edge. */
export interface Extent {
  readonly left: number;
  readonly right: number;
}

/** The side of the drawing the detail card sits on: `end` is the right, `start` the left. */
export type CardSide = 'start' | 'end';

/** Where the card goes, and how far the view moves (px; positive moves the drawing right). */
export interface CardPlace {
  readonly side: CardSide;
  readonly shift: number;
}

/** The part of the drawing a card `card` px wide, `inset` px from the edge, leaves free. */
export function freePart(width: number, card: number, inset: number, side: CardSide): Extent {
  return side === 'end'
    ? { left: 0, right: width - inset - card - inset }
    : { left: inset + card + inset, right: width };
}

function overlap(a: Extent, b: Extent): number {
  return Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left));
}

function covered(mark: Extent, free: Extent): number {
  return mark.right - mark.left - overlap(mark, free);
}

/**
 * Places the detail card beside a drawing `width` px wide so that it leaves the chosen mark
 * (its dot and label) uncovered. A new choice (`fresh`) puts the card on the side away from
 * the mark; later (a pan, a zoom) the card stays where it is unless it would cover the mark
 * and the other side would not, so it does not jump about under a reader's gesture. When the
 * mark lies where either side would cover it, the view moves (for a fresh choice only) to
 * bring it into the middle of the free part. A mark wider than the free part (a long era)
 * cannot be cleared: the card takes the side that covers less of it, and the view stays.
 */
export function placeCard(
  width: number,
  card: number,
  inset: number,
  mark: Extent,
  current: CardSide,
  fresh: boolean,
): CardPlace {
  const centre = (mark.left + mark.right) / 2;
  const preferred: CardSide = fresh ? (centre < width / 2 ? 'end' : 'start') : current;
  const other: CardSide = preferred === 'end' ? 'start' : 'end';
  const free = freePart(width, card, inset, preferred);
  if (!covered(mark, free)) return { side: preferred, shift: 0 };
  if (!covered(mark, freePart(width, card, inset, other))) return { side: other, shift: 0 };
  const markWidth = mark.right - mark.left;
  if (markWidth > free.right - free.left || !fresh) {
    const less =
      covered(mark, freePart(width, card, inset, other)) < covered(mark, free) ? other : preferred;
    return { side: less, shift: 0 };
  }
  return { side: preferred, shift: (free.left + free.right) / 2 - centre };
}

/**
 * The view that puts time `t` at `x` px of a drawing `width` px wide: as wide as `view` where
 * the home range lets it pan that far, narrower (zoomed in about `t`) where it does not, so
 * the move also works from "show everything", where a pan alone moves nothing.
 */
export function viewPlacing(
  view: ViewRange,
  home: ViewRange,
  t: number,
  x: number,
  width: number,
): ViewRange {
  const before = x > 0 ? ((t - home.start) * width) / x : Infinity;
  const after = x < width ? ((home.end - t) * width) / (width - x) : Infinity;
  const span = Math.min(view.span, before, after);
  const start = t - (x / width) * span;
  return new ViewRange(start, start + span);
}
