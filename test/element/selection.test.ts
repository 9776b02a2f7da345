import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { smallDataset } from '../fixtures/small-dataset.js';
import {
  allByRole,
  byRole,
  dotOf,
  mount,
  nextSelect,
  part,
  parts,
  pressEachPhoneMark,
} from '../harness.js';
import { DEFAULT_DATASET, accessibleName, drawn, markNamed, until } from '../helpers.js';

describe('<diplomacy-timeline> selection and the detail card', () => {
  it('opens a card with the title, date, description and safe source links when a mark is clicked', async () => {
    const el = await mount({ data: smallDataset, size: [900, 400] });
    const chosen = nextSelect(el);
    markNamed(el, 'Second')!.click();
    const detail = await chosen;
    expect(detail.id).to.equal('b');
    expect(detail.event!.id).to.equal('b');
    await el.updateComplete;
    const card = part(el, 'detail');
    expect(card.getAttribute('role')).to.equal('dialog');
    expect(accessibleName(card)).to.equal('Second');
    expect(card.textContent).to.contain('January 2017');
    expect(card.textContent).to.contain('The second event.');
    const links = allByRole(card, 'link');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/source']);
    expect(card.textContent, 'a dropped link keeps its label').to.contain('Script source');
    expect(el.getAttribute('selected')).to.equal('b');
  });

  it('opens the card of each mark a reader clicks, in Indonesian on a phone too', async () => {
    // The press focused the mark, and a focused event is kept labelled: the layout moved the
    // marks before the release, the click fell on what was under both (the drawing), and
    // nothing was chosen. Seen at 375 px in Indonesian, where the labels are longer.
    await pressEachPhoneMark(async (_, position) => {
      await sendMouse({ type: 'click', position });
    });
  });

  it('focuses the card a mouse click opens without drawing a focus ring on it', async () => {
    const el = await mount({ data: smallDataset, size: [900, 400] });
    const dot = dotOf(markNamed(el, 'Second')!).getBoundingClientRect();
    const chosen = nextSelect(el);
    await sendMouse({
      type: 'click',
      position: [Math.round(dot.x + dot.width / 2), Math.round(dot.y + dot.height / 2)],
    });
    await chosen;
    await el.updateComplete;
    const card = part(el, 'detail');
    await until(() => el.shadowRoot!.activeElement === card);
    // The ring is for a reader who moves the focus with keys; a pointer's reader sees the card.
    expect(card.matches(':focus-visible')).to.equal(false);
    expect(getComputedStyle(card).outlineStyle).to.equal('none');
  });

  it('steps with next() and previous(), stopping at the ends, and clears with select(null)', async () => {
    const el = await mount({ data: smallDataset, size: [900, 400] });
    const seen: (string | null)[] = [];
    el.addEventListener('timeline-select', (e) => seen.push(e.detail.id));
    el.next();
    await el.updateComplete;
    el.next();
    await el.updateComplete;
    el.next();
    await el.updateComplete;
    el.next();
    await el.updateComplete;
    expect(el.selected).to.equal('c');
    el.previous();
    await el.updateComplete;
    el.select(null);
    await el.updateComplete;
    expect(seen).to.deep.equal(['a', 'b', 'c', 'b', null]);
    expect(parts(el, 'detail')).to.be.empty;
  });

  it('brings a chosen event into view', async () => {
    const el = await mount({
      data: smallDataset,
      attributes: { start: '2009', end: '2011' },
      size: [900, 400],
    });
    el.select('c');
    await drawn(el);
    const { start, end } = el.visibleRange;
    expect(new Date(2020, 2, 5).getTime()).to.be.within(start.getTime(), end.getTime());
    expect(markNamed(el, 'Third')).to.exist;
    expect(byRole(part(el, 'detail'), 'heading').textContent).to.equal('Third');
  });

  it('writes dates in Indonesian in the card when lang is id, or the page is', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="id-ID"></div>`);
    const el = await mount({
      data: smallDataset,
      attributes: { selected: 'b' },
      size: [900, 400],
      place: (el) => page.append(el),
    });
    const card = part(el, 'detail');
    expect(card.textContent).to.contain('Januari 2017');
    expect(card.textContent).to.contain('Peristiwa kedua.');
    el.lang = 'en';
    await el.updateComplete;
    expect(card.textContent).to.contain('January 2017');
  });

  it('waits for the new dataset before applying a select made while it loads', async () => {
    const el = await mount({ data: smallDataset, size: [900, 400] });
    el.data = undefined;
    el.src = `/test-delay/100${DEFAULT_DATASET}`;
    await el.updateComplete;
    el.select('digital-command-center');
    const chosen = nextSelect(el);
    expect((await chosen).id).to.equal('digital-command-center');
    expect(el.selected).to.equal('digital-command-center');
  });

  it('chooses the event a reader pressed, when its mark leaves the view before the release', async () => {
    // A zoom animating, a kiosk's tour or a relayout between the press and the release hands
    // the pressed mark's element on to an event that came into view.
    const years = [2001, 2002, 2003, 2011, 2012, 2013];
    const el = await mount({
      data: { events: years.map((y) => ({ id: `y${y}`, start: String(y), title: `Year ${y}` })) },
      size: [900, 400],
    });
    el.zoomTo('2000', '2004');
    await el.updateComplete;
    const pressed = markNamed(el, 'Year 2002')!;
    const dot = pressed.querySelector('.dot')!.getBoundingClientRect();
    const position: [number, number] = [
      Math.round(dot.x + dot.width / 2),
      Math.round(dot.y + dot.height / 2),
    ];
    await sendMouse({ type: 'move', position });
    await sendMouse({ type: 'down' });
    el.zoomTo('2010', '2014');
    await el.updateComplete;
    expect(accessibleName(pressed), 'the element now draws another event').to.match(/^Year 201/);
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(el.selected).to.equal('y2002');
  });

  it('chooses nothing with a drag begun on a mark, and what a later click() is on', async () => {
    const el = await mount({ data: smallDataset, size: [900, 400] });
    const dot = markNamed(el, 'First')!.querySelector('.dot')!.getBoundingClientRect();
    const [x, y] = [Math.round(dot.x + dot.width / 2), Math.round(dot.y + dot.height / 2)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 60, y] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(el.selected, 'after the drag').to.equal(null);
    const chosen = nextSelect(el);
    markNamed(el, 'Third')!.click();
    expect((await chosen).id).to.equal('c');
  });
});
