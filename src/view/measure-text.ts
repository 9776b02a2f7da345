import type { MeasureText } from '../layout/label-width.js';

/** Widths measured so far, by font and text: a title is measured once per font and size. */
const measured = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/**
 * Measures text as the browser sets it, with a canvas in the labels' font (`family`, `weight`
 * as computed on the page). Where no canvas can be had, the layout's estimate stands in.
 */
export function canvasMeasure(family: string, weight: string, fallback: MeasureText): MeasureText {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return fallback;
  watchFont(`${weight} 9px ${family}`);
  return (text, fontPx) => {
    const font = `${weight} ${fontPx}px ${family}`;
    const key = `${font}\n${text}`;
    let width = measured.get(key);
    if (width === undefined) {
      // A dataset of 100,000 titles measured in two languages stays a bounded memo.
      if (measured.size > 50_000) measured.clear();
      ctx.font = font;
      width = ctx.measureText(text).width;
      measured.set(key, width);
    }
    return width;
  };
}

/**
 * Bumped when a web font the labels are set in has loaded (`font-display: swap`): widths
 * measured in its fallback under the same font string are stale. Once per page, not per
 * element.
 */
export let fonts = 0;

const watched = new Set<string>();

/**
 * Asks once per page for the faces of `font` to load, and measures again when they have. Not
 * `loadingdone`: WebKit fires none for a face CSS loads, and its `check()` answers true while
 * one is loading; the promise settles in every engine. Its `dt-fonts` event, of ours (a page's
 * own `loadingdone` listener expects a real one), asks each element's legend for the update
 * that measures the legend and the labels again.
 */
function watchFont(font: string): void {
  const set = document.fonts;
  if (!set || watched.has(font)) return;
  watched.add(font);
  set.load(font).then((faces) => {
    if (!faces.length) return;
    measured.clear();
    fonts++;
    set.dispatchEvent(new Event('dt-fonts'));
  }, Boolean);
}
