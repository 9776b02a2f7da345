// The probes first: they must be in place before the widget's libraries load.
import { type ProbeMark, describeListeners, liveCounts, probeMark } from './leak-probes.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { whenIdle } from '../../src/scheduler.js';
import { isPortrait, part } from '../harness.js';
import { syntheticDataset } from '../fixtures/synthetic.js';
import { DEFAULT_DATASET, drawn, until } from '../helpers.js';

const MB = 1024 * 1024;

/**
 * The heap in use after garbage collection. The probes keep a weak entry per listener; entries
 * whose target is gone are dropped once a collection has freed it, then the heap is measured.
 */
async function heapInUse(): Promise<number> {
  await executeServerCommand('heap');
  liveCounts();
  return (await executeServerCommand('heap')) as number;
}

/**
 * What is live once everything scheduled since `mark` has run out (d3-zoom ends a wheel gesture
 * 150 ms later), or false: nothing that keeps rescheduling itself would run out.
 */
const settledSince = (mark: ProbeMark) => () => {
  const counts = liveCounts(mark);
  return counts.timers === 0 && counts.frames === 0 && counts.idle === 0 && counts;
};

/** A timeline of 800 × 400 px given its dataset (`src` or `data`), put in `container`, drawn. */
async function drawnIn(
  container: HTMLElement,
  dataset: Partial<Pick<DiplomacyTimeline, 'src' | 'data'>>,
): Promise<DiplomacyTimeline> {
  const el = Object.assign(document.createElement('diplomacy-timeline'), dataset);
  el.style.width = '800px';
  el.style.height = '400px';
  container.append(el);
  await drawn(el);
  return el;
}

/** One life of a timeline: created, connected, loaded, zoomed (API and wheel), chosen, removed. */
async function life(container: HTMLElement): Promise<void> {
  const el = await drawnIn(container, { src: DEFAULT_DATASET });
  el.zoomBy(2);
  const plot = part(el, 'plot');
  const box = plot.getBoundingClientRect();
  plot.dispatchEvent(
    new WheelEvent('wheel', {
      deltaY: -120,
      clientX: box.left + box.width / 2,
      clientY: box.top + 50,
      bubbles: true,
      cancelable: true,
    }),
  );
  el.select('dg-information-public-diplomacy');
  await el.updateComplete;
  el.remove();
}

describe('a thousand lives of a timeline', function () {
  this.timeout(3_600_000);

  it('leave no listener, observer or timer behind, and the heap where it was', async () => {
    const soak = (await executeServerCommand('soak')) as boolean;
    const cycles = soak ? 1000 : 40;
    const container = document.createElement('div');
    document.body.append(container);
    // Warm up: the first lives fill caches that live as long as the page (templates, fonts).
    let mark = probeMark();
    for (let i = 0; i < 10; i++) await life(container);
    const before = await until(settledSince(mark));
    const heapBefore = await heapInUse();

    mark = probeMark();
    for (let i = 0; i < cycles; i++) await life(container);
    const after = await until(settledSince(mark));
    const heapAfter = await heapInUse();
    console.log(
      `${cycles} lives: heap ${(heapBefore / MB).toFixed(2)} → ${(heapAfter / MB).toFixed(2)} MB; ` +
        `listeners ${before.listeners} → ${after.listeners}; observed ${before.observed} → ${after.observed}`,
    );
    expect(after.listeners, describeListeners().join(', ')).to.equal(before.listeners);
    expect(after.observed).to.equal(before.observed);
    expect(heapAfter - heapBefore).to.be.below(MB);
    container.remove();
  });

  it('leave nothing behind as upright kiosks either, whose shape is watched', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const kioskLife = async () => {
      const el = document.createElement('diplomacy-timeline');
      el.mode = 'kiosk';
      el.style.width = '600px';
      el.style.height = '1000px';
      el.src = DEFAULT_DATASET;
      container.append(el);
      await drawn(el);
      await until(() => isPortrait(el));
      el.select('digital-command-center');
      await el.updateComplete;
      // Turned to landscape and back, then removed.
      el.style.width = '1000px';
      el.style.height = '600px';
      await until(() => !isPortrait(el));
      el.remove();
    };
    await kioskLife();
    const mark = probeMark();
    const before = await until(settledSince(mark));
    for (let i = 0; i < 10; i++) await kioskLife();
    const after = await until(settledSince(mark));
    expect(after.listeners, describeListeners().join(', ')).to.equal(before.listeners);
    expect(after.observed).to.equal(before.observed);
    container.remove();
  });

  it('leave nothing behind with 2,000 events, removed before, during or after rehearsing', async () => {
    // Where the first view hides events, the widget rehearses a reader's first gestures in
    // the page's idle moments (element/rehearsal.ts): one view each, five in all.
    const data = syntheticDataset(2000);
    const container = document.createElement('div');
    document.body.append(container);
    const bigLife = async (idleMoments: number) => {
      const el = await drawnIn(container, { data });
      for (let i = 0; i < idleMoments; i++) await new Promise<void>((r) => whenIdle(r));
      el.remove();
    };
    let mark = probeMark();
    for (let i = 0; i < 4; i++) await bigLife(i);
    const before = await until(settledSince(mark));
    const heapBefore = await heapInUse();
    mark = probeMark();
    for (let i = 0; i < 24; i++) await bigLife(i % 4);
    const after = await until(settledSince(mark));
    const heapAfter = await heapInUse();
    console.log(
      `24 lives of 2,000 events: heap ${(heapBefore / MB).toFixed(2)} → ${(heapAfter / MB).toFixed(2)} MB`,
    );
    expect(after.listeners, describeListeners().join(', ')).to.equal(before.listeners);
    expect(after.observed).to.equal(before.observed);
    expect(heapAfter - heapBefore).to.be.below(MB);
    container.remove();
  });

  it('the probes see a listener, an observer and a timer that are left behind', async () => {
    const mark = probeMark();
    const before = liveCounts(mark);
    const onResize = () => {};
    window.addEventListener('resize', onResize);
    const observer = new ResizeObserver(() => {});
    observer.observe(document.body);
    const timer = setTimeout(() => {}, 60_000);
    const idle = requestIdleCallback(() => {});
    expect(liveCounts(mark)).to.deep.equal({
      listeners: before.listeners + 1,
      observed: before.observed + 1,
      timers: before.timers + 1,
      frames: before.frames,
      idle: before.idle + 1,
    });
    window.removeEventListener('resize', onResize);
    observer.disconnect();
    clearTimeout(timer);
    cancelIdleCallback(idle);
    expect(liveCounts(mark)).to.deep.equal(before);
  });
});
