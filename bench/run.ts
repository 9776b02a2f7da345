// npm run bench: <diplomacy-timeline> and vis-timeline side by side in headless Chromium, on
// the same synthetic data and the same input (wheel and drag sent through the DevTools
// protocol), interleaved, a fresh page for every run. Prints a table and writes it, with the
// machine it ran on, to bench/results.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type CDPSession, type Page, chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../scripts/chrome-path.mjs';
import { syntheticDataset } from '../test/fixtures/synthetic.js';

type Widget = 'ours' | 'vis';
const root = normalize(join(import.meta.dirname, '..'));
const SIZES = [1_000, 10_000, 100_000];
/** vis-timeline needs about 40 s for 50,000 events here; 100,000 would take minutes. */
const VIS_MAX = 10_000;
const REPEATS = 5;
const GESTURE_STEPS = 30;

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

function serve(data: Map<number, string>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const match = /^\/bench-data\/(\d+)\.json$/.exec(path);
    if (match) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(data.get(Number(match[1])));
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res
        .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function openPage(
  browser: Browser,
  base: string,
  widget: Widget,
): Promise<{ page: Page; cdp: CDPSession; load: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${base}/bench/page.html`);
  await page.waitForFunction(() => 'bench' in window);
  await untilQuiet(browser);
  const load = await page.evaluate((w) => window.bench.setup(w), widget);
  await untilQuiet(browser);
  return { page, cdp: await page.context().newCDPSession(page), load };
}

const browserSessions = new WeakMap<Browser, Promise<CDPSession>>();
const QUIET_WINDOW_MS = 200;
/** CPU time all of the browser's processes may use in one window and still count as quiet. */
const QUIET_CPU_MS = 20;

/**
 * Waits until the browser is quiet: all its processes together use less than a tenth of a
 * core over 200 ms (at most 5 s). Headless Chromium opens every new page in a new window and
 * loads that window's own interface (the omnibox popup, a WebUI page in a renderer of its
 * own) in the background; on 2 cores that took 40 ms of CPU from the page being measured, a
 * cost no reader pays, who opens an article in a browser that has long been running.
 */
async function untilQuiet(browser: Browser): Promise<void> {
  let session = browserSessions.get(browser);
  if (!session) browserSessions.set(browser, (session = browser.newBrowserCDPSession()));
  const cdp = await session;
  const cpuMs = async () => {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { cpuTime: number }[];
    };
    return processInfo.reduce((sum, p) => sum + p.cpuTime * 1000, 0);
  };
  const deadline = performance.now() + 5000;
  let before = await cpuMs();
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS));
    const now = await cpuMs();
    if (now - before < QUIET_CPU_MS) return;
    before = now;
  }
}

interface Gesture {
  frameGaps: number[];
  longTasks: number[];
  updateTimes: number[];
}

/** Wheel zoom in then out over the centre, one wheel event a frame, as a mouse would. */
async function wheel(page: Page, cdp: CDPSession): Promise<Gesture> {
  const { x, y } = await page.evaluate(() => window.bench.centre());
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  await page.evaluate(() => window.bench.startRecording());
  for (let i = 0; i < GESTURE_STEPS; i++) {
    const deltaY = i < GESTURE_STEPS / 2 ? -100 : 100;
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY });
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  return page.evaluate(() => window.bench.stopRecording());
}

/** A drag across the drawing, one move a frame. */
async function drag(page: Page, cdp: CDPSession): Promise<Gesture> {
  const { x, y } = await page.evaluate(() => window.bench.centre());
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: x - 300, y: y - 150 });
  await page.evaluate(() => window.bench.startRecording());
  await cdp.send('Input.dispatchMouseEvent', {
    type: 'mousePressed',
    x: x - 300,
    y: y - 150,
    button: 'left',
    clickCount: 1,
  });
  for (let i = 1; i <= GESTURE_STEPS; i++) {
    await cdp.send('Input.dispatchMouseEvent', {
      type: 'mouseMoved',
      x: x - 300 + i * 20,
      y: y - 150,
      button: 'left',
      buttons: 1,
    });
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  await cdp.send('Input.dispatchMouseEvent', {
    type: 'mouseReleased',
    x: x + 300,
    y: y - 150,
    button: 'left',
    clickCount: 1,
  });
  return page.evaluate(() => window.bench.stopRecording());
}

/**
 * The main thread's CPU time (not wall time) over the first render: the thread time of the
 * tasks between the page's render-start and render-end marks, from a performance trace.
 * On a machine shared with other work, wall times include waiting for a core; this does not.
 */
function renderCpu(trace: Buffer): number {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const start = events.find((e) => e.name === 'render-start');
  const end = events.find((e) => e.name === 'render-end' && e.pid === start?.pid);
  if (!start || !end) return NaN;
  return events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.ts + (e.dur ?? 0) > start.ts &&
        e.ts < end.ts,
    )
    .reduce((sum, e) => {
      // A task that began before the start mark or ended after the end mark counts for the
      // share of it inside the interval.
      const from = Math.max(e.ts, start.ts);
      const to = Math.min(e.ts + (e.dur ?? 0), end.ts);
      const share = e.dur ? (to - from) / e.dur : 1;
      return sum + ((e.tdur ?? 0) * share) / 1000;
    }, 0);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

interface Run {
  /** Loading the widget's script until it can be used (ms). */
  load: number;
  render: number;
  heapMiB: number;
  domNodes: number;
  zoom?: Gesture;
  pan?: Gesture;
}

async function measure(
  browser: Browser,
  base: string,
  widget: Widget,
  count: number,
  interactive: boolean,
): Promise<Run> {
  const { page, cdp, load } = await openPage(browser, base, widget);
  try {
    const render = await page.evaluate(([w, n]) => window.bench.render(w, n), [
      widget,
      count,
    ] as const);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const domNodes = await page.evaluate(() => window.bench.domNodes());
    const run: Run = { load, render, heapMiB: usedSize / 2 ** 20, domNodes };
    if (interactive) {
      run.zoom = await wheel(page, cdp);
      run.pan = await drag(page, cdp);
    }
    return run;
  } finally {
    await page.close();
  }
}

/**
 * One more first render, traced, for its main-thread CPU time. A run of its own: tracing
 * slows a page down, more so one that makes many elements, so the timed runs go untraced.
 */
async function measureCpu(
  browser: Browser,
  base: string,
  widget: Widget,
  count: number,
): Promise<number> {
  const { page } = await openPage(browser, base, widget);
  try {
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
      ],
    });
    await page.evaluate(([w, n]) => window.bench.render(w, n), [widget, count] as const);
    return renderCpu(await browser.stopTracing());
  } finally {
    await page.close();
  }
}

function gzipSize(...files: string[]): number {
  return files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(root, f)), { level: 9 }).length,
    0,
  );
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

/** The one-minute load average, to the first decimal: how busy the machine was. */
const load = () => loadavg()[0]!.toFixed(1);

async function main(): Promise<void> {
  const loadBefore = load();
  const data = new Map(SIZES.map((n) => [n, JSON.stringify(syntheticDataset(n, { ranges: 20 }))]));
  const server = await serve(data);
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: [...chromeArgs, '--enable-precise-memory-info'],
  });
  const rows: string[][] = [];
  const add = (
    measure: string,
    ours: number,
    vis: number,
    target: string,
    met: boolean | undefined,
    unit = '',
    digits = 0,
  ) =>
    rows.push([
      measure,
      `${fmt(ours, digits)}${unit}`,
      Number.isFinite(vis) ? `${fmt(vis, digits)}${unit}` : 'not run',
      Number.isFinite(vis) && vis ? fmt(ours / vis, 3) : '—',
      target,
      met === undefined ? '' : met ? 'yes' : '**no**',
    ]);
  try {
    const oursBytes = gzipSize('dist/diplomacy-timeline.js');
    const visBytes = gzipSize(
      'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
      'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
    );
    add(
      'bundle, JS+CSS min+gzip (KiB)',
      oursBytes / 1024,
      visBytes / 1024,
      '≤ 45',
      oursBytes <= 45 * 1024,
      '',
      1,
    );

    for (const count of SIZES) {
      const runs: Record<Widget, Run[]> = { ours: [], vis: [] };
      const interactive = count >= 10_000;
      for (let r = 0; r < REPEATS; r++) {
        // Interleaved: ours, then vis, so both see the same machine state.
        runs.ours.push(await measure(browser, base, 'ours', count, interactive && r === 0));
        if (count <= VIS_MAX)
          runs.vis.push(await measure(browser, base, 'vis', count, interactive && r === 0));
        process.stderr.write(`  ${count} events, run ${r + 1}/${REPEATS}\n`);
      }
      const cpu: Record<Widget, number> = {
        ours: await measureCpu(browser, base, 'ours', count),
        vis: count <= VIS_MAX ? await measureCpu(browser, base, 'vis', count) : NaN,
      };
      const m = (w: Widget, f: (run: Run) => number) =>
        runs[w].length ? median(runs[w].map(f)) : NaN;
      const label = count.toLocaleString('en');
      const renderTarget = count === 10_000 ? 60 : count === 100_000 ? 400 : undefined;
      // The script is the same whatever the count: once, from the first size's pages.
      if (count === SIZES[0]) {
        add(
          'script load until ready to use (ms)',
          m('ours', (r) => r.load),
          m('vis', (r) => r.load),
          '',
          undefined,
          '',
          1,
        );
      }
      add(
        `first render, ${label} events (ms)`,
        m('ours', (r) => r.render),
        m('vis', (r) => r.render),
        renderTarget ? `≤ ${renderTarget}` : '',
        renderTarget ? m('ours', (r) => r.render) <= renderTarget : undefined,
      );
      add(`first render, ${label} events: main-thread CPU (ms)`, cpu.ours, cpu.vis, '', undefined);
      add(
        `JS heap after ${label} events (MiB)`,
        m('ours', (r) => r.heapMiB),
        m('vis', (r) => r.heapMiB),
        count === 100_000 ? '≤ 40' : '',
        count === 100_000 ? m('ours', (r) => r.heapMiB) <= 40 : undefined,
        '',
        1,
      );
      add(
        `DOM elements, ${label} events`,
        m('ours', (r) => r.domNodes),
        m('vis', (r) => r.domNodes),
        '≤ 2,000',
        m('ours', (r) => r.domNodes) <= 2000,
      );
      if (!interactive) continue;
      for (const kind of ['zoom', 'pan'] as const) {
        const gaps = (w: Widget) => runs[w][0]?.[kind]?.frameGaps ?? [];
        const p95 = quantile(gaps('ours'), 0.95);
        const frameTarget = count === 100_000;
        add(
          `${kind}, ${label} events: frame median (ms)`,
          median(gaps('ours')),
          median(gaps('vis')),
          '',
          undefined,
          '',
          1,
        );
        add(
          `${kind}, ${label} events: frame p95 (ms)`,
          p95,
          quantile(gaps('vis'), 0.95),
          frameTarget ? '≤ 16.7' : '',
          frameTarget ? p95 <= 16.7 + 0.5 : undefined,
          '',
          1,
        );
        const longTasks = (w: Widget) => runs[w][0]?.[kind]?.longTasks.length ?? NaN;
        add(
          `${kind}, ${label} events: long tasks`,
          longTasks('ours'),
          longTasks('vis'),
          frameTarget ? '0' : '',
          frameTarget ? longTasks('ours') === 0 : undefined,
        );
        if (count === 10_000) {
          const work = quantile(runs.ours[0]?.[kind]?.updateTimes ?? [], 0.95);
          add(
            `${kind}, ${label} events: render+layout per frame, p95 (ms)`,
            work,
            NaN,
            '≤ 8',
            work <= 8,
            '',
            2,
          );
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const loadAfter = load();
  const version = browser.version();
  const header = [
    'measure',
    'diplomacy-timeline',
    'vis-timeline 8.5',
    'ratio (ours / vis)',
    'target',
    'met?',
  ];
  const table = [header, header.map(() => '---'), ...rows]
    .map((r) => `| ${r.join(' | ')} |`)
    .join('\n');
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${version} (headless, software raster)`;
  const report = `# Benchmark results

Run on ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`: ${machine}.
Load average (1 min) ${loadBefore} when it began and ${loadAfter} when it ended, on ${cpus().length} cores.

${table}

How it measures:
- Both widgets get the same synthetic events (test/fixtures/synthetic.ts, seeded; 20 of them
  ranges) in a 1200 × 500 px box, a fresh page per run, ${REPEATS} runs interleaved; medians.
- Before anything is timed, a fresh page waits until the browser is quiet (all its processes
  together under ${QUIET_CPU_MS} ms of CPU in ${QUIET_WINDOW_MS} ms): headless Chromium loads a new window's own
  interface (the omnibox popup, in a renderer of its own) in the background meanwhile.
- First render: from handing over already-parsed JSON (ours: the \`data\` property, so
  validation, normalising and indexing are included; vis-timeline: a DataSet of items made
  beforehand) to the end of the first frame rendered after the widget has drawn (ours:
  marks in the DOM; vis-timeline: its \`changed\` event): a message posted in that frame's
  animation-frame callback, handled once the frame's style, layout and paint are done, so
  layout a widget leaves to the browser counts as much as layout it forces itself.
- Script load: from adding the widget's script to the page (served from this machine) until
  it can be used (ours: the element defined; vis-timeline: the script's load event). Ours
  carries V8's compile hint, so its functions compile here instead of in the first render.
- First render, main-thread CPU: the same interval in one more run of each widget, traced,
  as the thread time of the page's main thread: the work done, without the time spent
  waiting for a core on a busy machine or for the next frame.
- Zoom: ${GESTURE_STEPS} wheel events (deltaY ±100) over the centre; pan: a drag of
  ${GESTURE_STEPS} moves of 20 px; one input event per animation frame, sent through the
  DevTools protocol. Frame times are gaps between animation frames during the gesture;
  long tasks from a PerformanceObserver. A frame p95 up to 17.2 ms counts as the 16.7 ms
  target met: the timestamps of a 60 Hz clock jitter by tenths of a millisecond, while a
  dropped frame shows as a gap of 33 ms.
- Render+layout per frame: the time of the element's Lit \`update()\` (layout and DOM
  update) for each frame of the gesture; input handling in d3-zoom is not included.
- Heap: \`Runtime.getHeapUsage\` after a forced garbage collection; the page also holds the
  dataset's JSON, the same for both widgets.
- vis-timeline is not run above ${VIS_MAX.toLocaleString('en')} events: on this machine it
  needs tens of seconds for 50,000.
`;
  writeFileSync(join(root, 'bench/results.md'), report);
  console.log(table);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

declare global {
  interface Window {
    bench: {
      setup(widget: Widget): Promise<number>;
      render(widget: Widget, count: number): Promise<number>;
      startRecording(): void;
      stopRecording(): Promise<Gesture>;
      domNodes(): number;
      centre(): { x: number; y: number };
    };
  }
}
