import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { DEFAULT_DATASET, until } from '../helpers.js';
import { findPart, focused, mount, part } from '../harness.js';
import { expectSame } from '../readable-failures.js';

/**
 * A narrow, short widget (a phone's article column at the default height) folds its search and
 * legend row into a header button: the drawing gets the row's height for label lanes.
 */
describe('the search row of a short, narrow widget', () => {
  const phone = (height = 416) =>
    mount({ src: DEFAULT_DATASET, attributes: { lang: 'en' }, size: [375, height] });
  const toggle = (el: DiplomacyTimeline) => part(el, 'control-filters');
  const row = (el: DiplomacyTimeline) => part(el, 'search').closest<HTMLElement>('.filters')!;
  const shows = (element: HTMLElement) => element.getBoundingClientRect().height > 0;
  const plotHeight = (el: DiplomacyTimeline) => part(el, 'plot').getBoundingClientRect().height;

  it('is folded into a named button, and the drawing takes its height', async () => {
    const el = await phone();
    expect(shows(row(el)), 'the row shows').to.equal(false);
    expect(toggle(el).getAttribute('aria-label')).to.equal('Search and categories');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    // Header and drawing fill the box: nothing under the drawing.
    const box = el.getBoundingClientRect();
    expect(part(el, 'plot').getBoundingClientRect().bottom).to.be.closeTo(box.bottom - 1, 1);
  });

  it('opens under the drawing with the focus in the search box, and folds again on Escape', async () => {
    const el = await phone();
    const folded = plotHeight(el);
    toggle(el).click();
    await until(() => shows(row(el)));
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expectSame(focused(el), part(el, 'search-input'), 'the search box has the focus');
    await until(() => plotHeight(el) < folded);
    expect(folded - plotHeight(el)).to.be.closeTo(row(el).getBoundingClientRect().height, 1);
    await sendKeys({ press: 'Escape' });
    await until(() => !shows(row(el)));
    expectSame(focused(el), toggle(el), 'the focus is back on the button');
  });

  it('stays open while a search narrows the events, so a reader sees why some are missing', async () => {
    const el = await phone();
    toggle(el).click();
    await until(() => shows(row(el)));
    await sendKeys({ type: 'cyber' });
    await el.updateComplete;
    toggle(el).click();
    await el.updateComplete;
    expect(shows(row(el)), 'the row still shows').to.equal(true);
    expectSame(focused(el), part(el, 'search-input'), 'the button leads to the search box');
    // Escape empties the box and the row stays, the focus in it; a second Escape, in the empty
    // box, folds the row and puts the focus back on its button.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, 'search-input').value).to.equal('');
    expect(shows(row(el)), 'the row shows, emptied').to.equal(true);
    expectSame(focused(el), part(el, 'search-input'), 'the focus stays in the search box');
    await sendKeys({ press: 'Escape' });
    await until(() => !shows(row(el)));
    expectSame(focused(el), toggle(el), 'the focus is back on the button');
  });

  it('keeps open a row used in the list, back in the drawing, even once emptied', async () => {
    const el = await phone();
    part(el, 'control-list').click();
    await until(() => shows(row(el)));
    part(el, 'search-input').focus();
    await sendKeys({ type: 'cyber' });
    part(el, 'control-list').click();
    await until(() => !part(el, 'plot').hidden);
    part(el, 'search-input').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shows(row(el)), 'the row shows').to.equal(true);
    expectSame(focused(el), part(el, 'search-input'), 'the focus stays in the search box');
  });

  it('is not folded in a taller phone box, nor in the list, which has the height', async () => {
    const tall = await phone(600);
    expect(shows(toggle(tall)), 'a fold button at 375 × 600').to.equal(false);
    expect(shows(row(tall)), 'the row shows at 375 × 600').to.equal(true);
    const el = await phone();
    part(el, 'control-list').click();
    await until(() => !findPart(el, 'control-filters'));
    expect(shows(row(el)), 'the row shows in the list').to.equal(true);
  });

  it('is not folded in a wide box of the same height', async () => {
    const el = await mount({ src: DEFAULT_DATASET, size: [800, 416] });
    expect(shows(toggle(el)), 'a fold button').to.equal(false);
    expect(shows(row(el)), 'the row shows').to.equal(true);
  });
});
