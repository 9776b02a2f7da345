/**
 * A drag begun on a mark, bar or cluster hands the focus back to where it was before the
 * press: the browser focuses what a mouse presses, and a drag would carry that focus off the
 * view with the mark. Removing the focused element of an event that left the view made the
 * browser lay the page out in the middle of a frame, before the frame's own layout (traced in
 * the bench's drag at 10,000 events: 5–10 ms), and dropped the focus to the page. Handed back
 * at the first move, while the page is laid out already, it costs nothing of the sort.
 *
 * A press that ends in a click keeps the focus it gave: the click opens the card and focuses
 * it, and the browser, seeing a mouse's focus before, draws no focus ring on the card.
 */
export function handBackPressFocus(element: HTMLElement): void {
  const focused = () => element.shadowRoot?.activeElement ?? null;
  let on: Element | null = null;
  let before: Element | null = null;
  element.addEventListener(
    'pointerdown',
    (event) => {
      const target = event.composedPath()[0] as Element;
      on = target.closest?.('.cluster, [data-index]') ?? null;
      // Read before the press moves the focus: the mouse's own focus follows this event.
      before = focused();
    },
    true,
  );
  element.addEventListener(
    'pointermove',
    (event) => {
      // The first move with the button held is the drag's start (d3-zoom's click distance is 0).
      if (!event.buttons || !on) return;
      if (focused() === on) {
        if (before?.isConnected) (before as HTMLElement).focus({ preventScroll: true });
        else (on as HTMLElement).blur();
      }
      on = null;
    },
    true,
  );
}
