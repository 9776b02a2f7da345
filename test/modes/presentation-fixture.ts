// A presentation-mode timeline, mounted and ready to step, for the presentation tests.
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { setViewport } from '../engine.js';
import { byRole, mount, part, parts } from '../harness.js';
import { DEFAULT_DATASET, until } from '../helpers.js';

/** A presentation of the default dataset in a 1200 × 760 box, its first slide shown. */
export function mountPresentation(): Promise<DiplomacyTimeline> {
  return mountSlides({ width: 1280, height: 800 }, [1200, 760]);
}

async function mountSlides(
  viewport: { width: number; height: number },
  size: [number, number],
  style?: string,
): Promise<DiplomacyTimeline> {
  await setViewport(viewport);
  const el = await mount({
    src: DEFAULT_DATASET,
    attributes: { mode: 'presentation', lang: 'en' },
    size,
    ...(style ? { style } : {}),
  });
  await until(() => parts(el, 'slide')[0]);
  await sized(part(el, 'plot'));
  return el;
}

/**
 * Resolves once resize observers have been told the element's size since the slide appeared
 * (they all hear in the same frame, the timeline's own included): a zoom started after that
 * is not cut short by the drawing getting smaller.
 */
function sized(element: Element): Promise<void> {
  return new Promise((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(element);
  });
}

/** What a presentation shows, as a reader sees it: the slide's text box, the drawing, the chosen mark. */
export function slideParts(el: DiplomacyTimeline) {
  const slide = part(el, 'slide');
  return {
    text: slide.querySelector<HTMLElement>('.slide-body')!,
    title: byRole(slide, 'heading'),
    drawing: part(el, 'plot'),
    chosen: parts(el, 'event-selected')[0] ?? null,
  };
}

/** Mounts a presentation in a `width` × `height` box (px) in a viewport of the given size. */
export function mountPresentationBox(
  viewport: { width: number; height: number },
  width: number,
  height: number,
): Promise<DiplomacyTimeline> {
  return mountSlides(viewport, [width, height], 'border: 0');
}
