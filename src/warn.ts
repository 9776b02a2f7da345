/** What each warning starts with, so a page's developer knows which script is speaking. */
const PREFIX = '<diplomacy-timeline>:';

/** Warnings already said on this page; bounded, as a message may carry a page's own text. */
const said = new Set<string>();
const REMEMBERED = 200;

/**
 * Tells the page's developer, in the console, about something the widget worked around: a
 * bad attribute, a refused request. Each message is said once per page, however many updates
 * or timelines run into it: a warning repeated on every frame hides the others.
 */
export function warn(message: string, cause?: unknown): void {
  if (said.has(message)) return;
  if (said.size >= REMEMBERED) said.clear();
  said.add(message);
  if (cause === undefined) console.warn(PREFIX, message);
  else console.warn(PREFIX, message, cause);
}
