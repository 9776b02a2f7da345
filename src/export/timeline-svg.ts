import type { Dataset } from '../data/model.js';
import { formatCompactCount, formatTick, pickText } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { estimateTextWidth } from '../layout/label-width.js';
import { type Rows, markTop } from '../layout/rows.js';
import type { TimelineLayout } from '../layout/timeline-layout.js';

/** The theme as resolved on the page, so the picture looks like the widget it came from. */
export interface ImageTheme {
  readonly background: string;
  readonly color: string;
  readonly muted: string;
  readonly mark: string;
  readonly axis: string;
  readonly grid: string;
  readonly surface: string;
  readonly fontFamily: string;
  /** The labels' type size as drawn (the mode's, or the page's --dt-label-font-size). */
  readonly labelFontPx: number;
}

/** The view to draw, as the widget laid it out for the screen. */
export interface ImageInput {
  readonly layout: TimelineLayout;
  readonly rows: Rows;
  readonly width: number;
  readonly dataset: Dataset;
  readonly m: Messages;
  readonly dotRadius: number;
  /** Height of a mark's row (its pointer target); the dot sits in its middle. */
  readonly targetSize: number;
  readonly theme: ImageTheme;
  /** Where the picture was made, for its source line. */
  readonly address: string;
}

export interface TimelineImage {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const TITLE_HEIGHT = 40;
const FOOTER_PAD = 6;
const LINE_HEIGHT = 16;

/** Dataset text is untrusted: everything written into the SVG goes through here. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!,
  );
}

/** Cuts text to fit `width` pixels (as estimated for the layout), ending it with an ellipsis. */
function fit(text: string, width: number, fontPx: number): string {
  if (estimateTextWidth(text, fontPx) <= width) return text;
  let cut = text;
  while (cut && estimateTextWidth(`${cut}…`, fontPx) > width) cut = cut.slice(0, -1);
  return cut ? `${cut.trimEnd()}…` : '';
}

const n = (x: number) => Number(x.toFixed(1));

/** "Sources: A; B", the sources of the events in the picture, or '' when they have none. */
export function sourcesOf(input: ImageInput): string {
  const { m, dataset, layout } = input;
  const labels = new Set<string>();
  for (const item of [...layout.ranges, ...layout.marks]) {
    for (const source of dataset.events[item.index]!.sources) {
      labels.add(pickText(source.label, m.lang).text);
    }
  }
  return labels.size ? `${m.sources}: ${[...labels].join('; ')}` : '';
}

/** Breaks text into at most `max` lines of `width` pixels, the last one ellipsised if need be. */
function wrap(text: string, width: number, fontPx: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, fontPx) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), fit(lines.slice(max - 1).join(' ') + ' …', width, fontPx)];
}

/**
 * The current view as a standalone SVG: the dataset's title, the ranges, marks, clusters and
 * axis exactly where the screen has them (the same TimelineLayout), and a source line. Pure:
 * strings in, a string out, so it is tested without a page and drawn onto a canvas for PNG.
 */
export function timelineSvg(input: ImageInput): TimelineImage {
  const { layout, rows, dataset, m, theme } = input;
  // Whole pixels, so the PNG is exactly PNG_SCALE times the picture.
  const width = Math.ceil(input.width);
  const drawingHeight = rows.axisTop + 30;
  // The source line: the events' sources (two lines at most), then where the view was made.
  const footer = [...wrap(sourcesOf(input), width - 24, 12, 2), fit(input.address, width - 24, 12)];
  const height = Math.ceil(TITLE_HEIGHT + drawingHeight + FOOTER_PAD + footer.length * LINE_HEIGHT);
  const out: string[] = [];
  const title = dataset.title ? pickText(dataset.title, m.lang).text : m.timeline;

  out.push(`<rect width="${width}" height="${height}" fill="${escapeXml(theme.background)}"/>`);
  out.push(
    `<text x="12" y="26" font-size="18" font-weight="700" fill="${escapeXml(theme.color)}">${escapeXml(fit(title, width - 24, 18))}</text>`,
  );
  out.push(`<g transform="translate(0,${TITLE_HEIGHT})">`);
  let grid = '';
  for (const tick of layout.ticks) grid += `M${n(tick.x)},0V${rows.axisTop}`;
  if (grid) out.push(`<path d="${grid}" stroke="${escapeXml(theme.grid)}"/>`);
  drawRanges(input, out);
  drawMarks(input, out);
  drawClusters(input, out);
  drawAxis(input, width, out);
  out.push('</g>');
  footer.forEach((line, i) => {
    const y = TITLE_HEIGHT + drawingHeight + FOOTER_PAD + (i + 1) * LINE_HEIGHT - 4;
    out.push(
      `<text x="12" y="${y}" font-size="12" fill="${escapeXml(theme.muted)}">${escapeXml(line)}</text>`,
    );
  });

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(theme.fontFamily)}" lang="${escapeXml(m.lang)}">` +
    `<title>${escapeXml(title)}</title>${out.join('')}</svg>`;
  return { svg, width, height };
}

