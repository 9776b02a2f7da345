// The bench's dealings with the browser: a local server for the page and the datasets, fresh
// pages that wait until the browser is quiet, and input sent through the DevTools protocol.
// What is read from traces is in traced.ts.
import type { Server } from 'node:http';
import { join, normalize } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { serveFolder } from '../scripts/static-server.mjs';

export type Widget = 'ours' | 'vis';
/** A dataset's address (`src`), or a synthetic dataset parsed beforehand and handed over. */
export type Source = { src: string } | { count: number };

export const root = normalize(join(import.meta.dirname, '..'));
export const GESTURE_STEPS = 30;
export const QUIET_WINDOW_MS = 200;
/** CPU time all of the browser's processes may use in one window and still count as quiet. */
export const QUIET_CPU_MS = 20;

/** Serves the repository, and the synthetic datasets' JSON at /bench-data/COUNT.json. */
export function serve(data: Map<number, string>): Promise<Server> {
  return serveFolder(root, (path) => {
    const match = /^\/bench-data\/(\d+)\.json$/.exec(path);
    return match ? { body: data.get(Number(match[1])) ?? '', type: 'application/json' } : undefined;
  });
}

export async function openPage(
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

export interface Gesture {
  frameGaps: number[];
  longTasks: number[];
  updateTimes: number[];
  /** How far the view moved, in pixels of the 1200 px drawing (pan only). */
  moved?: number;
}

/** Wheel zoom in then out over the centre, one wheel event a frame, as a mouse would. */
export async function wheel(page: Page, cdp: CDPSession): Promise<Gesture> {
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

/**
 * A drag from the middle of the drawing, one move of 20 px a frame, leftwards. It starts from
 * a view zoomed in 2.5 times from "show everything": there a drag has nothing to pan, and
 * would measure nothing.
 */
export async function drag(page: Page, cdp: CDPSession): Promise<Gesture> {
  const before = await page.evaluate(() => window.bench.zoomIn());
  const { x, y } = await page.evaluate(() => window.bench.centre());
  const at = (i: number) => ({ x: x - i * 20, y });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...at(0) });
  await page.evaluate(() => window.bench.startRecording());
  await cdp.send('Input.dispatchMouseEvent', {
    type: 'mousePressed',
    ...at(0),
    button: 'left',
    clickCount: 1,
  });
  for (let i = 1; i <= GESTURE_STEPS; i++) {
    await cdp.send('Input.dispatchMouseEvent', {
      type: 'mouseMoved',
      ...at(i),
      button: 'left',
      buttons: 1,
    });
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  await cdp.send('Input.dispatchMouseEvent', {
    type: 'mouseReleased',
    ...at(GESTURE_STEPS),
    button: 'left',
    clickCount: 1,
  });
  const gesture = await page.evaluate(() => window.bench.stopRecording());
  const after = await page.evaluate(() => window.bench.view());
  const moved = ((after.start - before.start) / (before.end - before.start)) * 1200;
  return { ...gesture, moved };
}

declare global {
  interface Window {
    bench: {
      setup(widget: Widget): Promise<number>;
      render(widget: Widget, source: Source): Promise<{ ms: number; longest: number }>;
      zoomIn(): Promise<{ start: number; end: number }>;
      view(): { start: number; end: number };
      startRecording(): void;
      stopRecording(): Promise<Gesture>;
      markingUpdates: boolean;
      domNodes(): number;
      centre(): { x: number; y: number };
    };
  }
}
