/**
 * The script of `embed.html`: a page that is nothing but the widget, for platforms that allow
 * iframes but not scripts. The query string configures it (see embed-query.ts); the page then
 * keeps telling its parent how tall it is, so embed-resize.js can size the iframe.
 */
import '../index.js';
import { DatasetError, type Problem } from '../data/problems.js';
import { ASK_HEIGHT_MESSAGE, HEIGHT_MESSAGE, type HeightMessage } from './embed-messages.js';
import { readEmbedQuery } from './embed-query.js';

const config = readEmbedQuery(location.search);
const timeline = document.createElement('diplomacy-timeline');
// The page speaks the timeline's language. Without `lang` the iframe cannot see the host
// page's; the reader's browser decides.
document.documentElement.lang = config.attributes.lang || navigator.language;
for (const [name, value] of Object.entries(config.attributes)) timeline.setAttribute(name, value);
const [problem, ...more] = config.problems;
if (problem) {
  // The widget's own error state, in the chosen language, instead of a half-configured timeline.
  timeline.removeAttribute('src');
  timeline.data = new DatasetError([problem, ...more] as [Problem, ...Problem[]]);
}
timeline.addEventListener('timeline-load', ({ detail }) => {
  const title = detail.dataset.title;
  if (title) document.title = title[timeline.lang] ?? Object.values(title)[0] ?? document.title;
});
// Edge to edge, and its own height at least, else the whole frame the page gave it. Set here
// rather than in a <style>, which a page served under a strict CSP (style-src 'self') drops.
document.body.style.margin = '0';
timeline.style.height = 'max(416px, 100vh)';
document.body.append(timeline);

function tellHeight(): void {
  if (parent === window) return;
  const message: HeightMessage = {
    type: HEIGHT_MESSAGE,
    id: config.id,
    height: Math.ceil(timeline.getBoundingClientRect().height),
  };
  parent.postMessage(message, '*');
}

new ResizeObserver(tellHeight).observe(timeline);
addEventListener('message', (event) => {
  if (event.source === parent && (event.data as { type?: unknown })?.type === ASK_HEIGHT_MESSAGE)
    tellHeight();
});
