import { expect } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { setViewport } from '../engine.js';
import { dotOf, isDrawn, markAt, part, parts, pressables } from '../harness.js';
import { accessibleName, until } from '../helpers.js';
import { openPage, timelineIn } from '../pages.js';

/** A host page of test/hosts/ open in an iframe of the test page. */
export interface HostPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & Record<string, unknown>;
  doc: Document;
  /** The page's (first) timeline. */
  timeline: DiplomacyTimeline;
}

/** Opens `path` in a borderless iframe of `width` × `height` and waits for its timeline. */
export async function openHost(path: string, width: number, height: number): Promise<HostPage> {
  const frame = await openPage(path, {
    title: 'host page',
    size: [width, height],
    style: 'display: block; border: 0',
  });
  const timeline = await timelineIn(frame);
  await waitFor(() => frame.contentWindow!.customElements.get('diplomacy-timeline'));
  const win = frame.contentWindow as HostPage['win'];
  return { frame, win, doc: frame.contentDocument!, timeline };
}

/** Waits until the timeline shows marks. */
export async function drawnIn(timeline: DiplomacyTimeline): Promise<void> {
  await waitFor(() => isDrawn(timeline));
}

/** Waits until `check` holds, one animation frame at a time (the test's timeout bounds it). */
export const waitFor = until;

/** Two animation frames of the host page: what an input changed is rendered by then. */
export async function rendered(page: HostPage): Promise<void> {
  await page.timeline.updateComplete;
  for (let i = 0; i < 2; i++) await new Promise((r) => page.win.requestAnimationFrame(r));
  await page.timeline.updateComplete;
}

/** A point of the host page's viewport, in the test page's viewport (for sendMouse). */
export function onScreen(page: HostPage, x: number, y: number): [number, number] {
  const box = page.frame.getBoundingClientRect();
  return [
    Math.round(box.left + page.frame.clientLeft + x),
    Math.round(box.top + page.frame.clientTop + y),
  ];
}

/** The on-screen centre (in the host page's viewport) of event `index`'s dot. */
export function dotCentre(timeline: DiplomacyTimeline, index: number): [number, number] {
  const mark = markAt(timeline, index);
  if (!mark) throw new Error(`event ${index} has no mark drawn`);
  const box = dotOf(mark).getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2];
}

/** The drawing's box on screen, in the host page's viewport. */
export function plotBox(timeline: DiplomacyTimeline): DOMRect {
  return part(timeline, 'plot').getBoundingClientRect();
}

/** Checks that every visible button of the timeline is at least `min` × `min` px. */
export function expectTargetsAtLeast(timeline: DiplomacyTimeline, min: number): void {
  const targets = pressables(timeline).filter((target) => target.checkVisibility());
  expect(targets.length).to.be.greaterThan(10);
  for (const target of targets) {
    const box = target.getBoundingClientRect();
    expect(box.width, accessibleName(target)).to.be.at.least(min);
    expect(box.height, accessibleName(target)).to.be.at.least(min);
  }
}

/** The deck of test/hosts/reveal.html, as much of reveal.js's API as the tests use. */
export interface Deck {
  getIndices(): { h: number };
  isOverview(): boolean;
  slide(h: number): void;
}

/** test/hosts/reveal.html in a 1000 × 700 frame: the deck on slide 2, as `query` asks. */
export async function openDeck(query: string): Promise<HostPage & { deck: Deck }> {
  await setViewport({ width: 1100, height: 800 });
  const page = await openHost(`/test/hosts/reveal.html?${query}`, 1000, 700);
  await waitFor(() => page.win.deckReady);
  await page.win.deckReady;
  await drawnIn(page.timeline);
  return { ...page, deck: page.win.deck as Deck };
}

/** The event mark drawn nearest the middle of the drawing. */
export function middleMark(page: HostPage): number {
  const box = plotBox(page.timeline);
  const middle = box.left + box.width / 2;
  const indices = parts(page.timeline, 'event').map((mark) => Number(mark.dataset.index));
  const distance = (i: number) => Math.abs(dotCentre(page.timeline, i)[0] - middle);
  return indices.reduce((best, i) => (distance(i) < distance(best) ? i : best));
}

/**
 * Zooms the deck's timeline in so that it can move, then gives where a 200 px drag to the
 * right starts (on the test page's screen: 100 px left of the drawing's middle, `top` px down
 * it, the middle when not given) and how far, in screen pixels, the content has followed it.
 */
export async function dragFrom(
  page: HostPage,
  top?: number,
): Promise<{ x: number; y: number; followed: () => number }> {
  page.timeline.zoomBy(4);
  await rendered(page);
  const before = page.timeline.visibleRange;
  const span = before.end.getTime() - before.start.getTime();
  const box = plotBox(page.timeline);
  const [x, y] = onScreen(page, box.left + box.width / 2 - 100, box.top + (top ?? box.height / 2));
  const followed = () =>
    ((before.start.getTime() - page.timeline.visibleRange.start.getTime()) / span) * box.width;
  return { x, y, followed };
}
