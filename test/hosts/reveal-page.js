// The deck of reveal.html. `window.deck` is reveal's API and `window.deckReady` settles once
// the deck shows slide 2, so a test can drive both.
import Reveal from '/node_modules/reveal.js/dist/reveal.mjs';
import '/dist/diplomacy-timeline.js';

const query = new URLSearchParams(location.search);
const scale = Number(query.get('scale') ?? 1);
const timeline = document.querySelector('diplomacy-timeline');
for (const name of ['mode', 'page-keys']) {
  const value = query.get(name);
  if (value) timeline.setAttribute(name, value);
}

window.deck = Reveal;
window.deckReady = Reveal.initialize({
  // Slides laid out at 640 × 440 and scaled by exactly `scale` in a frame of any size.
  width: 640,
  height: 440,
  margin: 0,
  minScale: scale,
  maxScale: scale,
  center: true,
  hash: false,
  transition: 'none',
  backgroundTransition: 'none',
}).then(() => Reveal.slide(1));
