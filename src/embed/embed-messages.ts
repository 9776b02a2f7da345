/**
 * The messages between `embed.html` (in an iframe) and `embed-resize.js` (in the page around
 * it). The type is namespaced so a page's other postMessage traffic is never mistaken for ours.
 */
export const HEIGHT_MESSAGE = 'diplomacy-timeline:height';

/** Sent by embed-resize.js to frames that may have told their height before it was listening. */
export const ASK_HEIGHT_MESSAGE = 'diplomacy-timeline:ask-height';

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  /** The iframe's `id` query parameter ('' when absent), for pages that listen on their own. */
  readonly id: string;
  /** The embedded widget's height in CSS pixels. */
  readonly height: number;
}

/** Whether `data` is a height message with a height worth applying (a frame may lie). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Partial<HeightMessage>;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && height > 0 && height <= 20_000;
}
