import { syntheticDataset } from '../test/fixtures/synthetic.js';

const timeline = document.querySelector('diplomacy-timeline')!;
const size = document.querySelector<HTMLSelectElement>('#size')!;
const timing = document.querySelector('output')!;

function load(): void {
  const data = syntheticDataset(Number(size.value), { ranges: 20 });
  const started = performance.now();
  timeline.addEventListener(
    'timeline-load',
    () =>
      requestAnimationFrame(() => {
        timing.textContent = `drawn in ${Math.round(performance.now() - started)} ms`;
      }),
    { once: true },
  );
  timeline.data = data;
}

size.addEventListener('change', load);
load();
