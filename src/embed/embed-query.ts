import { readDateInput } from '../data/dates.js';
import type { Problem } from '../data/problems.js';

/**
 * The query parameters `embed.html` understands: the element's attributes, plus `id`, which
 * the page echoes in its height messages so a host page can tell its iframes apart.
 */
export const EMBED_PARAMETERS = [
  'src',
  'lang',
  'start',
  'end',
  'selected',
  'theme',
  'mode',
  'id',
] as const;

export type EmbedParameter = (typeof EMBED_PARAMETERS)[number];

export interface EmbedConfig {
  /** Attributes to set on `<diplomacy-timeline>`, by name. */
  readonly attributes: Readonly<Partial<Record<Exclude<EmbedParameter, 'id'>, string>>>;
  /** The `id` parameter, or '' when absent. */
  readonly id: string;
  /** What is wrong with the query; the widget shows the first one instead of a timeline. */
  readonly problems: readonly Problem[];
}

/**
 * Reads an embed query string (`?src=events.json&lang=id&start=2016`). An iframe's address is
 * typed by hand or pasted from a generator, so mistakes are reported rather than ignored: an
 * unknown parameter (a typo such as `strat`), a date that is not one, a range that ends before
 * it starts, or no `src`.
 */
export function readEmbedQuery(search: string): EmbedConfig {
  const params = new URLSearchParams(search);
  const attributes: Partial<Record<EmbedParameter, string>> = {};
  const problems: Problem[] = [];
  for (const [name, value] of params) {
    if ((EMBED_PARAMETERS as readonly string[]).includes(name)) {
      attributes[name as EmbedParameter] = value;
    } else {
      problems.push({ code: 'unknownParameter', path: [name], known: EMBED_PARAMETERS.join(', ') });
    }
  }
  const start = dateParameter('start', attributes.start, problems);
  const end = dateParameter('end', attributes.end, problems);
  if (start !== undefined && end !== undefined && end < start) {
    problems.push({
      code: 'endBeforeStart',
      path: ['end'],
      start: attributes.start!,
      end: attributes.end!,
    });
  }
  if (!attributes.src) problems.push({ code: 'missing', path: ['src'] });
  const { id = '', ...rest } = attributes;
  return { attributes: rest, id, problems };
}

function dateParameter(
  name: 'start' | 'end',
  value: string | undefined,
  problems: Problem[],
): number | undefined {
  if (value === undefined) return undefined;
  const time = readDateInput(value, name);
  if (time === undefined) problems.push({ code: 'notDate', path: [name], value });
  return time;
}
