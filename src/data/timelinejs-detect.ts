export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `raw` looks like a TimelineJS file (version 3, or 2) rather than one of ours. */
export function isTimelineJs(raw: unknown): boolean {
  if (isObject(raw) && isObject(raw.timeline) && Array.isArray(raw.timeline.date)) return true;
  if (!isObject(raw) || !Array.isArray(raw.events)) return false;
  const slides = [...raw.events, ...(Array.isArray(raw.eras) ? raw.eras : [])];
  if (!slides.length) return isObject(raw.title) && isObject(raw.title.text);
  return slides.some((s) => isObject(s) && ('start_date' in s || isObject(s.text)));
}
