// npm run layout-report: what a new reader sees in the initial view, measured on the BUILT
// module (run `npm run build` first) in headless Chromium, per dataset and box size: point
// events in view, how many are drawn with a label, how many of those labels are whole (the
// text fits its box: scrollWidth <= clientWidth and scrollHeight <= clientHeight, and it is the
// whole title, not one the widget cut short between words to fit: class "cut"), how many
// events sit inside clusters, whether the three headline events are labelled, and whether the
// chosen event's mark is covered by its open detail card.
// Usage: node scripts/layout-report.mjs [--json] [--shots <dir>] (--shots saves each initial
// view as a PNG; --json prints the rows, with the labels that are not whole).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.mjs';
import { historyDataset } from './history-dataset.mjs';
import { serveFolder } from './static-server.mjs';

const root = normalize(join(import.meta.dirname, '..'));
if (!existsSync(join(root, 'dist/diplomacy-timeline.js'))) {
  console.error('No built module in dist/: run `npm run build` first.');
  process.exit(1);
}

const HEADLINES = [
  'dg-information-public-diplomacy',
  'digital-diplomacy-emphasis',
  'digital-command-center',
];
const BOXES = [
  { name: '320×416', width: 320, height: 416 },
  { name: '343×416', width: 343, height: 416 },
  { name: '672×416', width: 672, height: 416 },
  { name: '1200×520', width: 1200, height: 520 },
  { name: 'kiosk 1920×1080', width: 1920, height: 1080, kiosk: true },
];
const DATASETS = [
  {
    name: 'bundled',
    data: JSON.parse(readFileSync(join(root, 'data/indonesia-digital-diplomacy.json'), 'utf8')),
    headlines: HEADLINES,
  },
  { name: '40 events, 65 years', data: historyDataset(40, { years: 65 }), headlines: [] },
];

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body{margin:0}#box diplomacy-timeline{width:100%;height:100%}</style>
<script type="module" src="/dist/diplomacy-timeline.js"></script></head>
<body><div id="box"></div></body></html>`;

const server = await serveFolder(root, (path) =>
  path === '/report.html' ? { body: PAGE, type: 'text/html' } : undefined,
);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });

/** Mounts the widget in a box of the given size and waits for its first drawing. */
async function mount(page, box, data) {
  await page.goto(`${base}/report.html`);
  await page.evaluate(
    async ({ box, data }) => {
      await customElements.whenDefined('diplomacy-timeline');
      const holder = document.getElementById('box');
      holder.style.cssText = `width:${box.width}px;height:${box.height}px`;
      const el = document.createElement('diplomacy-timeline');
      el.lang = 'en';
      if (box.kiosk) el.setAttribute('mode', 'kiosk');
      const loaded = new Promise((resolve) =>
        el.addEventListener('timeline-load', resolve, { once: true }),
      );
      el.data = data;
      holder.append(el);
      await loaded;
    },
    { box, data },
  );
  await page.waitForFunction(() => {
    const root = document.querySelector('diplomacy-timeline')?.shadowRoot;
    return !!root?.querySelector('.mark, .cluster');
  });
  // Two frames: the widget settles its measurements after the first paint.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

/** What the initial view shows, read from the shadow DOM as it is painted. */
function readView(headlines) {
  const el = document.querySelector('diplomacy-timeline');
  const root = el.shadowRoot;
  const plot = root.querySelector('.plot').getBoundingClientRect();
  const events = el.__reportDataset.events;
  let inView = 0;
  let labelled = 0;
  let whole = 0;
  const labelledIds = new Set();
  const notWhole = [];
  for (const mark of root.querySelectorAll('.mark')) {
    const dot = mark.querySelector('.dot').getBoundingClientRect();
    const cx = dot.left + dot.width / 2;
    if (cx < plot.left || cx > plot.right) continue;
    inView++;
    const label = mark.querySelector('.label');
    if (!label || label.clientWidth === 0) continue;
    labelled++;
    labelledIds.add(events[Number(mark.dataset.index)].id);
    const fits = label.scrollWidth <= label.clientWidth && label.scrollHeight <= label.clientHeight;
    if (fits && !mark.classList.contains('cut')) whole++;
    else
      notWhole.push(
        `${label.textContent} (${label.scrollWidth}×${label.scrollHeight} in ${label.clientWidth}×${label.clientHeight})`,
      );
  }
  let clustered = 0;
  for (const cluster of root.querySelectorAll('.cluster')) {
    const r = cluster.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    if (cx < plot.left || cx > plot.right) continue;
    const count =
      /([\d.,]+) (events|peristiwa)/.exec(cluster.getAttribute('aria-label') ?? '')?.[1] ?? '0';
    const n = Number(count.replace(/\D/g, ''));
    clustered += n;
    inView += n;
  }
  return {
    inView,
    labelled,
    whole,
    clustered,
    notWhole,
    headlines: headlines.length ? headlines.filter((id) => labelledIds.has(id)).length : undefined,
  };
}

/** Chooses `id` and tells whether its open card covers its mark (dot or label). */
async function cardCovers(page, id) {
  await page.evaluate((id) => document.querySelector('diplomacy-timeline').select(id), id);
  await page.waitForFunction(
    () => !!document.querySelector('diplomacy-timeline').shadowRoot.querySelector('.detail'),
  );
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  return page.evaluate(() => {
    const el = document.querySelector('diplomacy-timeline');
    const root = el.shadowRoot;
    const mark = root.querySelector('.mark.selected, .range.selected');
    if (!mark) return 'not drawn';
    const card = root.querySelector('.detail').getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    const w = Math.max(0, Math.min(card.right, m.right) - Math.max(card.left, m.left));
    const h = Math.max(0, Math.min(card.bottom, m.bottom) - Math.max(card.top, m.top));
    const share = (w * h) / Math.max(1, m.width * m.height);
    return share === 0 ? 'no' : `yes (${Math.round(share * 100)} %)`;
  });
}

const shotsAt = process.argv.indexOf('--shots');
const shots = shotsAt > 0 ? process.argv[shotsAt + 1] : undefined;
if (shots) mkdirSync(shots, { recursive: true });
const rows = [];
for (const dataset of DATASETS) {
  for (const box of BOXES) {
    const page = await browser.newPage({
      viewport: { width: Math.max(box.width, 400), height: Math.max(box.height, 600) },
    });
    // The dataset as the widget normalised it (sorted, with ids), to name what is drawn.
    await page.addInitScript(() => {
      addEventListener('timeline-load', (e) => (e.target.__reportDataset = e.detail.dataset), {
        capture: true,
      });
    });
    await mount(page, box, dataset.data);
    const seen = await page.evaluate(readView, dataset.headlines);
    if (shots) {
      const name = `${dataset.name}-${box.name}`.replace(/[^\w]+/g, '-');
      await page.locator('diplomacy-timeline').screenshot({ path: join(shots, `${name}.png`) });
    }
    const chosen =
      dataset.headlines[0] ??
      (await page.evaluate(() => {
        // Without headlines: the point event in the middle of the dataset's time.
        const points = document
          .querySelector('diplomacy-timeline')
          .__reportDataset.events.filter((e) => e.end === undefined);
        return points[Math.floor(points.length / 2)].id;
      }));
    const covered = await cardCovers(page, chosen);
    rows.push({ dataset: dataset.name, box: box.name, ...seen, chosen, covered });
    await page.close();
  }
}
await browser.close();
server.close();

const pct = (n, of) => (of ? `${Math.round((100 * n) / of)} %` : '–');
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  const lines = [
    '| dataset | box | points in view | labelled | labels whole | in clusters | headlines labelled | chosen mark covered by its card |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.dataset} | ${r.box} | ${r.inView} | ${r.labelled} (${pct(r.labelled, r.inView)}) | ${r.whole} (${pct(r.whole, r.labelled)}) | ${r.clustered} | ${r.headlines === undefined ? '–' : `${r.headlines} / 3`} | ${r.covered} |`,
    );
  }
  console.log(lines.join('\n'));
}
