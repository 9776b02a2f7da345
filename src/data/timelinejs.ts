import { providerOf } from './media-kind.js';
import { CATEGORY_PALETTE } from './palette.js';
import type { Path, Problem } from './problems.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * TimelineJS (Knight Lab) files: `{ title?, events: [slide], eras?: [era], scale? }` where a
 * slide has `start_date` / `end_date` (`{ year, month?, day?, hour?, …, display_date? }`),
 * `text: { headline, text }` (text in HTML), `media: { url, caption, credit, alt }`, `group`
 * and `unique_id`. This module turns one into our dataset's JSON form, which the schema then
 * checks like any other; what we cannot show is returned as problems to tell the reader.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Text without its tags, for headlines, captions and credits: a string operation that never
 * parses the markup as HTML, so nothing in it can run. Script and style bodies go with their
 * tags; a tag ends a word.
 */
function plain(html: unknown): string | undefined {
  if (typeof html !== 'string' && typeof html !== 'number') return undefined;
  const text = decode(
    String(html)
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

/** The first sentence of a text, at most about 80 characters: a title for an event without. */
function firstSentence(text: string): string {
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  if (sentence.length <= 80) return sentence;
  const cut = sentence.lastIndexOf(' ', 79);
  return `${sentence.slice(0, cut > 40 ? cut : 79)}…`;
}

/**
 * TimelineJS descriptions are HTML; ours are a small Markdown subset. Paragraphs, bold,
 * italic and links are kept in that subset and every other tag is dropped (its text stays),
 * so the one sanitiser still decides what reaches the page.
 */
export function htmlToRichText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p\s*>|<p(?:\s[^>]*)?>/gi, '\n\n')
    .replace(/<\/?(?:strong|b)(?:\s[^>]*)?>/gi, '**')
    .replace(/<\/?(?:em|i)(?:\s[^>]*)?>/gi, '*')
    .replace(
      /<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a\s*>/gi,
      (_, dq: string | undefined, sq: string | undefined, label: string) =>
        `[${label.replace(/<[^>]*>/g, '')}](${decode(dq ?? sq ?? '').trim()})`,
    )
    .replace(/<[^>]*>/g, '');
  return decode(text)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

function pad(value: unknown, length: number): string {
  return String(value).trim().padStart(length, '0');
}

/** `{ year: 2017, month: 1 }` → "2017-01"; hours and smaller are not kept. */
function date(value: unknown): string | undefined {
  if (!isObject(value) || value.year === undefined || value.year === '') return undefined;
  let out = pad(value.year, 4);
  if (value.month === undefined || value.month === '') return out;
  out += `-${pad(value.month, 2)}`;
  if (value.day === undefined || value.day === '') return out;
  return `${out}-${pad(value.day, 2)}`;
}

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/**
 * A slide's media in our form: an image, a player or a link by its address, a quote from a
 * `<blockquote>`, the address of an `<iframe>` embed code. `path` is where its address is
 * in the file, for the notice when it cannot be shown.
 */
function mediaOf(media: Json, path: Path, problems: Problem[]): Json | undefined {
  const raw = typeof media.url === 'string' ? media.url.trim() : '';
  if (!raw) return undefined;
  const caption = plain(media.caption);
  const credit = plain(media.credit);
  const words = { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
  if (/^<blockquote[\s>]/i.test(raw)) {
    const quote = htmlToRichText(raw);
    return quote ? { kind: 'quote', quote, ...words } : undefined;
  }
  // An embed code (`<iframe src="…">`): its address is what a reader can follow.
  const embedded = raw.startsWith('<') ? /\ssrc\s*=\s*["']([^"']+)["']/i.exec(raw)?.[1] : raw;
  let url = embedded === undefined ? '' : decode(embedded).trim();
  if (url.startsWith('//')) url = `https:${url}`;
  const web = /^https?:\/\//i.test(url);
  // Beside the web, only an image beside the file: a relative address that names one.
  if (!web && (!IMAGE.test(url) || /^[a-z][a-z0-9+.-]*:/i.test(url))) {
    problems.push({ code: 'mediaAddress', path, url: url || (plain(raw) ?? '…') });
    return undefined;
  }
  const kind = IMAGE.test(url) ? 'image' : (providerOf(url)?.kind ?? 'link');
  if (kind !== 'image') return { kind, src: url, ...words };
  const alt = plain(media.alt) ?? caption;
  return { kind, src: url, ...(alt ? { alt } : {}), ...(credit ? { credit } : {}) };
}

/** Where the parts of a slide are in the file, for notices: TimelineJS 3 or 2 names. */
interface Places {
  readonly events: Path;
  readonly eras: Path;
  readonly media: Path;
}

const VERSION_3: Places = { events: ['events'], eras: ['eras'], media: ['media', 'url'] };
const VERSION_2: Places = {
  events: ['timeline', 'date'],
  eras: ['timeline', 'era'],
  media: ['asset', 'media'],
};

/**
 * Converts TimelineJS 3 slides, given in its form (see VERSION_2 for the older one). One idea
 * over 60 lines: each slide becomes an event while the same pass collects groups and problems.
 */
function convert(
  raw: Json,
  places: Places,
  problems: Problem[],
): { dataset: Json; problems: Problem[] } {
  const groups = new Map<string, { id: string; label: string; color: string }>();
  const slide = (s: unknown, i: number, kind: 'events' | 'eras'): Json => {
    const path = [...places[kind], i];
    if (!isObject(s)) return {};
    const text = isObject(s.text) ? s.text : {};
    const start = date(s.start_date);
    const display =
      s.display_date ?? (isObject(s.start_date) ? s.start_date.display_date : undefined);
    if (display !== undefined && !start) {
      problems.push({ code: 'displayDateOnly', path, value: String(display) });
    } else if (display !== undefined) {
      problems.push({ code: 'displayDate', path, value: String(display) });
    }
    const group = plain(s.group);
    if (group && kind === 'events' && !groups.has(group)) {
      groups.set(group, {
        id: group,
        label: group,
        color: CATEGORY_PALETTE[groups.size % CATEGORY_PALETTE.length]!,
      });
    }
    const media = isObject(s.media)
      ? mediaOf(s.media, [...path, ...places.media], problems)
      : undefined;
    // A slide may have only text or only media: its title is then made up, and said so.
    let title = plain(text.headline);
    if (!title && start) {
      const words = plain(text.text);
      const caption = isObject(s.media) ? plain(s.media.caption) : undefined;
      const from = words ? 'text' : caption ? 'caption' : 'date';
      title = words ? firstSentence(words) : (caption ?? String(display ?? start));
      problems.push({ code: 'madeUpTitle', path, title, from });
    }
    return {
      id: plain(s.unique_id) ?? `${kind === 'events' ? 'event' : 'era'}-${i + 1}`,
      start,
      ...(date(s.end_date) ? { end: date(s.end_date) } : {}),
      title,
      ...(typeof text.text === 'string' && plain(text.text)
        ? { description: htmlToRichText(text.text) }
        : {}),
      ...(group && kind === 'events' ? { category: group } : {}),
      ...(media ? { media } : {}),
    };
  };
  const events = Array.isArray(raw.events) ? raw.events.map((s, i) => slide(s, i, 'events')) : [];
  const eras = Array.isArray(raw.eras) ? raw.eras.map((s, i) => slide(s, i, 'eras')) : [];
  const title = isObject(raw.title) && isObject(raw.title.text) ? raw.title.text : undefined;
  const heading = plain(title?.headline);
  const about = typeof title?.text === 'string' ? plain(title.text) : undefined;
  return {
    dataset: {
      ...(heading ? { title: heading } : {}),
      ...(about ? { description: about } : {}),
      categories: [...groups.values()],
      events: [...events, ...eras],
    },
    problems,
  };
}

/**
 * A TimelineJS 2 date, `"1932,2,27"` (year, month, day, and a time we do not keep), in the
 * form of TimelineJS 3; `null` when it is not one.
 */
function version2Date(value: unknown): Json | null | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const parts = String(value)
    .trim()
    .split(/\s*,\s*/);
  if (!parts.every((part) => /^-?\d+$/.test(part))) return null;
  const [year, month, day] = parts;
  return { year, ...(month ? { month } : {}), ...(month && day ? { day } : {}) };
}

/**
 * A TimelineJS 2 file (`{ timeline: { headline, text, date: [ … ], era: [ … ] } }`, dates
 * as `"1932,2,27"`, media under `asset`) in the form of TimelineJS 3.
 */
function fromVersion2(timeline: Json, problems: Problem[]): Json {
  const slide = (d: unknown, i: number, list: string): Json => {
    if (!isObject(d)) return {};
    const dates: Json = {};
    for (const [from, to] of [
      ['startDate', 'start_date'],
      ['endDate', 'end_date'],
    ] as const) {
      const value = version2Date(d[from]);
      if (value === null) {
        problems.push({
          code: 'notDate',
          path: ['timeline', list, i, from],
          value: String(d[from]),
        });
      } else if (value) dates[to] = value;
    }
    const asset = isObject(d.asset) ? d.asset : undefined;
    return {
      ...dates,
      text: { headline: d.headline, text: d.text },
      ...(asset
        ? { media: { url: asset.media, caption: asset.caption, credit: asset.credit } }
        : {}),
      ...(d.tag !== undefined ? { group: d.tag } : {}),
    };
  };
  const list = (name: string) =>
    Array.isArray(timeline[name])
      ? (timeline[name] as unknown[]).map((d, i) => slide(d, i, name))
      : [];
  return {
    title: { text: { headline: timeline.headline, text: timeline.text } },
    events: list('date'),
    eras: list('era'),
  };
}

/**
 * Converts a TimelineJS file, version 3 or 2; `problems` lists what it holds that this widget
 * shows otherwise or not at all.
 */
export function fromTimelineJs(raw: Json): { dataset: Json; problems: Problem[] } {
  const problems: Problem[] = [];
  if (isObject(raw.timeline) && Array.isArray(raw.timeline.date)) {
    return convert(fromVersion2(raw.timeline, problems), VERSION_2, problems);
  }
  return convert(raw, VERSION_3, problems);
}
