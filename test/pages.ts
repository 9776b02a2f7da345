// Pages in a frame: how tests meet the built files as a reader's page would hold them (a blog
// post, the published demo, embed.html), and what those pages fetched. The timelines inside
// are read through the harness, as the ones mounted in the test page are.
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DiplomacyTimeline } from '../src/diplomacy-timeline.js';
import { isDrawn } from './harness.js';
import { until } from './helpers.js';

export interface PageOptions {
  /** The frame's box in px, 900 × 500 unless given. */
  size?: readonly [number, number];
  /** More inline CSS for the frame (`border: 0`). */
  style?: string;
  /** The frame's accessible name. */
  title?: string;
}

function frameStyle({ size = [900, 500], style }: PageOptions): string {
  return [`width: ${size[0]}px; height: ${size[1]}px`].concat(style ?? []).join('; ');
}

/** A frame in the test page, showing the page at `src` or the markup `srcdoc`. */
function framed(
  page: { src: string } | { srcdoc: string },
  options: PageOptions,
): Promise<HTMLIFrameElement> {
  const { src, srcdoc } = page as { src?: string; srcdoc?: string };
  return fixture<HTMLIFrameElement>(
    html`<iframe
      title=${options.title ?? 'page'}
      src=${ifDefined(src)}
      srcdoc=${ifDefined(srcdoc)}
      style=${frameStyle(options)}
    ></iframe>`,
  );
}

/** Opens the page at `src` in a frame of the test page. */
export function openPage(src: string, options: PageOptions = {}): Promise<HTMLIFrameElement> {
  return framed({ src }, options);
}

/**
 * Opens a page whose body is `body` and whose head loads `script` (the built module unless
 * given; null for none, when the body brings its own), as the README tells a blogger to paste
 * it: one script and one tag.
 */
export function openPageWith(
  body: string,
  options: PageOptions & { lang?: string; script?: string | null; classic?: boolean } = {},
): Promise<HTMLIFrameElement> {
  const src = options.script === undefined ? '/dist/diplomacy-timeline.js' : options.script;
  const type = options.classic ? '' : ' type="module"';
  const script = src === null ? '' : `<script${type} src="${src}"></script>`;
  const page = `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8">
    ${script}</head><body>${body}</body></html>`;
  return framed({ srcdoc: page }, options);
}

/** The timelines in the framed page, in document order. */
export function timelinesIn(frame: HTMLIFrameElement): DiplomacyTimeline[] {
  return [...(frame.contentDocument?.querySelectorAll('diplomacy-timeline') ?? [])];
}

/** The first timeline in the framed page, once there is one that passes `ready`. */
export function timelineIn(
  frame: HTMLIFrameElement,
  ready: (el: DiplomacyTimeline) => unknown = () => true,
): Promise<DiplomacyTimeline> {
  return until(() => timelinesIn(frame).find((el) => ready(el)));
}

/** The first timeline in the framed page, once it has drawn what it loaded. */
export function drawnIn(frame: HTMLIFrameElement): Promise<DiplomacyTimeline> {
  return timelineIn(frame, isDrawn);
}

/** Every timeline in the framed page, once `count` of them are there and all have drawn. */
export function allDrawnIn(frame: HTMLIFrameElement, count: number): Promise<DiplomacyTimeline[]> {
  return until(() => {
    const found = timelinesIn(frame);
    return found.length === count && found.every(isDrawn) ? found : null;
  });
}

/** The paths of everything the framed page fetched, in the order it asked. */
export function fetchedBy(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname);
}

/** The scripts the framed page fetched, leaving out the test server's reload socket. */
export function scriptsOf(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .filter(
      (entry) =>
        (entry as PerformanceResourceTiming).initiatorType === 'script' ||
        entry.name.endsWith('.js'),
    )
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => !path.startsWith('/__web-dev-server'));
}
