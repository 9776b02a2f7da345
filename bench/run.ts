// npm run bench: <diplomacy-timeline> and vis-timeline side by side in headless Chromium, on
// the same data and the same input (wheel and drag sent through the DevTools protocol),
// interleaved, a fresh page for every run. Prints a table and writes it, with the machine it
// ran on and how busy it was, to bench/results.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../scripts/chrome-path.mjs';
import { syntheticDataset } from '../test/fixtures/synthetic.js';
import {
  type Gesture,
  type Source,
  type Widget,
  drag,
  openPage,
  root,
  serve,
  wheel,
} from './browser.js';
import { method } from './method.js';
import { type TracedGesture, measureCpu, measureFrameCpu } from './traced.js';

const SIZES = [1_000, 10_000, 100_000];
/** vis-timeline needs about 40 s for 50,000 events here; 100,000 would take minutes. */
const VIS_MAX = 10_000;
/** vis-timeline gets one try at 100,000 events from the JSON, stopped after this long. */
const VIS_DEADLINE_MS = 30_000;
/** BENCH_REPEATS=1 for a quick look at whether the bench runs; its numbers are not results. */
const REPEATS = Number(process.env.BENCH_REPEATS) || 5;
/** DevTools CPU throttling: a low-end phone, or a kiosk PC. */
const SLOW = 4;
const BUNDLED = '/data/indonesia-digital-diplomacy.json';
/**
 * Traced runs of ours for the per-frame CPU rows: fewer than REPEATS, as each is a page more
 * with both gestures, and a thread's time moves less from page to page than its wall time.
 */
const FRAME_CPU_RUNS = 3;

interface Run {
  /** Loading the widget's script until it can be used (ms). */
  load: number;
  render: number;
  longest: number;
  heapMiB: number;
  domNodes: number;
  zoom?: Gesture;
  pan?: Gesture;
}

interface Options {
  interactive?: boolean;
  throttle?: number;
  /** Give up on the run after this long (the render is then Infinity). */
  deadline?: number;
}

async function measure(
  browser: Browser,
  base: string,
  widget: Widget,
  source: Source,
  { interactive = false, throttle = 1, deadline }: Options = {},
): Promise<Run> {
  const { page, cdp, load } = await openPage(browser, base, widget);
  try {
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const rendering = page.evaluate(([w, s]) => window.bench.render(w, s), [
      widget,
      source,
    ] as const);
    const timedOut = new Promise<undefined>((resolve) => {
      if (deadline) setTimeout(resolve, deadline, undefined);
    });
    const rendered = await Promise.race([rendering, timedOut]);
    if (!rendered) {
      rendering.catch(() => {});
      return { load, render: Infinity, longest: Infinity, heapMiB: NaN, domNodes: NaN };
    }
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const domNodes = await page.evaluate(() => window.bench.domNodes());
    const run: Run = {
      load,
      render: rendered.ms,
      longest: rendered.longest,
      heapMiB: usedSize / 2 ** 20,
      domNodes,
    };
    if (interactive) {
      run.zoom = await wheel(page, cdp);
      run.pan = await drag(page, cdp);
    }
    return run;
  } finally {
    await page.close({ runBeforeUnload: false });
  }
}

/** Runs both widgets `repeats` times on one source, interleaved: both see the same machine. */
async function pair(
  browser: Browser,
  base: string,
  name: string,
  source: Source,
  options: Options & { vis?: boolean; repeats?: number; visRepeats?: number } = {},
): Promise<Record<Widget, Run[]>> {
  const runs: Record<Widget, Run[]> = { ours: [], vis: [] };
  const { vis = true, repeats = REPEATS, visRepeats = repeats } = options;
  for (let r = 0; r < repeats; r++) {
    // Ours zooms and pans in every run, for medians; vis-timeline, which takes most of a
    // minute for each gesture at 10,000 events, in the first.
    runs.ours.push(await measure(browser, base, 'ours', source, options));
    if (vis && r < visRepeats) {
      const interactive = options.interactive && r === 0;
      runs.vis.push(await measure(browser, base, 'vis', source, { ...options, interactive }));
    }
    process.stderr.write(`  ${name}, run ${r + 1}/${repeats}\n`);
  }
  return runs;
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function gzipSize(...files: string[]): number {
  return files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(root, f)), { level: 9 }).length,
    0,
  );
}

const fmt = (n: number, digits = 0) =>
  n === Infinity ? 'stopped' : Number.isFinite(n) ? n.toFixed(digits) : '—';

/** The one-minute load average, to the first decimal: how busy the machine was. */
const load = () => loadavg()[0]!.toFixed(1);

