import { expect } from '@open-wc/testing';
import { part, parts } from '../harness.js';
import { drawn, mountLoaded } from '../helpers.js';

// d3-zoom runs here on stand-ins for d3-transition and d3-interpolate (src/shims/), which are
// safe only while d3-zoom never animates on its own: its one animation is the double-click
// zoom. A reader who double-clicks the drawing must see it stay as it is, with no error.
describe('a double-click on the drawing', () => {
  it('leaves the view where it was', async () => {
    const el = await mountLoaded();
    el.zoomBy(2);
    await drawn(el);
    const plot = part(el, 'plot');
    const before = el.visibleRange;
    const marksBefore = markPlaces(el);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    let moved = false;
    el.addEventListener('timeline-rangechange', () => (moved = true));

    const box = plot.getBoundingClientRect();
    const at = { clientX: box.left + box.width * 0.3, clientY: box.top + 10 };
    plot.dispatchEvent(
      new MouseEvent('dblclick', { ...at, bubbles: true, detail: 2, view: window }),
    );
    // d3-zoom would apply a double-click zoom at once (duration 0) or start a transition
    // (the stand-in has none, so it would throw); a frame and an update let either show.
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
    window.removeEventListener('error', onError);

    expect(errors).to.deep.equal([]);
    expect(moved).to.equal(false);
    expect(el.visibleRange.start.getTime()).to.equal(before.start.getTime());
    expect(el.visibleRange.end.getTime()).to.equal(before.end.getTime());
    expect(markPlaces(el)).to.deep.equal(marksBefore);
  });
});

/** Where each mark sits on the screen, as a reader would see the view. */
function markPlaces(el: HTMLElement): number[] {
  return parts(el, 'event', 'range').map((mark) => Math.round(mark.getBoundingClientRect().left));
}
