// A presentation-mode timeline, mounted and ready to step, for the presentation tests.
import { fixture, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { setViewport } from '../engine.js';
import { DEFAULT_DATASET, drawn, until } from '../helpers.js';

export async function mountPresentation(): Promise<DiplomacyTimeline> {
  await setViewport({ width: 1280, height: 800 });
  const el = await fixture<DiplomacyTimeline>(
    html`<diplomacy-timeline
      mode="presentation"
      lang="en"
      src=${DEFAULT_DATASET}
      style="width: 1200px; height: 760px"
    ></diplomacy-timeline>`,
  );
  await drawn(el);
  await until(() => el.shadowRoot!.querySelector('.slide'));
  await sized(el.shadowRoot!.querySelector('.plot')!);
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
  const root = el.shadowRoot!;
  return {
    text: root.querySelector<HTMLElement>('.slide-body')!,
    title: root.querySelector<HTMLElement>('.slide h2')!,
    drawing: root.querySelector<HTMLElement>('.plot')!,
    chosen: root.querySelector<HTMLElement>('.mark.selected, .range.selected'),
  };
}

/** Mounts a presentation in a `width` × `height` box (px) in a viewport of the given size. */
export async function mountPresentationBox(
  viewport: { width: number; height: number },
  width: number,
  height: number,
): Promise<DiplomacyTimeline> {
  await setViewport(viewport);
  const el = await fixture<DiplomacyTimeline>(
    html`<diplomacy-timeline
      mode="presentation"
      lang="en"
      src=${DEFAULT_DATASET}
      style="width: ${width}px; height: ${height}px; border: 0"
    ></diplomacy-timeline>`,
  );
  await drawn(el);
  await until(() => el.shadowRoot!.querySelector('.slide'));
  await sized(el.shadowRoot!.querySelector('.plot')!);
  return el;
}
