import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { drawn } from '../helpers.js';
import { syntheticDataset } from '../fixtures/synthetic.js';

const COUNT = 100_000;
const LONGEST_TASK_MS = 200;

/** The dataset as a file; nothing else of it stays in memory to weigh on the measurement. */
function datasetUrl(): string {
  const json = JSON.stringify(syntheticDataset(COUNT, { ranges: 20 }));
  return URL.createObjectURL(new Blob([json], { type: 'application/json' }));
}

describe('a dataset of 100,000 events', function () {
  this.timeout(120_000);

  it('loads, validates and draws without a main-thread task over 200 ms', async () => {
    await expectNoLongTask(datasetUrl());
  });

  it('does the same when handed over as the data property', async () => {
    await expectNoLongTask(syntheticDataset(COUNT, { ranges: 20 }));
  });
});

/** Up to five tries; one must keep every task under the ceiling. */
async function expectNoLongTask(source: string | object): Promise<void> {
  // A long task is measured in wall-clock time, which other processes on a shared machine
  // stretch: hence tries, and the best of them counts.
  const tries: number[] = [];
  while (tries.length < 5 && !tries.some((t) => t <= LONGEST_TASK_MS)) {
    tries.push(await longestTask(source));
  }
  const how = typeof source === 'string' ? 'src' : 'data';
  const figures = tries.map((t) => t.toFixed(0)).join(', ');
  console.log(`100,000 events (${how}): longest task per try ${figures} ms`);
  expect(Math.min(...tries)).to.be.at.most(LONGEST_TASK_MS);
}

/** Loads the dataset into a new timeline, draws it, zooms in and back; the longest task seen. */
async function longestTask(source: string | object): Promise<number> {
  const el = await fixture<DiplomacyTimeline>(
    html`<diplomacy-timeline style="width: 1000px; height: 420px"></diplomacy-timeline>`,
  );
  // What the test did before (making the data, mounting) is not the widget's work.
  await new Promise((resolve) => setTimeout(resolve));
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const started = performance.now();
  const loaded = new Promise<CustomEvent>((resolve) =>
    el.addEventListener('timeline-load', resolve as EventListener, { once: true }),
  );
  if (typeof source === 'string') el.src = source;
  else el.data = source;
  const { detail } = await loaded;
  await drawn(el);
  el.zoomBy(8);
  await el.updateComplete;
  el.reset();
  await drawn(el);
  await new Promise(requestAnimationFrame);
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  expect(detail.dataset.events.length).to.equal(COUNT + 20);
  return Math.max(0, ...tasks.filter((t) => t.startTime >= started).map((t) => t.duration));
}
