/**
 * How wide labels are. The layout stays pure: it is given a function that measures text (the
 * browser's canvas with the labels' real font, see view/measure-text.ts), and falls back on an
 * estimate from the characters (for Node and for tests).
 */

/** Width in pixels of `text` set in the labels' font at `fontPx`. */
export type MeasureText = (text: string, fontPx: number) => number;

const NARROW = /[\s.,:;'!|()[\]ijltfrI1-]/;
const WIDE = /[MWmw@%ÆŒ]/;

/** An estimate of a text's width from its characters, without a font: a little generous. */
export const estimateTextWidth: MeasureText = (text, fontPx) => {
  let ems = 0;
  for (const ch of text) {
    // Measured against Noto Sans and system UI fonts: a little generous, never short by much.
    if (NARROW.test(ch)) ems += 0.3;
    else if (WIDE.test(ch)) ems += 0.9;
    else if (ch >= 'A' && ch <= 'Z') ems += 0.7;
    else ems += 0.62;
  }
  return Math.ceil(ems * fontPx);
};

/**
 * How wide `text` is broken between words into at most `lines` lines where the widest of them
 * is narrowest; `at` gets the offsets of the spaces it breaks at. The search itself builds no
 * array: a zoom frame runs it for every label it tries.
 */
function balance(
  text: string,
  lines: number,
  fontPx: number,
  measure: MeasureText,
  at?: number[],
): number {
  let best = measure(text, fontPx);
  let breakAt = 0;
  for (let i = lines > 1 ? text.indexOf(' ') : -1; i > 0; i = text.indexOf(' ', i + 1)) {
    const first = measure(text.slice(0, i), fontPx);
    // A longer first line cannot make the widest line narrower.
    if (first >= best) break;
    const width = Math.max(first, balance(text.slice(i + 1), lines - 1, fontPx, measure));
    if (width < best) {
      best = width;
      breakAt = i;
    }
  }
  if (at && breakAt) {
    // The rest broken again, once, for where its own lines break.
    const rest: number[] = [];
    balance(text.slice(breakAt + 1), lines - 1, fontPx, measure, rest);
    at.push(breakAt, ...rest.map((b) => breakAt + 1 + b));
  }
  return best;
}

/**
 * How wide a box `text` needs to fit on two lines, broken between words where the longer line
 * is shortest (the view breaks its lines there: `LabelWidths.broken`; a browser filling the
 * first line up to this width leaves no more than this for the second).
 */
export function twoLineWidth(
  text: string,
  fontPx: number,
  measure: MeasureText = estimateTextWidth,
): number {
  return Math.ceil(balance(text, 2, fontPx, measure));
}

/**
 * How wide a box `text` needs to fit on three lines: the first line broken where the wider of
 * it and the other two, balanced, is narrowest.
 */
export function threeLineWidth(
  text: string,
  fontPx: number,
  measure: MeasureText = estimateTextWidth,
): number {
  return Math.ceil(balance(text, 3, fontPx, measure));
}

/**
 * `text` cut between words so that, with "…" after it, it fills no more than `lines` lines
 * `room` pixels wide, as a browser fills them (a balanced label takes no more lines than that);
 * whole where it fits. Where not even its first word fits, it is left whole, for the browser to
 * cut inside the word.
 */
export function cutAtWord(
  text: string,
  room: number,
  lines: number,
  fontPx: number,
  measure: MeasureText = estimateTextWidth,
): string {
  const words = text.split(' ');
  let kept = 0;
  let line = '';
  for (let n = 1; n <= lines && kept < words.length; n++, line = '') {
    for (; kept < words.length; kept++) {
      const next = line ? `${line} ${words[kept]}` : words[kept]!;
      // The last line keeps room for the ellipsis, unless the title ends on it.
      const ends = n === lines && kept < words.length - 1 ? '…' : '';
      if (measure(next + ends, fontPx) > room) break;
      line = next;
    }
  }
  if (kept === words.length || !kept) return text;
  return `${words
    .slice(0, kept)
    .join(' ')
    .replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** An event's label width on one line, callable, with its width on two lines beside it. */
export interface LabelWidths {
  /** The whole title on one line, with the label's padding. */
  (index: number): number;
  /** The whole title on two balanced lines, with the padding; as `one` when it cannot break. */
  wrapped(index: number): number;
  /** The whole title on three lines, with the padding; as `wrapped` when no narrower. */
  three(index: number): number;
  /** The title cut between words to fit a label `width` wide (with padding) on `lines` lines. */
  cut(index: number, width: number, lines: number): string;
  /**
   * The whole title, to fill as few lines as a label `width` wide (with padding) holds, broken
   * where they are most even: the spaces inside each line are no-break spaces, so a browser
   * breaks only there. Unlike a forced line break, a reader's search of the page still finds
   * the words across it, and what is copied reads as one line.
   */
  broken(index: number, width: number): string;
}

/**
 * A memo of label widths by event index, filled on first use, so a 100,000-event dataset pays
 * only for the labels that are ever laid out, and a zoom frame measures nothing it measured
 * before.
 */
export function labelWidthCache(
  size: number,
  label: (index: number) => string,
  fontPx: number,
  /** Room around the text inside the label (its padding). */
  padding = 0,
  measure: MeasureText = estimateTextWidth,
): LabelWidths {
  /** `width`, remembered by event index: a width is never below 0. */
  const memo = (width: (index: number) => number) => {
    const widths = new Float32Array(size).fill(-1);
    return (index: number) => {
      let w = widths[index]!;
      if (w < 0) widths[index] = w = width(index);
      return w;
    };
  };
  // A pixel for the rounding of the box to whole pixels.
  const box = (w: number) => Math.ceil(w) + padding + 1;
  const one = memo((index) => box(measure(label(index), fontPx)));
  const wrapped = memo((index) =>
    Math.min(one(index), box(twoLineWidth(label(index), fontPx, measure))),
  );
  const three = memo((index) =>
    Math.min(wrapped(index), box(threeLineWidth(label(index), fontPx, measure))),
  );
  const cut = (index: number, width: number, lines: number) =>
    cutAtWord(label(index), width - padding - 1, lines, fontPx, measure);
  // On two lines and on three, by event index: a zoom frame shows again what it showed before.
  const shown = [new Map<number, string>(), new Map<number, string>()];
  const broken = (index: number, width: number) => {
    const lines = width >= one(index) ? 1 : width >= wrapped(index) ? 2 : 3;
    if (lines === 1) return label(index);
    const memo = shown[lines - 2]!;
    let text = memo.get(index);
    if (text === undefined) {
      const title = label(index);
      const at: number[] = [];
      balance(title, lines, fontPx, measure, at);
      // Its spaces, line breaks and tabs inside a line are no-break spaces, one for one.
      const line = (start: number, end: number) =>
        title.slice(start, end).replace(/[\t\n\f\r ]/g, '\u00a0');
      const ends = [...at, title.length];
      text = at.length
        ? ends.map((end, i) => line(i ? ends[i - 1]! + 1 : 0, end)).join(' ')
        : title;
      memo.set(index, text);
    }
    return text;
  };
  return Object.assign(one, { wrapped, three, cut, broken });
}
