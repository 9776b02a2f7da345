// What the kiosk tests share: a mounted kiosk, its shown span and its tour hint.
import { fixture, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import type { DatasetInput } from '../../src/data/schema.js';
import { DEFAULT_DATASET, drawn } from '../helpers.js';

export const WITH_URLS = '/test/fixtures/sources-with-urls.json';

export async function mountKiosk(
  attributes: { src?: string; data?: DatasetInput; idle?: string; width?: number } = {},
): Promise<DiplomacyTimeline> {
  const el = await fixture<DiplomacyTimeline>(
    html`<diplomacy-timeline
      mode="kiosk"
      lang="en"
      .src=${attributes.data ? undefined : (attributes.src ?? DEFAULT_DATASET)}
      .data=${attributes.data}
      idle=${attributes.idle ?? '90'}
      style="width: ${attributes.width ?? 1000}px; height: 600px"
    ></diplomacy-timeline>`,
  );
  await drawn(el);
  return el;
}

export function span(el: DiplomacyTimeline): number {
  const { start, end } = el.visibleRange;
  return end.getTime() - start.getTime();
}

export function hint(el: DiplomacyTimeline): Element | null {
  return el.shadowRoot!.querySelector('[part="tour-hint"]');
}
