import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { syntheticDataset } from '../fixtures/synthetic.js';
import { defaultDataset } from '../fixtures/small-dataset.js';
import { byRole, dotOf, mount, nextRangeChange, part, parts, span, wheel } from '../harness.js';
import { DEFAULT_DATASET, accessibleName, drawn, until } from '../helpers.js';

describe('<diplomacy-timeline> zoom and pan', () => {
  it('zooms in when the wheel turns over the drawing, and reports the settled range', async () => {
    const el = await mount({ src: DEFAULT_DATASET });
    const before = span(el);
    const settled = nextRangeChange(el);
    wheel(el, { deltaY: -400 });
    const detail = await settled;
    expect(span(el)).to.be.lessThan(before * 0.75);
    expect(detail.start).to.be.instanceOf(Date);
    expect(detail.start.getTime()).to.equal(el.visibleRange.start.getTime());
  });

  it('moves back in time when the reader drags the drawing to the right', async () => {
    const el = await mount({ src: DEFAULT_DATASET });
    el.zoomBy(4);
    await drawn(el);
    const before = el.visibleRange;
    const box = part(el, 'plot').getBoundingClientRect();
    const y = Math.round(box.top + 12);
    const settled = nextRangeChange(el);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 200), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 450), y] });
    await sendMouse({ type: 'up' });
    await settled;
    const after = el.visibleRange;
    expect(after.start.getTime()).to.be.lessThan(before.start.getTime());
    // A pan keeps the zoom level.
    expect(span(el)).to.be.closeTo(before.end.getTime() - before.start.getTime(), 1000);
  });

  it('zooms with its buttons and goes back to everything with reset', async () => {
    const el = await mount({ src: DEFAULT_DATASET });
    const home = span(el);
    let settled = nextRangeChange(el);
    byRole(el, 'button', 'Zoom in').click();
    await settled;
    expect(span(el)).to.be.closeTo(home / 2, home * 0.01);
    settled = nextRangeChange(el);
    byRole(el, 'button', 'Show everything').click();
    await settled;
    expect(span(el)).to.be.closeTo(home, home * 0.001);
  });

  it('lets the wheel take over from an eased zoom, which stops where the wheel leaves it', async () => {
    const el = await mount({ src: DEFAULT_DATASET });
    el.zoomBy(4);
    await el.updateComplete;
    const before = span(el);
    const ranges: number[] = [];
    el.addEventListener('timeline-rangechange', (e) =>
      ranges.push(e.detail.end.getTime() - e.detail.start.getTime()),
    );
    // The zoom-out button eases toward twice the span; the wheel zooms in while it does.
    byRole(el, 'button', 'Zoom out').click();
    await until(() => span(el) > before);
    wheel(el, { deltaY: -800 });
    await until(() => ranges.length > 0);
    // Three times closer than where the easing was cut off, so well inside the first span.
    expect(span(el)).to.be.lessThan(before * 0.7);
    expect(ranges).to.deep.equal([span(el)]);
  });

  it('lets the page scroll under the wheel or a swipe while the data is still loading', async () => {
    const el = await mount({
      src: `/test-delay/5000${DEFAULT_DATASET}`,
      size: [900, 400],
      wait: 'update',
    });
    expect(wheel(el, { deltaY: 100 }).defaultPrevented).to.equal(false);
    expect(wheel(el, { deltaX: 100 }).defaultPrevented).to.equal(false);
  });

  it('never lets the view drift away from the data', async () => {
    const el = await mount({ src: DEFAULT_DATASET });
    const raw = await defaultDataset();
    el.zoomTo('1800', '1810');
    await el.updateComplete;
    const { start, end } = el.visibleRange;
    const firstYear = Math.min(
      ...raw.events.map((e) => Number(e.start.replace('X', '0').slice(0, 4))),
    );
    expect(end.getFullYear()).to.be.at.least(firstYear - 1);
    expect(start.getFullYear()).to.be.at.least(firstYear - 3);
    el.zoomBy(0.001);
    await el.updateComplete;
    const widest = span(el);
    el.reset();
    expect(span(el)).to.be.closeTo(widest, widest * 0.001);
  });

  it('offers zoomTo, zoomBy and reset as its contract describes', async () => {
    const el = await mount({ src: DEFAULT_DATASET });
    el.zoomTo('2016', '2017');
    expect(el.visibleRange.start.getFullYear()).to.equal(2016);
    expect(el.visibleRange.end.getFullYear()).to.equal(2017);
    const before = span(el);
    el.zoomBy(2);
    expect(span(el)).to.be.closeTo(before / 2, before * 0.001);
    el.zoomTo(new Date(2016, 0, 1), new Date(2016, 6, 1));
    expect(el.visibleRange.start.getTime()).to.equal(new Date(2016, 0, 1).getTime());
  });

  it('reports one settled range for two quick zoom-button clicks, not one per animation', async () => {
    const el = await mount({ src: DEFAULT_DATASET });
    const home = span(el);
    const ranges: number[] = [];
    el.addEventListener('timeline-rangechange', (e) =>
      ranges.push(e.detail.end.getTime() - e.detail.start.getTime()),
    );
    const zoomIn = byRole(el, 'button', 'Zoom in');
    zoomIn.click();
    await new Promise(requestAnimationFrame);
    zoomIn.click();
    await until(() => ranges.length > 0);
    // The first click's animation, cut short one frame in (its range still near the whole
    // span), is not reported; the first report is where the second click ends.
    expect(ranges[0]).to.be.lessThan(home * 0.6);
    expect(ranges[0]).to.be.closeTo(span(el), home * 0.001);
  });

  it('does not report a zoomTo that changes nothing', async () => {
    const el = await mount({ src: DEFAULT_DATASET });
    let count = 0;
    el.addEventListener('timeline-rangechange', () => count++);
    el.zoomTo('2016', '2017');
    el.zoomTo('2016', '2017');
    await el.updateComplete;
    expect(count).to.equal(1);
  });

  it('warns instead of throwing when zoomTo is given nothing', async () => {
    const el = await mount({ src: DEFAULT_DATASET });
    const before = span(el);
    el.zoomTo(null as unknown as string, undefined as unknown as string);
    expect(span(el)).to.equal(before);
  });
});

