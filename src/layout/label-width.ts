/**
 * Estimates how wide a label is, in pixels, without touching the DOM (layout stays pure and
 * runs off the page). The view caps each label at the width estimated here and ellipsises
 * the rest, so an estimate a little short costs a few letters, never an overlap.
 */
const NARROW = /[\s.,:;'!|()[\]ijltfrI1-]/;
const WIDE = /[MWmw@%ÆŒ]/;

export function estimateTextWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const ch of text) {
    // Measured against Noto Sans and system UI fonts: a little generous, never short by much.
    if (NARROW.test(ch)) ems += 0.3;
    else if (WIDE.test(ch)) ems += 0.9;
    else if (ch >= 'A' && ch <= 'Z') ems += 0.7;
    else ems += 0.62;
  }
  return Math.ceil(ems * fontPx);
}

/**
 * Fonts differ from the estimate by a few per cent; where labels wrap, a line a little too long
 * would push a word onto a line more, so wrapping labels are measured this much wider.
 */
const FONT_MARGIN = 1.1;

/**
 * How wide a box `text` needs to fit on two lines, broken between words where the longer line
 * is shortest (the view balances the lines the same way), with a margin for the font.
 */
export function twoLineWidth(text: string, fontPx: number): number {
  const whole = estimateTextWidth(text, fontPx);
  let best = whole;
  for (let at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) {
    const first = estimateTextWidth(text.slice(0, at), fontPx);
    // The rest costs the whole less the first line and the space between.
    best = Math.min(best, Math.max(first, whole - first - estimateTextWidth(' ', fontPx)));
  }
  return Math.ceil(best * FONT_MARGIN);
}

/**
 * A memo of label widths by event index, filled on first use, so a 100,000-event dataset pays
 * only for the labels that are ever laid out.
 */
export function labelWidthCache(
  size: number,
  label: (index: number) => string,
  fontPx: number,
  maxWidth: number,
  /** Room around the text inside the label (its padding). */
  padding = 0,
  /** Whether a label may wrap onto two lines. */
  wrap = false,
): (index: number) => number {
  const widths = new Float32Array(size).fill(-1);
  return (index) => {
    let w = widths[index]!;
    if (w < 0) {
      const text = label(index);
      const one = estimateTextWidth(text, fontPx);
      if (!wrap) w = Math.min(maxWidth, one + padding);
      else {
        // Where a label may wrap, one a little wider than estimated would break onto a second
        // line: it gets the same margin for the font as a two-line label.
        w = Math.ceil(one * FONT_MARGIN) + padding;
        if (w > maxWidth) w = Math.min(maxWidth, twoLineWidth(text, fontPx) + padding);
      }
      widths[index] = w;
    }
    return w;
  };
}
