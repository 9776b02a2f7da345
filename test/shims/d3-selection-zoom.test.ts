import { expect } from '@open-wc/testing';
import { select } from 'd3-selection';
import { type ZoomTransform, zoom, zoomTransform } from 'd3-zoom';

// The real d3-zoom on the d3-selection stand-in (the bare name resolves to it here, as in the
// build), on a box with a border, inside a scrolled container: the wheel zooms about the
// point under the pointer, a drag follows the pointer and stops when the button is released.
describe('d3-zoom on the d3-selection stand-in', () => {
  let scroller: HTMLElement;
  let box: HTMLElement;
  let transforms: ZoomTransform[];

  beforeEach(() => {
    scroller = document.createElement('div');
    scroller.setAttribute(
      'style',
      'position: fixed; left: 20px; top: 30px; width: 300px; height: 100px; overflow: auto',
    );
    box = document.createElement('div');
    box.setAttribute(
      'style',
      'margin: 200px 0 400px 40px; width: 200px; height: 80px; border: solid black; ' +
        'border-width: 3px 0 0 7px',
    );
    scroller.append(box);
    document.body.append(scroller);
    scroller.scrollTop = 150;
    transforms = [];
    const behavior = zoom<HTMLElement, unknown>().on('zoom', ({ transform }) =>
      transforms.push(transform),
    );
    select(box).call(behavior);
  });

  afterEach(() => scroller.remove());

  // The box's padding box starts at (20 + 40 + 7, 30 + 200 - 150 + 3) on screen.
  const origin = [67, 83];

  it('zooms about the point under the pointer, in the box’s own coordinates', () => {
    const [x, y] = [origin[0]! + 33, origin[1]! + 37];
    box.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -100,
        clientX: x,
        clientY: y,
        bubbles: true,
        view: window,
      }),
    );
    const t = zoomTransform(box);
    expect(t.k).to.be.closeTo(2 ** 0.2, 1e-9);
    // The point (33, 37) stays where it was.
    expect(t.apply([33, 37])[0]).to.be.closeTo(33, 1e-9);
    expect(t.apply([33, 37])[1]).to.be.closeTo(37, 1e-9);
  });

  it('pans with a drag and stops at mouseup', () => {
    const mouse = (type: string, clientX: number, clientY: number) =>
      new MouseEvent(type, { clientX, clientY, bubbles: true, view: window });
    box.dispatchEvent(mouse('mousedown', 100, 100));
    document.body.dispatchEvent(mouse('mousemove', 130, 90));
    document.body.dispatchEvent(mouse('mouseup', 130, 90));
    document.body.dispatchEvent(mouse('mousemove', 200, 200));
    expect(transforms.map(({ x, y, k }) => [x, y, k])).to.deep.equal([[30, -10, 1]]);
  });

  it('keeps its double-click listener where a double tap finds it, until it is removed', () => {
    expect(select(box).on('dblclick.zoom')).to.be.a('function');
    select(box).on('dblclick.zoom', null);
    expect(select(box).on('dblclick.zoom')).to.equal(undefined);
  });
});