const colorOf = ({ dataset, theme }: ImageInput, index: number) =>
  dataset.events[index]!.category?.color ?? theme.mark;

function drawRanges(input: ImageInput, out: string[]): void {
  const { layout, rows, dataset, m, theme } = input;
  const px = theme.labelFontPx;
  for (const range of layout.ranges) {
    const y = rows.rangeLaneTop(range.lane);
    const w = Math.max(range.x1 - range.x0, 4);
    const color = colorOf(input, range.index);
    const label = pickText(dataset.events[range.index]!.title, m.lang).text;
    out.push(
      `<rect x="${n(range.x0)}" y="${y}" width="${n(w)}" height="24" rx="4" fill="${escapeXml(color)}" fill-opacity="0.22"/>`,
      `<rect x="${n(range.x0)}" y="${y}" width="4" height="24" fill="${escapeXml(color)}"/>`,
      `<text x="${n(range.x0 + 10)}" y="${y + 16}" font-size="${px}" fill="${escapeXml(theme.color)}">${escapeXml(fit(label, Math.max(range.labelWidth, w - 12), px))}</text>`,
    );
  }
}

function drawMarks(input: ImageInput, out: string[]): void {
  const { layout, rows, dataset, m, theme } = input;
  const px = theme.labelFontPx;
  const r = input.dotRadius;
  for (const mark of layout.marks) {
    const e = dataset.events[mark.index]!;
    const cy = markTop(rows, mark) + input.targetSize / 2;
    const color = colorOf(input, mark.index);
    out.push(
      `<path d="M${n(mark.x)},${cy}V${rows.axisTop}" stroke="${escapeXml(theme.axis)}" stroke-opacity="0.55"/>`,
      e.circa
        ? `<circle cx="${n(mark.x)}" cy="${cy}" r="${r - 1}" fill="${escapeXml(theme.background)}" stroke="${escapeXml(color)}" stroke-width="2" stroke-dasharray="3 2"/>`
        : `<circle cx="${n(mark.x)}" cy="${cy}" r="${r - 1}" fill="${escapeXml(color)}" stroke="${escapeXml(theme.background)}" stroke-width="2"/>`,
    );
    if (mark.labelWidth > 0) {
      // A label the layout wrapped is drawn on its two or three lines, as on screen.
      const title = pickText(e.title, m.lang).text;
      const lines =
        mark.lines > 1
          ? wrap(title, mark.labelWidth - 8, px, mark.lines)
          : [fit(title, mark.labelWidth - 8, px)];
      const x = mark.flipped ? mark.x - r - 6 : mark.x + r + 6;
      // Lines as far apart as on screen (.wrapped .label: line-height 1.08).
      const lineHeight = Math.round(1.08 * px);
      lines.forEach((line, i) => {
        const y = cy + 4.5 + (i - (lines.length - 1) / 2) * lineHeight;
        out.push(
          `<text x="${n(x)}" y="${n(y)}" font-size="${px}" text-anchor="${mark.flipped ? 'end' : 'start'}" fill="${escapeXml(theme.color)}">${escapeXml(line)}</text>`,
        );
      });
    }
  }
}

function drawClusters({ layout, rows, m, theme, targetSize }: ImageInput, out: string[]): void {
  for (const cluster of layout.clusters) {
    const x = cluster.x - cluster.width / 2;
    out.push(
      `<rect x="${n(x)}" y="${rows.clusterTop}" width="${n(cluster.width)}" height="${targetSize}" rx="${targetSize / 2}" fill="${escapeXml(theme.surface)}" stroke="${escapeXml(theme.axis)}"/>`,
      `<text x="${n(cluster.x)}" y="${rows.clusterTop + 18}" font-size="12" font-weight="600" text-anchor="middle" fill="${escapeXml(theme.color)}">${escapeXml(formatCompactCount(m, cluster.count))}</text>`,
    );
  }
}

/** The axis line, its ticks and their labels (the first and last kept inside the picture). */
function drawAxis({ layout, rows, m, theme }: ImageInput, width: number, out: string[]): void {
  let ticks = `M0,${rows.axisTop + 0.5}H${width}`;
  for (const tick of layout.ticks) ticks += `M${n(tick.x)},${rows.axisTop}v6`;
  out.push(`<path d="${ticks}" stroke="${escapeXml(theme.axis)}"/>`);
  for (const tick of layout.ticks) {
    const anchor = tick.x < 24 ? 'start' : tick.x > width - 24 ? 'end' : 'middle';
    out.push(
      `<text x="${n(tick.x)}" y="${rows.axisTop + 20}" font-size="12" text-anchor="${anchor}" fill="${escapeXml(tick.major ? theme.color : theme.muted)}"${tick.major ? ' font-weight="600"' : ''}>${escapeXml(formatTick(m, tick.time, tick.unit, tick.major))}</text>`,
    );
  }
}
