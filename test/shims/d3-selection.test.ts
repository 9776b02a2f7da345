import { expect } from '@open-wc/testing';
import { Selection, pointer, select, selection } from '../../src/shims/d3-selection.js';

// d3-zoom finds the pointer, listens for input and keeps its transform on the surface only
// through this module: a point off by a border or a scroll is a zoom that drifts under the
// pointer; a listener not replaced or not removed is a gesture that runs twice or never ends.

const made: Element[] = [];

/** A box pinned to the viewport, so its place on screen is known without measuring it. */
function pinned(tag: string, style: string): HTMLElement {
  const element = document.createElement(tag);
  element.setAttribute('style', `position: fixed; margin: 0; ${style}`);
  made.push(element);
  document.body.append(element);
  return element;
}

const at = (clientX: number, clientY: number, init: MouseEventInit = {}) =>
  new MouseEvent('mousedown', { clientX, clientY, bubbles: true, view: window, ...init });

afterEach(() => made.splice(0).forEach((element) => element.remove()));

describe('pointer, from the d3-selection stand-in', () => {
  it("reads an SVG element's own user space through the viewBox and its transforms", () => {
    const svg = pinned('div', 'left: 30px; top: 40px');
    svg.innerHTML = `<svg viewBox="0 0 100 50" width="200" height="100" style="display: block">
      <g transform="translate(10 20) scale(2)"><rect width="5" height="5"></rect></g></svg>`;
    const g = svg.querySelector('g')!;
    // Screen = 30 + 2 × (10 + 2 × 5), 40 + 2 × (20 + 2 × 7): the point (5, 7) of the group.
    const [x, y] = pointer(at(30 + 2 * (10 + 2 * 5), 40 + 2 * (20 + 2 * 7)), g);
    expect(x).to.be.closeTo(5, 1e-6);
    expect(y).to.be.closeTo(7, 1e-6);
    const [sx, sy] = pointer(at(30 + 50, 40 + 30), svg.querySelector('svg')!);
    expect([sx, sy]).to.deep.equal([25, 15]);
  });

  it("reads an HTML box's padding box, under its border, in a scrolled container", () => {
    const scroller = pinned('div', 'left: 20px; top: 30px; width: 300px; height: 100px');
    scroller.style.overflow = 'auto';
    const box = document.createElement('div');
    box.setAttribute(
      'style',
      'margin: 200px 0 400px 40px; width: 100px; height: 80px; border: solid black; ' +
        'border-width: 3px 0 0 7px; padding: 11px',
    );
    scroller.append(box);
    scroller.scrollTop = 150;
    // The border box is at (20 + 40, 30 + 200 - 150); the padding box 7 px right, 3 px down.
    expect(pointer(at(100, 120), box)).to.deep.equal([100 - 67, 120 - 83]);
  });

  it('reads screen pixels, not CSS pixels, in a box an ancestor scales', () => {
    const box = pinned('div', 'left: 0; top: 0; width: 100px; height: 100px');
    box.style.transform = 'scale(2)';
    box.style.transformOrigin = '0 0';
    // The zoom controller counts on this (its extent is the surface's width on screen).
    expect(pointer(at(150, 60), box)).to.deep.equal([150, 60]);
  });

  it("defaults to the listening node, follows sourceEvent, reads a Touch's client point", () => {
    const box = pinned('div', 'left: 50px; top: 60px; width: 100px; height: 100px');
    let heard: [number, number] | undefined;
    box.addEventListener('mousedown', (event) => (heard = pointer(event)));
    box.dispatchEvent(at(70, 90));
    expect(heard).to.deep.equal([20, 30]);
    // d3-zoom passes the entries of event.touches, which carry clientX and clientY.
    const touch = { clientX: 51, clientY: 62, pageX: 0, pageY: 0 };
    expect(pointer(touch, box)).to.deep.equal([1, 2]);
    expect(pointer({ ...touch, sourceEvent: at(60, 70) }, box)).to.deep.equal([10, 10]);
    // null, unlike undefined, means no node: page coordinates.
    expect(pointer(at(5, 6), null)).to.deep.equal([5 + scrollX, 6 + scrollY]);
  });
});

