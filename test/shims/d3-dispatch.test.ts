import { expect } from '@open-wc/testing';
import { dispatch } from '../../src/shims/d3-dispatch.js';

// d3-zoom talks to its listeners only through this module: a listener set, replaced or removed
// the wrong way would be a zoom that draws nothing, or draws twice.
describe('the d3-dispatch stand-in', () => {
  it('calls the listeners of a type in the order they were set, with this and arguments', () => {
    const heard: string[] = [];
    const d = dispatch('start', 'zoom', 'end');
    d.on('zoom', function (this: unknown, a) {
      heard.push(`plain ${String(this)} ${String(a)}`);
    });
    d.on('zoom.pan start.pan', (a) => heard.push(`pan ${String(a)}`));
    d.call('zoom', 'that', 1);
    d.apply('start', null, [2]);
    d.call('end');
    expect(heard).to.deep.equal(['plain that 1', 'pan 1', 'pan 2']);
  });

  it('replaces a listener set again under its name, moving it last, and removes it on null', () => {
    const heard: string[] = [];
    const d = dispatch('zoom');
    d.on('zoom.a', () => heard.push('a'));
    d.on('zoom.b', () => heard.push('b'));
    d.on('zoom.a', () => heard.push('a2'));
    d.call('zoom');
    d.on('zoom.b', null);
    d.call('zoom');
    expect(heard).to.deep.equal(['b', 'a2', 'a2']);
  });

  it('reads a listener back, and removes a name from every type with ".name"', () => {
    const d = dispatch('start', 'end');
    const listener = () => {};
    d.on('start.x end.x', listener);
    expect(d.on('end.x') === listener, 'end.x reads back').to.equal(true);
    d.on('.x', null);
    expect(d.on('start.x')).to.equal(undefined);
    expect(d.on('end.x')).to.equal(undefined);
  });

  it('copies its listeners, so a change to the copy leaves the original as it was', () => {
    const heard: string[] = [];
    const d = dispatch('zoom');
    d.on('zoom', () => heard.push('original'));
    const copy = d.copy();
    copy.on('zoom', () => heard.push('copy'));
    d.call('zoom');
    copy.call('zoom');
    expect(heard).to.deep.equal(['original', 'copy']);
  });

  it('refuses a type it was not made with, and a callback that is not a function', () => {
    const d = dispatch('zoom');
    expect(() => d.on('pinch', () => {})).to.throw(/unknown type: pinch/);
    expect(() => d.call('pinch')).to.throw(/unknown type: pinch/);
    expect(() => d.on('zoom', 42 as never)).to.throw(/invalid callback/);
  });
});
