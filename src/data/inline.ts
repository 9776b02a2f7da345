import type { CategoryInput, DatasetInput, EventInput, SourceInput } from './schema.js';
import { SAFE_URL } from './safe-url.js';

/**
 * Reads a dataset written inside the element: a `<script type="application/json">` child, or
 * an ordered list the page shows to readers without JavaScript (see `datasetToList` in
 * inline-write.ts for the markup). Everything is read as text (`textContent`, attributes),
 * never as markup, and nothing of the page is cloned or moved: a hostile list runs nothing.
 * The result is checked like any other dataset. A JSON child that does not parse throws.
 */
export function readInline(host: Element): unknown {
  const json = host.querySelector(':scope > script[type="application/json"]');
  if (json) {
    // Malformed JSON throws; the caller words it (importing problems.ts here would split it
    // out of the module into a chunk of its own, one more request on every page).
    return JSON.parse(json.textContent ?? '');
  }
  const list = host.querySelector('ol');
  return list ? datasetFromList(host, list) : { events: [] };
}

/** The parts of an item that are not its title when the title has no element of its own. */
const NOT_TITLE = 'time, p, a, cite, ul, ol, script, style, template, noscript';
const children = (...tags: string[]) => tags.map((tag) => `:scope > ${tag}`).join();
/** An item's title, when it has an element of its own. */
const TITLE = children('h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b');
/** The dataset's title: a heading written in the element, before the list. */
const HEADING = children('h1', 'h2', 'h3', 'h4', 'h5', 'h6');

/** Text as a reader sees it: runs of white space (line breaks of the markup) are one space. */
const text = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The item's own words: text that lies in none of its dated, described or linked parts. */
function looseText(item: Element): string {
  const walker = item.ownerDocument.createTreeWalker(item, NodeFilter.SHOW_TEXT);
  let words = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const part = node.parentElement?.closest(NOT_TITLE);
    if (!part || !item.contains(part)) words += ` ${node.textContent}`;
  }
  return words.replace(/\s+/g, ' ').trim();
}

/** A link is a source; so is a `<cite>`, a source without an address. */
function sourceOf(link: Element): SourceInput {
  const label = text(link) || link.getAttribute('href') || '';
  if (link.localName !== 'a') return { label };
  let url: URL | undefined;
  try {
    url = new URL(link.getAttribute('href') ?? '', link.ownerDocument.baseURI);
  } catch {
    url = undefined;
  }
  return url && SAFE_URL.test(url.href) ? { label, url: url.href } : { label };
}

function eventOf(item: Element, index: number, categories: Map<string, CategoryInput>): EventInput {
  const [start, end] = [...item.querySelectorAll('time')].map(
    (time) => time.getAttribute('datetime') ?? text(time),
  );
  const description = [...item.querySelectorAll('p')].map(text).filter(Boolean).join('\n\n');
  const sources = [...item.querySelectorAll('a[href], cite')].map(sourceOf);
  const category = item.getAttribute('data-category')?.trim();
  if (category && !categories.has(category)) {
    const label = item.getAttribute('data-category-label')?.trim() || category;
    const color = item.getAttribute('data-category-color')?.trim();
    categories.set(category, color ? { id: category, label, color } : { id: category, label });
  }
  const event: EventInput = {
    id: item.getAttribute('data-id')?.trim() || `event-${index + 1}`,
    start: start ?? '',
    title: text(item.querySelector(TITLE)) || looseText(item),
  };
  if (end) event.end = end;
  if (item.hasAttribute('data-circa')) event.circa = true;
  if (description) event.description = description;
  if (category) event.category = category;
  if (sources.length) event.sources = sources;
  return event;
}

function datasetFromList(host: Element, list: Element): DatasetInput {
  const categories = new Map<string, CategoryInput>();
  const events = [...list.querySelectorAll(':scope > li')].map((item, i) =>
    eventOf(item, i, categories),
  );
  const dataset: DatasetInput = { events };
  const title = text(host.querySelector(HEADING)) || list.getAttribute('aria-label')?.trim();
  if (title) dataset.title = title;
  if (categories.size) dataset.categories = [...categories.values()];
  return dataset;
}
