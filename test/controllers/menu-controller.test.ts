import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { restoreViewport, setViewport } from '../engine.js';
import { findPart, focused, part, parts } from '../harness.js';
import { DEFAULT_DATASET, accessibleName, mountLoaded, until } from '../helpers.js';
import { expectSame } from '../readable-failures.js';

/** Clicks with the mouse at the middle of a box (page coordinates of the test's viewport). */
async function clickAt(x: number, y: number) {
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}

async function clickOn(element: Element) {
  const box = await still(element);
  await clickAt(box.left + box.width / 2, box.top + box.height / 2);
}

/**
 * The box of `element` once it has stayed put for five frames: a reader clicks what they see,
 * not where a refit (the legend's, a frame after the search count appears) is about to move it.
 */
async function still(element: Element): Promise<DOMRect> {
  let box = element.getBoundingClientRect();
  for (let same = 0; same < 5;) {
    await new Promise(requestAnimationFrame);
    const now = element.getBoundingClientRect();
    same = now.x === box.x && now.y === box.y && now.width === box.width ? same + 1 : 0;
    box = now;
  }
  return box;
}

/**
 * A timeline with a paragraph of the page above it, to click outside on; tall enough that a
 * narrow one keeps its search row (a shorter one folds it into a header button).
 */
async function mount(width: number, lang = 'en'): Promise<DiplomacyTimeline> {
  return mountLoaded(
    html`<p id="outside" style="margin: 0; height: 40px">A paragraph of the article.</p>
      <diplomacy-timeline
        src=${DEFAULT_DATASET}
        lang=${lang}
        style="width: ${width}px; height: 520px"
      ></diplomacy-timeline>`,
  );
}

const outside = () => document.getElementById('outside')!;

describe('the download menu', () => {
  const summary = (el: DiplomacyTimeline) => part(el, 'control-export');
  const menu = (el: DiplomacyTimeline) => part<HTMLDetailsElement>(el, 'export');
  // The menu's choices, shown or not (its summary is no button element).
  const choices = (el: DiplomacyTimeline) => [
    ...menu(el).querySelectorAll<HTMLButtonElement>('button'),
  ];

  async function opened(width = 800): Promise<DiplomacyTimeline> {
    const el = await mount(width);
    await clickOn(summary(el));
    await until(() => choices(el)[0]!.checkVisibility());
    expect(menu(el).open).to.equal(true);
    return el;
  }

  it('stays open for a click inside it, between its choices', async () => {
    const el = await opened();
    const [png, svg] = choices(el).map((b) => b.getBoundingClientRect());
    await clickAt(png!.left + png!.width / 2, (png!.bottom + svg!.top) / 2);
    expect(menu(el).open).to.equal(true);
  });

  it('closes on a click on the page outside the widget', async () => {
    const el = await opened();
    await clickOn(outside());
    expect(menu(el).open).to.equal(false);
  });

  it('closes on a click elsewhere in the widget, such as the drawing', async () => {
    const el = await opened();
    const plot = part(el, 'plot').getBoundingClientRect();
    await clickAt(plot.left + 20, plot.top + 20);
    expect(menu(el).open).to.equal(false);
    expect(findPart(el, 'detail'), 'the click did nothing else').to.equal(null);
  });

  it('closes when focus leaves it with Tab', async () => {
    const el = await opened();
    choices(el)[1]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(menu(el).open).to.equal(false);
  });

  it('closes on Escape with focus back on its button, leaving an open card open', async () => {
    const el = await mount(800);
    el.select('digital-command-center');
    await until(() => findPart(el, 'detail'));
    summary(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(menu(el).open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expectSame(focused(el), choices(el)[0], 'focus is on the first choice');
    await sendKeys({ press: 'Escape' });
    expect(menu(el).open).to.equal(false);
    expectSame(focused(el), summary(el), 'focus is back on the menu button');
    await el.updateComplete;
    expect(findPart(el, 'detail'), 'one Escape, one thing closed').to.exist;
    await sendKeys({ press: 'Escape' });
    await until(() => !findPart(el, 'detail'));
  });
});

describe('the folded legend', () => {
  afterEach(restoreViewport);

  const toggle = (el: DiplomacyTimeline) => findPart(el, 'legend-toggle');
  const menu = (el: DiplomacyTimeline) => toggle(el)!.closest('details')!;
  const items = (el: DiplomacyTimeline) => parts<HTMLButtonElement>(el, 'legend-item');

  async function opened(): Promise<DiplomacyTimeline> {
    await setViewport({ width: 375, height: 740 });
    const el = await mount(375, 'id');
    await clickOn(await until(() => toggle(el)));
    await until(() => items(el)[0]?.checkVisibility());
    return el;
  }

  it('stays open while categories are tapped, and closes on a tap outside', async () => {
    const el = await opened();
    await clickOn(items(el)[1]!);
    await el.updateComplete;
    expect(items(el)[1]!.getAttribute('aria-pressed')).to.equal('false');
    expect(menu(el).open).to.equal(true);
    expect(accessibleName(toggle(el)!)).to.equal('Kategori: 4 dari 5');
    await clickOn(outside());
    expect(menu(el).open).to.equal(false);
  });

  it('stays open while a search’s count changes with the categories shown', async () => {
    await setViewport({ width: 375, height: 740 });
    const el = await mount(375, 'id');
    part<HTMLInputElement>(el, 'search-input').focus();
    await sendKeys({ type: 'a' });
    // The count shown beside the box (its words go to the live region).
    const count = () => part(el, 'search').querySelector('.match-number')!.textContent;
    await until(() => count() !== '');
    const before = count();
    expect(before, 'two digits, so the count narrows as categories hide').to.have.length(2);
    await clickOn(await until(() => toggle(el)));
    await until(() => items(el)[0]?.checkVisibility());
    for (const item of items(el).slice(0, 4)) await clickOn(item);
    await until(() => count() !== before);
    // Two frames: the row's new width has been seen and answered.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(menu(el).open).to.equal(true);
  });

  it('closes when the download menu opens, so one menu is open at a time', async () => {
    const el = await opened();
    await clickOn(part(el, 'control-export'));
    expect(menu(el).open).to.equal(false);
    expect(part<HTMLDetailsElement>(el, 'export').open).to.equal(true);
  });

  it('closes on Escape from a category, with focus back on its button', async () => {
    const el = await opened();
    items(el)[2]!.focus();
    await sendKeys({ press: 'Escape' });
    expect(menu(el).open).to.equal(false);
    expectSame(focused(el), toggle(el), 'focus is back on the Categories button');
  });
});
