// The bench's traced runs: what a performance trace tells that a page's clock cannot, the
// main thread's CPU time. Runs of their own: tracing slows a page down, more so one that makes
// many elements, so the timed runs go untraced.
import type { Browser } from 'playwright-core';
import { type Source, type Widget, drag, openPage, wheel } from './browser.js';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  /** The thread's CPU clock (µs) at the event. */
  tts?: number;
}

function traceEvents(trace: Buffer): TraceEvent[] {
  return (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
}

/**
 * The main thread's CPU time (not wall time) over the first render: the thread time of the
 * tasks between the page's render-start and render-end marks, and of the longest of those
 * tasks. On a machine shared with other work, wall times include waiting for a core; these
 * do not.
 */
export function renderCpu(trace: Buffer): { total: number; longest: number } {
  const events = traceEvents(trace);
  const start = events.find((e) => e.name === 'render-start');
  const end = events.find((e) => e.name === 'render-end' && e.pid === start?.pid);
  if (!start || !end) return { total: NaN, longest: NaN };
  // A task that began before the start mark or ended after the end mark counts for the
  // share of it inside the interval.
  const shares = events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.ts + (e.dur ?? 0) > start.ts &&
        e.ts < end.ts,
    )
    .map((e) => {
      const from = Math.max(e.ts, start.ts);
      const to = Math.min(e.ts + (e.dur ?? 0), end.ts);
      const share = e.dur ? (to - from) / e.dur : 1;
      return ((e.tdur ?? 0) * share) / 1000;
    });
  return { total: shares.reduce((a, b) => a + b, 0), longest: Math.max(0, ...shares) };
}

/**
 * The thread time (ms) of each update the page marked (page.js, `markingUpdates`): its wall
 * time less the time the thread did not run, waiting for a core or blocked. Paired in time
 * order, so a start whose end is missing (an update that threw) is dropped, not paired with
 * the next update's end.
 */
export function updateThreadTimes(trace: Buffer): number[] {
  const marks = traceEvents(trace)
    .filter((e) => (e.name === 'dt-update-start' || e.name === 'dt-update-end') && e.tts)
    .sort((a, b) => a.ts - b.ts);
  const thread = marks.find((e) => e.name === 'dt-update-start');
  const times: number[] = [];
  let open: TraceEvent | undefined;
  for (const mark of marks) {
    if (mark.pid !== thread?.pid || mark.tid !== thread.tid) continue;
    if (mark.name === 'dt-update-start') open = mark;
    else if (open) {
      times.push((mark.tts! - open.tts!) / 1000);
      open = undefined;
    }
  }
  return times;
}

/** One more first render, traced, for its main-thread CPU time. */
export async function measureCpu(
  browser: Browser,
  base: string,
  widget: Widget,
  source: Source,
): Promise<{ total: number; longest: number }> {
  const { page } = await openPage(browser, base, widget);
  try {
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
      ],
    });
    await page.evaluate(([w, s]) => window.bench.render(w, s), [widget, source] as const);
    return renderCpu(await browser.stopTracing());
  } finally {
    await page.close();
  }
}

/** A traced gesture's updates, frame by frame (ms): their wall times and thread times. */
export interface TracedGesture {
  wall: number[];
  cpu: number[];
}

/**
 * Ours zooms and drags as in a timed run, `runs` times, each gesture traced with only the
 * page's marks around each update: the traced pages' own wall times beside the thread
 * times, since tracing, light as it is, may slow them.
 */
export async function measureFrameCpu(
  browser: Browser,
  base: string,
  source: Source,
  runs: number,
): Promise<Record<'zoom' | 'pan', TracedGesture[]>> {
  const traced: Record<'zoom' | 'pan', TracedGesture[]> = { zoom: [], pan: [] };
  for (let r = 0; r < runs; r++) {
    const { page, cdp } = await openPage(browser, base, 'ours');
    try {
      await page.evaluate((s) => window.bench.render('ours', s), source);
      // As a timed run does between its first render and its gestures.
      await cdp.send('HeapProfiler.collectGarbage');
      await page.evaluate(() => {
        window.bench.markingUpdates = true;
      });
      for (const [kind, gesture] of [
        ['zoom', wheel],
        ['pan', drag],
      ] as const) {
        await browser.startTracing(page, { categories: ['blink.user_timing'] });
        const { updateTimes } = await gesture(page, cdp);
        traced[kind].push({
          wall: updateTimes,
          cpu: updateThreadTimes(await browser.stopTracing()),
        });
      }
    } finally {
      await page.close();
    }
  }
  return traced;
}
