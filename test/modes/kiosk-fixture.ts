// What the kiosk tests share: a mounted kiosk and its tour hint.
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import type { DatasetInput } from '../../src/data/schema.js';
import { mount, parts } from '../harness.js';
import { DEFAULT_DATASET } from '../helpers.js';

export const WITH_URLS = '/test/fixtures/sources-with-urls.json';

export function mountKiosk(
  attributes: { src?: string; data?: DatasetInput; idle?: string; width?: number } = {},
): Promise<DiplomacyTimeline> {
  return mount({
    ...(attributes.data ? { data: attributes.data } : { src: attributes.src ?? DEFAULT_DATASET }),
    attributes: { mode: 'kiosk', lang: 'en', idle: attributes.idle ?? '90' },
    size: [attributes.width ?? 1000, 600],
  });
}

export function hint(el: DiplomacyTimeline): Element | null {
  return parts(el, 'tour-hint')[0] ?? null;
}
