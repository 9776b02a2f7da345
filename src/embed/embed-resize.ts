/**
 * embed-resize.js: an optional script for a page that embeds `embed.html` in iframes. Each
 * iframe tells its height; this sizes it to fit, so the reader sees no inner scrollbar. It
 * only listens to the page's own iframes (the message's source must be one of them, and come
 * from the origin the iframe was pointed at).
 */
import { ASK_HEIGHT_MESSAGE, isHeightMessage } from './embed-messages.js';

function frameFor(event: MessageEvent): HTMLIFrameElement | undefined {
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    const origin = frame.src ? new URL(frame.src, location.href).origin : '';
    return origin === event.origin ? frame : undefined;
  }
  return undefined;
}

/**
 * The height to set for content `height` px tall: a border-box frame (Bootstrap's and
 * Tailwind's resets make every element one) holds its borders and padding inside its height.
 */
function frameHeight(frame: HTMLIFrameElement, height: number): number {
  const style = getComputedStyle(frame);
  if (style.boxSizing !== 'border-box') return height;
  const edges = ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'] as const;
  return edges.reduce((sum, edge) => sum + (parseFloat(style[edge]) || 0), height);
}

addEventListener('message', (event) => {
  if (!isHeightMessage(event.data)) return;
  const frame = frameFor(event);
  if (frame) frame.style.height = `${Math.ceil(frameHeight(frame, event.data.height))}px`;
});

// Frames that loaded before this script told their height to nobody: ask them again.
for (const frame of document.getElementsByTagName('iframe')) {
  frame.contentWindow?.postMessage({ type: ASK_HEIGHT_MESSAGE }, '*');
}