class Table {
  rows: string[][] = [];

  add(
    measure: string,
    ours: number,
    vis: number,
    target: string,
    met: boolean | undefined,
    digits = 0,
  ): void {
    const ratio = Number.isFinite(vis) && vis && Number.isFinite(ours) ? fmt(ours / vis, 3) : '—';
    const visCell =
      vis === Infinity
        ? `not drawn in ${VIS_DEADLINE_MS / 1000} s`
        : Number.isNaN(vis)
          ? 'not run'
          : fmt(vis, digits);
    this.rows.push([
      measure,
      fmt(ours, digits),
      visCell,
      ratio,
      target,
      met === undefined ? '' : met ? 'yes' : '**no**',
    ]);
  }

  /** A row of medians over the runs, with an optional "at most" target. */
  median(
    measure: string,
    runs: Record<Widget, Run[]>,
    field: (run: Run) => number,
    atMost?: number,
    digits = 0,
  ): void {
    const m = (w: Widget) => (runs[w].length ? median(runs[w].map(field)) : NaN);
    const target = atMost === undefined ? '' : `≤ ${atMost.toLocaleString('en')}`;
    this.add(
      measure,
      m('ours'),
      m('vis'),
      target,
      atMost === undefined ? undefined : m('ours') <= atMost,
      digits,
    );
  }

  markdown(): string {
    const header = [
      'measure',
      'diplomacy-timeline',
      'vis-timeline 8.5',
      'ratio (ours / vis)',
      'target',
      'met?',
    ];
    return [header, header.map(() => '---'), ...this.rows]
      .map((r) => `| ${r.join(' | ')} |`)
      .join('\n');
  }
}

/**
 * The zoom and pan rows: for ours, the median over its runs of each run's figure (long tasks:
 * the most in any run); for vis-timeline, its one interactive run. Given `traced` runs
 * (traced.ts), the update per frame in them too: their wall time and thread time.
 */
function gestureRows(
  table: Table,
  runs: Record<Widget, Run[]>,
  label: string,
  count: number,
  traced?: Record<'zoom' | 'pan', TracedGesture[]>,
) {
  for (const kind of ['zoom', 'pan'] as const) {
    const over = (w: Widget, f: (g: Gesture) => number, pick = median) => {
      const values = runs[w].flatMap((r) => (r[kind] ? [f(r[kind])] : []));
      return values.length ? pick(values) : NaN;
    };
    const most = (xs: number[]) => Math.max(...xs);
    const frameMedian = (g: Gesture) => median(g.frameGaps);
    const frameP95 = (g: Gesture) => quantile(g.frameGaps, 0.95);
    const frameTarget = count === 100_000;
    table.add(
      `${kind}, ${label}: frame median (ms)`,
      over('ours', frameMedian),
      over('vis', frameMedian),
      '',
      undefined,
      1,
    );
    // A 60 Hz clock's timestamps jitter by tenths of a millisecond; a dropped frame is 33 ms.
    const p95 = over('ours', frameP95);
    table.add(
      `${kind}, ${label}: frame p95 (ms)`,
      p95,
      over('vis', frameP95),
      frameTarget ? '≤ 16.7' : '',
      frameTarget ? p95 <= 16.7 + 0.5 : undefined,
      1,
    );
    const longTasks = (g: Gesture) => g.longTasks.length;
    const worst = over('ours', longTasks, most);
    table.add(
      `${kind}, ${label}: long tasks (ours: most in one run)`,
      worst,
      over('vis', longTasks),
      frameTarget ? '0' : '',
      frameTarget ? worst === 0 : undefined,
    );
    if (kind === 'pan') {
      const moved = (g: Gesture) => Math.abs(g.moved ?? NaN);
      table.add(
        `pan, ${label}: view moved (px, of 600 dragged)`,
        over('ours', moved),
        over('vis', moved),
        '',
        undefined,
      );
    }
    if (count === 10_000) {
      const work = over('ours', (g) => quantile(g.updateTimes, 0.95));
      table.add(
        `${kind}, ${label}: render+layout per frame, p95 (ms)`,
        work,
        NaN,
        '≤ 8',
        work <= 8,
        2,
      );
    }
    for (const clock of ['wall', 'cpu'] as const) {
      if (!traced) break;
      table.add(
        `${kind}, ${label}: render+layout per frame, p95, traced runs: ${clock === 'wall' ? 'wall time' : 'main-thread CPU'} (ms)`,
        median(traced[kind].map((g) => quantile(g[clock], 0.95))),
        NaN,
        '',
        undefined,
        2,
      );
    }
  }
}