describe('<diplomacy-timeline> marks while zooming', () => {
  it('draws each mark with its own event’s name and colour, in the element another mark left', async () => {
    // Synthetic events: "Event number N", category a (#0b6e4f) when N is a multiple of 3.
    const el = await mount({ data: syntheticDataset(3000, { years: 100 }) });
    const shown = new Map<Element, string | null>();
    let takenOver = 0;
    for (let step = 0; step < 8; step++) {
      for (const mark of parts(el, 'event')) shown.set(mark, mark.dataset.index ?? null);
      const settled = nextRangeChange(el);
      wheel(el, { deltaY: -100 });
      await settled;
      await el.updateComplete;
      for (const mark of parts(el, 'event')) {
        if (shown.has(mark) && shown.get(mark) !== mark.dataset.index) takenOver++;
        const n = Number(/^Event number (\d+),/.exec(accessibleName(mark))?.[1]);
        const colour = getComputedStyle(dotOf(mark)).backgroundColor;
        expect(colour, `Event number ${n}`).to.equal(
          n % 3 === 0 ? 'rgb(11, 110, 79)' : 'rgb(138, 79, 181)',
        );
      }
    }
    // Elements did change hands, so the names and colours above were those of new events.
    expect(takenOver).to.be.greaterThan(0);
  });

  it('keeps focus on the focused mark, and its name, while the view pans and zooms around it', async () => {
    const el = await mount({ data: syntheticDataset(3000, { years: 100 }) });
    el.zoomTo('1950-01-01', '1951-01-01');
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    const centre = box.x + box.width / 2;
    const x = (m: Element) => Math.abs(dotOf(m).getBoundingClientRect().x - centre);
    const mark = parts(el, 'event').reduce((a, b) => (x(b) < x(a) ? b : a));
    const name = accessibleName(mark);
    mark.focus();
    await el.updateComplete;
    const start = el.visibleRange.start.getTime();
    const day = 86_400_000;
    // Pans of a few weeks each way, then zooms in and out, about the focused mark.
    const views = [
      ...[30, 60, 90, 60, 30, 0, -30, -60, -90, -60, -30, 0].map((d) => [d, d + 365]),
      ...[90, 150, 170, 150, 90, 0].map((d) => [d, 365 - d]),
    ];
    for (const [from, to] of views) {
      el.zoomTo(new Date(start + from! * day), new Date(start + to! * day));
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, `view ${from}–${to}`).to.equal(mark);
      expect(accessibleName(mark)).to.equal(name);
    }
  });

  it('pans when a drag begins on a mark, without taking the focus from where the reader left it', async () => {
    const el = await mount({ data: syntheticDataset(3000, { years: 100 }) });
    el.zoomTo('1950-01-01', '1951-01-01');
    await el.updateComplete;
    const centre = (m: Element) => {
      const dot = dotOf(m).getBoundingClientRect();
      return [Math.round(dot.x + dot.width / 2), Math.round(dot.y + dot.height / 2)] as const;
    };
    // Focus on the mark nearest the middle, and a press on one well to its right: the drag
    // moves both leftwards, and both stay in view.
    const box = el.getBoundingClientRect();
    const fromMiddle = (m: Element) => Math.abs(centre(m)[0] - (box.x + box.width / 2));
    const focusedMark = parts(el, 'event').reduce((a, b) =>
      fromMiddle(b) < fromMiddle(a) ? b : a,
    );
    focusedMark.focus();
    await el.updateComplete;
    const pressed = parts(el, 'event').find((m) => {
      const [x, y] = centre(m);
      const hit = el.shadowRoot!.elementFromPoint(x, y)?.closest('[part~="event"]');
      return x - centre(focusedMark)[0] > 150 && x < box.right - 20 && hit === m;
    })!;
    expect(pressed, 'a mark to press').to.exist;
    const before = el.visibleRange.start.getTime();
    const [x, y] = centre(pressed);
    const settled = nextRangeChange(el);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 60, y] });
    await sendMouse({ type: 'up' });
    await settled;
    expect(el.visibleRange.start.getTime()).to.be.greaterThan(before);
    expect(el.shadowRoot!.activeElement).to.equal(focusedMark);
  });
});

describe('<diplomacy-timeline> clusters', () => {
  it('gathers events too close to label into a button with a count that zooms into them', async () => {
    const el = await mount({ data: syntheticDataset(2000, { years: 100 }) });
    const clusters = parts<HTMLButtonElement>(el, 'cluster');
    expect(clusters.length).to.be.greaterThan(0);
    const name = accessibleName(clusters[0]!);
    expect(name).to.match(/^\d[\d,]* events, \d{4}( – \d{4})?$/);
    const before = span(el);
    const settled = nextRangeChange(el);
    clusters[0]!.click();
    await settled;
    expect(span(el)).to.be.lessThan(before / 5);
    // The DOM stays bounded: never one element per event.
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(2000);
  });
});