describe('selection.on, from the d3-selection stand-in', () => {
  it('calls listener(event, datum) with this the node, for each "type.name" listed', () => {
    const box = pinned('div', '');
    const heard: unknown[][] = [];
    select(box)
      .datum('the datum')
      .on('click.a keyup.a', function (this: HTMLElement, event: Event, d) {
        heard.push([this === box, event.type, d]);
      });
    box.click();
    box.dispatchEvent(new KeyboardEvent('keyup'));
    expect(heard).to.deep.equal([
      [true, 'click', 'the datum'],
      [true, 'keyup', 'the datum'],
    ]);
  });

  it('replaces the listener of the same type.name, keeps the others, removes on null', () => {
    const box = pinned('div', '');
    const heard: string[] = [];
    const listen = (word: string) => () => heard.push(word);
    select(box).on('click.a', listen('a')).on('click.b', listen('b')).on('click', listen('bare'));
    select(box).on('click.a', listen('a2'));
    box.click();
    select(box).on('click.b', null);
    box.click();
    // As in d3, a replaced listener is added again, so it now hears the event after the others.
    expect(heard).to.deep.equal(['b', 'bare', 'a2', 'bare', 'a2']);
  });

  it('removes a name from every type with ".name" and null, as the zoom controller does', () => {
    const box = pinned('div', '');
    const heard: string[] = [];
    select(box)
      .on('click.zoom mousedown.zoom', (event: Event) => heard.push(event.type))
      .on('click.pan', () => heard.push('pan'));
    select(box).on('.zoom', null);
    box.click();
    box.dispatchEvent(at(0, 0));
    expect(heard).to.deep.equal(['pan']);
  });

  it('reads a listener back through a new selection of the node, by its exact type.name', () => {
    const box = pinned('div', '');
    const dblclick = () => {};
    select(box).on('dblclick.zoom', dblclick);
    expect(select(box).on('dblclick.zoom') === dblclick, 'read back').to.equal(true);
    expect(select(box).on('click.zoom mousedown dblclick.zoom') === dblclick).to.equal(true);
    expect(select(box).on('dblclick')).to.equal(undefined);
    expect(select(box).on('.zoom')).to.equal(undefined);
    select(box).on('dblclick.zoom', null);
    expect(select(box).on('dblclick.zoom')).to.equal(undefined);
  });

  it('adds with the options given, and removes or replaces with the ones it was added with', () => {
    const log: unknown[][] = [];
    const target = new EventTarget();
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    target.addEventListener = (type, listener, options) => {
      log.push(['add', type, options]);
      add(type, listener, options);
    };
    target.removeEventListener = (type, listener, options) => {
      log.push(['remove', type, options]);
      remove(type, listener, options);
    };
    const passive = { passive: false };
    select(target).on('wheel.zoom', () => {}, passive);
    select(target).on('mousemove.zoom', () => {}, true);
    select(target).on('mousemove.zoom', () => {});
    select(target).on('.zoom', null);
    expect(log).to.deep.equal([
      ['add', 'wheel', passive],
      ['add', 'mousemove', true],
      ['remove', 'mousemove', true],
      ['add', 'mousemove', undefined],
      ['remove', 'wheel', passive],
      ['remove', 'mousemove', undefined],
    ]);
  });

  it('removes a capturing listener on window, so a drag ends when the button is released', () => {
    const box = pinned('div', '');
    let moves = 0;
    select(window).on('mousemove.drag', () => moves++, true);
    box.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    select(window).on('mousemove.drag', null);
    box.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    expect(moves).to.equal(1);
  });
});

describe('the rest of a selection, from the d3-selection stand-in', () => {
  it('sets a property from a value or a function of the node, reads it, deletes it on null', () => {
    const box = pinned('div', '') as HTMLElement & { __zoom?: unknown };
    box.__zoom = 'kept';
    select(box).property('__zoom', function (this: typeof box) {
      return `${String(this.__zoom)} again`;
    });
    expect(select(box).property('__zoom')).to.equal('kept again');
    select(box).property('__zoom', null);
    expect('__zoom' in box).to.equal(false);
  });

  it('sets and removes an inline style, and reads the computed one when none is inline', () => {
    const box = pinned('div', 'left: 12px');
    select(box).style('touch-action', 'none').style('color', 'red', 'important');
    expect(box.style.touchAction).to.equal('none');
    expect(box.style.getPropertyPriority('color')).to.equal('important');
    expect(select(box).style('display')).to.equal('block');
    select(box).style('touch-action', null);
    expect(box.style.touchAction).to.equal('');
  });

  it('filters by a function of the node or a selector; each and call keep the selection', () => {
    const touchable = pinned('div', '');
    const other = pinned('p', '');
    touchable.className = 'touchable';
    const both = new Selection([touchable, other]);
    const filtered = both.filter(function (this: HTMLElement) {
      return this.className === 'touchable';
    });
    expect(filtered.node()).to.equal(touchable);
    expect(both.filter('p').node()).to.equal(other);
    expect(both.filter('span').node()).to.equal(null);

    const seen: unknown[][] = [];
    select(touchable).datum(4);
    both.datum(function (this: HTMLElement, d: unknown) {
      return d ?? this.tagName;
    });
    const chained = both.each(function (this: HTMLElement, d, i) {
      seen.push([this, d, i]);
    });
    expect(chained).to.equal(both);
    expect(seen).to.deep.equal([
      [touchable, 4, 0],
      [other, 'P', 1],
    ]);
    const called: unknown[] = [];
    expect(both.call((s, a: number, b: string) => called.push(s, a, b), 1, 'two')).to.equal(both);
    expect(called).to.deep.equal([both, 1, 'two']);
    expect(select(other).datum()).to.equal('P');
  });

  it('shares its prototype with selection(), which the d3-transition stand-in extends', () => {
    expect(select(document.body)).to.be.instanceOf(selection);
    expect(selection().node()).to.equal(document.documentElement);
  });
});
