import type { Problem } from './problems.js';

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

/** Text without its tags, for headlines and credits. */
function plain(html: unknown): string | undefined {
  if (typeof html !== 'string' && typeof html !== 'number') return undefined;
  const text = decode(String(html).replace(/<[^>]*>/g, '')).trim();
  return text || undefined;
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

/**
 * Colours for groups, in turn: the default dataset's, as csv.ts gives categories named
 * without a colour (a test keeps the two lists equal). Written here too so a TimelineJS file
 * does not load a third chunk for five strings.
 */
export const GROUP_COLORS = ['#0f7a58', '#3d6cc4', '#9a7400', '#9a49bb', '#c2434f'];

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** Converts a TimelineJS file; `problems` lists what it holds that this widget does not show. */
export function fromTimelineJs(raw: Json): { dataset: Json; problems: Problem[] } {
  const problems: Problem[] = [];
  const groups = new Map<string, { id: string; label: string; color: string }>();
  const slide = (s: unknown, i: number, kind: 'events' | 'eras'): Json => {
    const path = `${kind}[${i}]`;
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
        color: GROUP_COLORS[groups.size % GROUP_COLORS.length]!,
      });
    }
    const out: Json = {
      id: plain(s.unique_id) ?? `${kind === 'events' ? 'event' : 'era'}-${i + 1}`,
      start,
      ...(date(s.end_date) ? { end: date(s.end_date) } : {}),
      title: plain(text.headline) ?? plain(text.text)?.slice(0, 80),
      ...(typeof text.text === 'string' && plain(text.text)
        ? { description: htmlToRichText(text.text) }
        : {}),
      ...(group && kind === 'events' ? { category: group } : {}),
    };
    const media = isObject(s.media) ? s.media : undefined;
    const url = typeof media?.url === 'string' ? media.url.trim() : '';
    if (media && url && IMAGE.test(url)) {
      const alt = plain(media.alt) ?? plain(media.caption);
      const credit = plain(media.credit);
      out.media = { src: url, ...(alt ? { alt } : {}), ...(credit ? { credit } : {}) };
    } else if (url) {
      problems.push({ code: 'mediaNotImage', path: `${path}.media.url`, url });
    }
    return out;
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
