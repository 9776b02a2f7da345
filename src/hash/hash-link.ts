/**
 * The part of a page's URL hash that belongs to one widget: `#dt-event=digital-command-center&
 * dt-range=2015-01-01~2019-01-01`. Each widget owns the keys that start with its prefix, so
 * two widgets (and the page's own anchors) share one hash without touching each other's parts.
 */
export interface HashLink {
  /** Id of the chosen event. */
  readonly event?: string;
  /** The view, as two dates zoomTo() reads. */
  readonly range?: readonly [string, string];
}

const RANGE_SEPARATOR = '~';

function entries(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter(Boolean);
}

function valueOf(entry: string, key: string): string | undefined {
  if (!entry.startsWith(`${key}=`)) return undefined;
  try {
    return decodeURIComponent(entry.slice(key.length + 1));
  } catch {
    return undefined; // a mangled escape in a pasted link: as if the key were absent
  }
}

/** This widget's part of `hash`. */
export function readHashLink(hash: string, prefix: string): HashLink {
  let event: string | undefined;
  let range: [string, string] | undefined;
  for (const entry of entries(hash)) {
    event = valueOf(entry, `${prefix}-event`) || event;
    const [start, end, extra] = valueOf(entry, `${prefix}-range`)?.split(RANGE_SEPARATOR) ?? [];
    if (start && end && extra === undefined) range = [start, end];
  }
  return { ...(event ? { event } : {}), ...(range ? { range } : {}) };
}

/** `hash` with this widget's part replaced by `link`; everything else is kept as it was. */
export function writeHashLink(hash: string, prefix: string, link: HashLink): string {
  const ours = (entry: string) =>
    entry.startsWith(`${prefix}-event=`) || entry.startsWith(`${prefix}-range=`);
  const kept = entries(hash).filter((entry) => !ours(entry));
  // Ids and dates need no escaping beyond what encodeURIComponent does; '~' stays readable.
  if (link.event) kept.push(`${prefix}-event=${encodeURIComponent(link.event)}`);
  if (link.range)
    kept.push(`${prefix}-range=${link.range.map(encodeURIComponent).join(RANGE_SEPARATOR)}`);
  return kept.length ? `#${kept.join('&')}` : '';
}

const DAY = 24 * 3600 * 1000;

function localDay(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A view range as a link writes it: whole days (readable, and zoomTo takes a day as the
 * whole day), or exact instants for a view of a few days, where a day would be too coarse.
 */
export function linkRange(start: number, end: number): [string, string] {
  if (end - start < 20 * DAY) return [new Date(start).toISOString(), new Date(end).toISOString()];
  return [localDay(start), localDay(end)];
}
