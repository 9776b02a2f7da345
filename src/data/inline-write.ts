import { formatEventDate, pickText } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { Precision } from './dates.js';
import type { Dataset, LocalizedText, TimelineEvent } from './model.js';

/** Text for an HTML text node or a quoted attribute value. */
const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const pad = (n: number) => String(n).padStart(2, '0');

/** A `datetime` for an instant at its precision, as the dataset wrote it: `2017-01`. */
function isoDate(time: number, precision: Precision): string {
  const date = new Date(time);
  const year = String(date.getFullYear()).padStart(4, '0');
  if (precision === 'decade') return `${year.slice(0, 3)}X`;
  if (precision === 'year') return year;
  const month = `${year}-${pad(date.getMonth() + 1)}`;
  return precision === 'month' ? month : `${month}-${pad(date.getDate())}`;
}

/**
 * The writing of inline-list markdown in every place that makes it: plain text, escaped, in
 * the reader's language (another when it is missing, marked with `lang`).
 */
function words(text: LocalizedText | undefined, lang: string): string {
  const picked = pickText(text, lang);
  const escaped = escapeHtml(picked.text);
  return picked.lang ? `<span lang="${picked.lang}">${escaped}</span>` : escaped;
}

function item(e: TimelineEvent, m: Messages): string {
  const attributes = [`data-id="${escapeHtml(e.id)}"`];
  if (e.category) {
    attributes.push(`data-category="${escapeHtml(e.category.id)}"`);
    const label = pickText(e.category.label, m.lang).text;
    if (label && label !== e.category.id)
      attributes.push(`data-category-label="${escapeHtml(label)}"`);
    if (e.category.color) attributes.push(`data-category-color="${e.category.color}"`);
  }
  if (e.circa) attributes.push('data-circa');
  const start = isoDate(e.start, e.startPrecision);
  // The dates read as the widget writes them; each `datetime` keeps the dataset's value.
  const dates =
    e.end === undefined
      ? `<time datetime="${start}">${escapeHtml(formatEventDate(m, e))}</time>`
      : `<time datetime="${start}">${escapeHtml(formatEventDate(m, { ...e, end: undefined, circa: false }))}</time> – ` +
        `<time datetime="${isoDate(e.end, e.endPrecision ?? e.startPrecision)}">${escapeHtml(
          formatEventDate(m, {
            start: e.end,
            startPrecision: e.endPrecision ?? e.startPrecision,
            circa: false,
          }),
        )}</time>`;
  const lines = [
    `  <li ${attributes.join(' ')}>`,
    `    ${dates}`,
    `    <strong>${words(e.title, m.lang)}</strong>`,
  ];
  const description = pickText(e.description, m.lang);
  const lang = description.lang ? ` lang="${description.lang}"` : '';
  for (const paragraph of description.text.split(/\n\s*\n/)) {
    if (paragraph.trim()) lines.push(`    <p${lang}>${escapeHtml(paragraph.trim())}</p>`);
  }
  const links = e.sources.map((s) =>
    s.url
      ? `<a href="${escapeHtml(s.url)}">${words(s.label, m.lang)}</a>`
      : `<cite>${words(s.label, m.lang)}</cite>`,
  );
  if (links.length) lines.push(`    ${links.join(' · ')}`);
  lines.push('  </li>');
  return lines.join('\n');
}

/**
 * The dataset as the ordered list `<diplomacy-timeline>` reads (data/inline.ts): what readers,
 * crawlers and feeds see without JavaScript, in the language of `m`. Put it inside the element,
 * with or without `src`.
 */
export function datasetToList(dataset: Dataset, m: Messages): string {
  const title = pickText(dataset.title, m.lang).text;
  const label = title ? ` aria-label="${escapeHtml(title)}"` : '';
  return [`<ol${label}>`, ...dataset.events.map((e) => item(e, m)), '</ol>'].join('\n');
}
