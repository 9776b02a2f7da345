import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { smallDataset } from '../fixtures/small-dataset.js';
import { syntheticDataset } from '../fixtures/synthetic.js';
import {
  focused,
  mount,
  mountBetween,
  nextRangeChange,
  part,
  parts,
  span,
  tabStops,
} from '../harness.js';
import { DEFAULT_DATASET, accessibleName, drawn, markNamed, marks, until } from '../helpers.js';

describe('<diplomacy-timeline> keyboard', () => {
  it('is one Tab stop; arrows move through events in time order; Enter opens, Escape closes', async () => {
    const { el, before } = await mountBetween({ data: smallDataset, size: [900, 400] });
    before.focus();
    await sendKeys({ press: 'Tab' });
    // The list toggle, the zoom buttons and "Download image" come first, then the drawing.
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' });
    expect(accessibleName(focused(el)!)).to.contain('First');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(accessibleName(focused(el)!)).to.contain('Second');
    expect(el.selected, 'moving focus does not select').to.equal(null);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(accessibleName(focused(el)!)).to.contain('Third');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(accessibleName(focused(el)!)).to.contain('First');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('b');
    expect(part(el, 'detail').contains(focused(el)), 'focus moves into the card').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(parts(el, 'detail')).to.be.empty;
    expect(accessibleName(focused(el)!)).to.contain('Second');
    // Leaving the drawing takes one Tab, whatever the number of events: on to the search box.
    await sendKeys({ press: 'Tab' });
    await until(() => focused(el));
    expect(accessibleName(focused(el)!)).to.equal('Search events');
  });

  it('follows focus to an event outside the view', async () => {
    const el = await mount({
      data: smallDataset,
      attributes: { start: '2009', end: '2011' },
      size: [900, 400],
    });
    markNamed(el, 'First')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await drawn(el);
    expect(accessibleName(focused(el)!)).to.contain('Second');
    const { start, end } = el.visibleRange;
    expect(new Date(2017, 0, 1).getTime()).to.be.within(start.getTime(), end.getTime());
  });

  it('zooms about the focused event with + and -', async () => {
    const el = await mount({ data: smallDataset, size: [900, 400] });
    const before = span(el);
    markNamed(el, 'Second')!.focus();
    let settled = nextRangeChange(el);
    await sendKeys({ press: '+' });
    await settled;
    expect(span(el)).to.be.closeTo(before / 2, before * 0.01);
    const { start, end } = el.visibleRange;
    expect(new Date(2017, 0, 1).getTime()).to.be.within(start.getTime(), end.getTime());
    settled = nextRangeChange(el);
    await sendKeys({ press: '-' });
    await settled;
    expect(span(el)).to.be.closeTo(before, before * 0.01);
  });
});

describe('<diplomacy-timeline> Tab stop in a crowded view', () => {
  it('always draws the mark holding the Tab stop, even where events cluster', async () => {
    const el = await mount({ data: syntheticDataset(5000), size: [600, 300] });
    const stops = tabStops(el);
    expect(stops).to.have.length(1);
    expect(stops[0]!.getAttribute('part')).to.contain('event');
    el.zoomBy(3);
    await el.updateComplete;
    const marksWithStop = parts(el, 'event').filter((mark) => tabStops(el).includes(mark));
    expect(marksWithStop).to.have.length(1);
  });

  it('keeps a Tab stop when the focused event is zoomed out of view', async () => {
    const el = await mount({ src: DEFAULT_DATASET });
    marks(el)[0]!.focus();
    el.zoomTo('2014', '2016');
    await el.updateComplete;
    expect(tabStops(part(el, 'plot'))).to.have.length(1);
  });
});
