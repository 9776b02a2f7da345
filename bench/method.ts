import { GESTURE_STEPS, QUIET_CPU_MS, QUIET_WINDOW_MS } from './browser.js';

/** How the bench measures, written under its table in bench/results.md. */
export function method(o: {
  repeats: number;
  slow: number;
  visMax: number;
  visDeadline: number;
  frameCpuRuns: number;
}) {
  return `How it measures:
- Both widgets get the same events in a 1200 × 500 px box, a fresh page per run, ${o.repeats} runs
  interleaved (ours, then vis-timeline, so both see the same machine state); medians. The
  bundled dataset is \`data/indonesia-digital-diplomacy.json\` (15 events); the others are
  synthetic (test/fixtures/synthetic.ts, seeded; 20 of them ranges).
- Before anything is timed, a fresh page waits until the browser is quiet (all its processes
  together under ${QUIET_CPU_MS} ms of CPU in ${QUIET_WINDOW_MS} ms): headless Chromium loads a new window's own
  interface (the omnibox popup, in a renderer of its own) in the background meanwhile.
- First render is timed the way a page pays for it: from creating the widget with its data
  to the end of the first frame rendered after it has drawn. Ours: \`createElement\`, then
  \`src\` or \`data\` set, the element put in the page, until \`timeline-load\` and marks in the
  DOM. vis-timeline, which has no \`src\`: through \`src\` means the page fetches the same JSON,
  parses it, turns it into vis-timeline's items and creates the Timeline, all timed; through
  \`data\` means the same parsed JSON (fetched and parsed before the clock starts, as for
  ours) turned into items and a Timeline, until its \`changed\` event. The end is a message
  posted in the next frame's animation-frame callback, handled once that frame's style,
  layout and paint are done, so layout a widget leaves to the browser counts as much as
  layout it forces itself.
- CPU ×${o.slow} slower: the same, with DevTools CPU throttling (\`Emulation.setCPUThrottlingRate\`,
  rate ${o.slow}) from the moment the script has loaded until the first render is timed.
- Script load: from adding the widget's script to the page (served from this machine) until
  it can be used (ours: the element defined; vis-timeline: the script's load event). Ours
  carries V8's compile hint, so its functions compile here instead of in the first render.
- First render, main-thread CPU: the same interval in one more run of each widget, traced,
  as the thread time of the page's main thread: the work done, without the time spent
  waiting for a core on a busy machine or for the next frame.
- Loading through \`src\`, longest task: the longest task (PerformanceObserver \`longtask\`,
  which sees tasks of 50 ms and more; 0 means none reached 50 ms) from creating the widget to
  its first painted frame. vis-timeline gets the same JSON, fetched and parsed by the page.
  At 100,000 events it gets one run, stopped after ${o.visDeadline / 1000} s if it has not drawn by then.
  The main-thread CPU row is the thread time of that longest task, from one more run traced:
  on a busy machine a task's wall time includes waiting for a core.
- Zoom: ${GESTURE_STEPS} wheel events (deltaY ±100) over the centre, in then out, from the initial
  view ("show everything"). Pan: first zoomed in 2.5 times about the centre at once (ours:
  \`reset()\` then \`zoomBy(2.5)\`; vis-timeline: \`fit()\` then \`setWindow\` on the middle
  2/5), then a drag from the middle of the drawing of ${GESTURE_STEPS} moves of 20 px leftwards;
  "view moved" says how far the view followed (at "show everything" a drag pans nothing).
  One input event per animation frame, sent through the DevTools protocol. Frame times are
  gaps between animation frames during the gesture; long tasks from a PerformanceObserver.
  Ours zooms and pans in every run (the rows give the median of the runs' figures, and the
  most long tasks in any run); vis-timeline, which needs most of a minute per gesture at
  10,000 events, in its first run only.
  A frame p95 up to 17.2 ms counts as the 16.7 ms target met: the timestamps of a 60 Hz
  clock jitter by tenths of a millisecond, while a dropped frame shows as a gap of 33 ms.
- Render+layout per frame: the time of the element's whole Lit update (\`performUpdate\`:
  controllers, layout, templates, DOM) for each frame of the gesture; input handling in
  d3-zoom and the browser's own style, layout and paint of the frame are not included.
  Its traced-run rows: ours in ${o.frameCpuRuns} more pages, each set up as a timed run (first render,
  then a forced garbage collection), each gesture traced with only the page's marks around
  each update: the updates' wall time in those pages, and their thread time, which leaves out
  the time the thread did not run (waiting for a core, or blocked); the median of the runs'
  p95.
- Heap: \`Runtime.getHeapUsage\` after a forced garbage collection; the page also holds the
  dataset's JSON, the same for both widgets.
- vis-timeline is not run from \`data\` above ${o.visMax.toLocaleString('en')} events: on this machine it
  needs tens of seconds for 50,000.
`;
}
