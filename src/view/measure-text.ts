import type { MeasureText } from '../layout/label-width.js';
import { compactSizes, embedSizes } from '../layout/sizes.js';

/**
 * Widths measured so far, by font and then by word: a word is measured once per font and size.
 * Replaced (not cleared) when it must be forgotten, so each measure sees it has changed.
 */
let measured = new Map<string, Map<string, number>>();
/** Words in `measured`, all fonts together. */
let words = 0;
let context: CanvasRenderingContext2D | null | undefined;
/** The context's font now: setting it parses the font string again, even the same one. */
let contextFont = '';

/**
 * The labels' font family as the browser computes it from the widget's styles
 * (view/timeline.styles.ts) when a page sets no --dt-font-family: what `warmMeasure` readies.
 */
export const DEFAULT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/**
 * The fonts a first view sets its text in, as [weight, size]: `base` is the widget's own font
 * size (px). Each distinct size and weight is a font of its own to the browser, which finds it
 * through the system's font configuration the first time (0.3 to 2 ms each here, seven of them
 * in a first view). The sizes follow the styles: the title and the search box (base, 650 and
 * 400; a narrow widget's title at 0.9em, timeline.styles.ts), the list button (0.9em,
 * controls.styles.ts), the legend (0.85em, filters.styles.ts), the axis (12px, 400 and 600,
 * marks.styles.ts) and the labels (sizes.ts, wide and compact).
 */
export const firstViewFonts = (base: number): [number, number][] => [
  [400, base],
  [650, base],
  [400, base * 0.9],
  [650, base * 0.9],
  [400, base * 0.85],
  [400, 12],
  [600, 12],
  [400, embedSizes.labelFontPx],
  [400, compactSizes.labelFontPx],
];

/**
 * Readies the canvas, and the fonts a first view uses in `family`: a page's first
 * canvas costs some 3 ms, and each font some 1 ms, which a first render would otherwise pay
 * while the reader waits. The browser keeps a font it has found for the page, layout and
 * canvas alike. The context is the one `canvasMeasure` uses.
 */
export function warmMeasure(base: number, family: string): void {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context || contextFont) return;
  for (const [weight, px] of firstViewFonts(base)) {
    context.font = contextFont = `${weight} ${px}px ${family}`;
    context.measureText('Digital 2017');
  }
}

/**
 * Measures text as the browser sets it, with a canvas in the labels' font (`family`, `weight`
 * as computed on the page). Where no canvas can be had, the layout's estimate stands in.
 */
export function canvasMeasure(family: string, weight: string, fallback: MeasureText): MeasureText {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return fallback;
  watchFont(`${weight} 9px ${family}`);
  // The font's own memo, found once per size rather than per word: a zoom frame measures
  // each new title at every break, and a key of font and word, some 90 characters, was
  // written and hashed for each word.
  let font = '';
  let px = NaN;
  let memo = measured;
  let widths = new Map<string, number>();
  const word = (text: string): number => {
    let width = widths.get(text);
    if (width === undefined) {
      if (contextFont !== font) ctx.font = contextFont = font;
      width = ctx.measureText(text).width;
      widths.set(text, width);
      words++;
    }
    return width;
  };
  // A text is the sum of its words and spaces: browsers shape text word by word, so the sum is
  // the text's width. The layout measures each title broken at every space (label-width.ts),
  // and measured whole, each break would measure the same words again.
  return (text, fontPx) => {
    // A dataset of 100,000 titles measured in two languages stays a bounded memo.
    if (words > 50_000) forget();
    if (fontPx !== px || memo !== measured) {
      [px, memo, font] = [fontPx, measured, `${weight} ${fontPx}px ${family}`];
      widths = measured.get(font) ?? new Map();
      measured.set(font, widths);
    }
    let width = 0;
    let from = 0;
    for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', (from = at + 1))) {
      width += word(text.slice(from, at)) + word(' ');
    }
    return width + word(text.slice(from));
  };
}

function forget(): void {
  measured = new Map();
  words = 0;
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
    forget();
    contextFont = '';
    fonts++;
    set.dispatchEvent(new Event('dt-fonts'));
  }, Boolean);
}