async function main(): Promise<void> {
  const began = Date.now();
  const loadBefore = load();
  const data = new Map(SIZES.map((n) => [n, JSON.stringify(syntheticDataset(n, { ranges: 20 }))]));
  const server = await serve(data);
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: [...chromeArgs, '--enable-precise-memory-info'],
  });
  const table = new Table();
  try {
    const oursBytes = gzipSize('dist/diplomacy-timeline.js');
    const visBytes = gzipSize(
      'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
      'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
    );
    table.add(
      'bundle, JS+CSS min+gzip (KiB)',
      oursBytes / 1024,
      visBytes / 1024,
      '≤ 45',
      oursBytes <= 45 * 1024,
      1,
    );

    const bundled = await pair(browser, base, 'bundled dataset', { src: BUNDLED });
    table.median('script load until ready to use (ms)', bundled, (r) => r.load, undefined, 1);
    table.median('first render, bundled dataset through `src` (ms)', bundled, (r) => r.render, 30);
    const bundledSlow = await pair(
      browser,
      base,
      `bundled dataset, CPU ×${SLOW}`,
      { src: BUNDLED },
      { throttle: SLOW },
    );
    table.median(
      `first render, bundled dataset through \`src\`, CPU ×${SLOW} slower (ms)`,
      bundledSlow,
      (r) => r.render,
      120,
    );

    for (const count of SIZES) {
      const label = `${count.toLocaleString('en')} events`;
      const vis = count <= VIS_MAX;
      const runs = await pair(
        browser,
        base,
        label,
        { count },
        { vis, interactive: count >= 10_000 },
      );
      const cpu = (w: Widget) => measureCpu(browser, base, w, { count });
      const renderTarget = count === 10_000 ? 60 : count === 100_000 ? 400 : undefined;
      table.median(
        `first render, ${label} through \`data\` (ms)`,
        runs,
        (r) => r.render,
        renderTarget,
      );
      if (count === 10_000) {
        const slow = await pair(
          browser,
          base,
          `${label}, CPU ×${SLOW}`,
          { count },
          { throttle: SLOW },
        );
        table.median(
          `first render, ${label} through \`data\`, CPU ×${SLOW} slower (ms)`,
          slow,
          (r) => r.render,
        );
      }
      table.add(
        `first render, ${label}: main-thread CPU (ms)`,
        (await cpu('ours')).total,
        vis ? (await cpu('vis')).total : NaN,
        '',
        undefined,
      );
      table.median(
        `JS heap after ${label} (MiB)`,
        runs,
        (r) => r.heapMiB,
        count === 100_000 ? 40 : undefined,
        1,
      );
      table.median(`DOM elements, ${label}`, runs, (r) => r.domNodes, 2000);
      if (count >= 10_000) {
        const frames =
          count === 10_000
            ? await measureFrameCpu(browser, base, { count }, FRAME_CPU_RUNS)
            : undefined;
        gestureRows(table, runs, label, count, frames);
        // Loading the JSON text: ours through `src`; vis-timeline fetched and parsed by the page.
        const src = { src: `/bench-data/${count}.json` };
        const fromJson = await pair(browser, base, `${label} from JSON`, src, {
          ...(count > VIS_MAX ? { visRepeats: 1, deadline: VIS_DEADLINE_MS } : {}),
        });
        table.median(`first render, ${label} through \`src\` (ms)`, fromJson, (r) => r.render);
        table.median(
          `loading ${label} through \`src\`: longest task (ms)`,
          fromJson,
          (r) => r.longest,
        );
        const traced = (w: Widget) => measureCpu(browser, base, w, src);
        table.add(
          `loading ${label} through \`src\`: longest task, main-thread CPU (ms)`,
          (await traced('ours')).longest,
          count <= VIS_MAX ? (await traced('vis')).longest : NaN,
          '',
          undefined,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const minutes = ((Date.now() - began) / 60_000).toFixed(1);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browser.version()} (headless, software raster)`;
  const report = `# Benchmark results

Run on ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (${minutes} min): ${machine}.
Load average (1 min) ${loadBefore} when it began and ${load()} when it ended, on ${cpus().length} cores.

${table.markdown()}

${method({
  repeats: REPEATS,
  slow: SLOW,
  visMax: VIS_MAX,
  visDeadline: VIS_DEADLINE_MS,
  frameCpuRuns: FRAME_CPU_RUNS,
})}`;
  writeFileSync(join(root, 'bench/results.md'), report);
  console.log(table.markdown());
  console.log(`\n${minutes} min; load average ${loadBefore} → ${load()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
