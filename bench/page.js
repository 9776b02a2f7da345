// Runs in the benchmark page. The runner calls these through page.evaluate(); both widgets
// get the same events and are timed the way a page pays for them: from creating the widget
// with its data (or its source address) to the first frame rendered after it has drawn.

const stage = document.getElementById('stage');
const frameGaps = [];
const longTasks = [];
const updateTimes = [];
let recording = false;
/** Every long task since the page loaded: { start, duration }, for the load's longest. */
const allLongTasks = [];

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    allLongTasks.push({ start: entry.startTime, duration: entry.duration });
    if (recording) longTasks.push(entry.duration);
  }
}).observe({ type: 'longtask', buffered: false });

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

/**
 * The moment the next frame has been rendered: a message posted from its animation-frame
 * callback is handled after that frame's style, layout and paint, so the time a widget leaves
 * to the browser's rendering is counted as well as the time of its script.
 */
function painted() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(undefined);
    }),
  );
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.type = src.endsWith('.js') && src.includes('/dist/') ? 'module' : 'text/javascript';
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

/** Our partial dates ("2017", "2024-10", "200X") as vis-timeline's moment reads them. */
const visDate = (date) => date.replace(/X/g, '0');

/** vis-timeline's items for the same events: one item a point, `range` items for eras. */
function visItems(dataset) {
  return dataset.events.map((e) => ({
    id: e.id,
    content: typeof e.title === 'string' ? e.title : (e.title.en ?? Object.values(e.title)[0]),
    start: visDate(e.start),
    ...(e.end ? { end: visDate(e.end), type: 'range' } : { type: 'point' }),
  }));
}

/** Ours: created with its source or data, put in the page, drawn. */
async function createOurs(source, dataset) {
  const el = document.createElement('diplomacy-timeline');
  el.style.width = '1200px';
  if (source.src) el.src = source.src;
  else el.data = dataset;
  const loaded = new Promise((resolve, reject) => {
    el.addEventListener('timeline-load', resolve, { once: true });
    el.addEventListener('timeline-error', (e) => reject(new Error(e.detail.message)));
  });
  stage.append(el);
  await loaded;
  // Drawn once the element has its size and has laid out marks.
  while (!el.shadowRoot.querySelector('.mark, .cluster')) await el.updateComplete.then(nextFrame);
  return el;
}

/**
 * vis-timeline has no source attribute: the page fetches the same JSON, parses it and turns it
 * into vis-timeline's items, all counted, as the page would have to.
 */
async function createVis(source, dataset) {
  const raw = source.src ? await (await fetch(source.src)).json() : dataset;
  const timeline = new vis.Timeline(stage, new vis.DataSet(visItems(raw)), { height: '500px' });
  await new Promise((resolve) => timeline.once('changed', resolve));
  return timeline;
}

/** The view shown now, as { start, end } in ms. */
function view() {
  const w = window.widget;
  const range = w instanceof HTMLElement ? w.visibleRange : w.getWindow();
  return { start: +range.start, end: +range.end };
}

window.bench = {
  /** Loads the widget's script; returns milliseconds until it is ready to use. */
  async setup(widget) {
    const started = performance.now();
    if (widget === 'ours') {
      await loadScript('/dist/diplomacy-timeline.js');
      await customElements.whenDefined('diplomacy-timeline');
    } else {
      await loadScript('/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
    }
    return performance.now() - started;
  },

  /**
   * Creates the widget with `source` ({ src } or { count }: that synthetic dataset, fetched and
   * parsed beforehand, handed over as data) and waits for it to be drawn and painted. Returns
   * milliseconds from creating it to that painted frame, and the longest task in between
   * (0 when none reached the browser's 50 ms threshold for a long task).
   */
  async render(widget, source) {
    const dataset = source.src
      ? undefined
      : await (await fetch(`/bench-data/${source.count}.json`)).json();
    await nextFrame();
    performance.mark('render-start');
    const started = performance.now();
    window.widget = await (widget === 'ours' ? createOurs : createVis)(source, dataset);
    const ended = await painted();
    performance.mark('render-end');
    // Long-task entries arrive after their task: give the observer a turn.
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const longest = Math.max(
      0,
      ...allLongTasks.filter((t) => t.start >= started && t.start < ended).map((t) => t.duration),
    );
    return { ms: ended - started, longest };
  },

  /**
   * From "show everything", zooms in 2.5 times about the centre, at once (no animation), and
   * waits for the frame: a drag from there has room to pan both ways.
   */
  async zoomIn() {
    const w = window.widget;
    if (w instanceof HTMLElement) {
      w.reset();
      w.zoomBy(2.5);
      await w.updateComplete;
    } else {
      w.fit({ animation: false });
      const { start, end } = view();
      const middle = (start + end) / 2;
      const half = (end - start) / 2 / 2.5;
      w.setWindow(middle - half, middle + half, { animation: false });
    }
    await nextFrame();
    await nextFrame();
    return view();
  },

  view,

  /**
   * Whether each update of a recorded gesture is marked, for a trace (bench/traced.ts): only in
   * the traced runs, so the timed runs' updates are timed as they always were.
   */
  markingUpdates: false,

  /** Starts recording frame gaps, long tasks and (ours) the element's update times. */
  startRecording() {
    frameGaps.length = 0;
    longTasks.length = 0;
    updateTimes.length = 0;
    recording = true;
    const el = window.widget;
    if (el instanceof HTMLElement && !el.__timed) {
      // One whole update (controllers, layout, templates, DOM): what a zoom or pan frame costs
      // our script, the browser's style, layout and paint of the frame aside.
      const performUpdate = el.performUpdate;
      el.performUpdate = function (...args) {
        const marking = recording && window.bench.markingUpdates;
        if (marking) performance.mark('dt-update-start');
        const t = performance.now();
        try {
          performUpdate.apply(this, args);
          if (recording) updateTimes.push(performance.now() - t);
        } finally {
          if (marking) performance.mark('dt-update-end');
        }
      };
      el.__timed = true;
    }
    let last = performance.now();
    const tick = (now) => {
      if (!recording) return;
      frameGaps.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  },

  async stopRecording() {
    await nextFrame();
    await nextFrame();
    recording = false;
    return { frameGaps: [...frameGaps], longTasks: [...longTasks], updateTimes: [...updateTimes] };
  },

  /** Elements on the page, those inside shadow roots included. */
  domNodes() {
    let count = 0;
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        count++;
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(stage);
    return count;
  },

  centre() {
    const box = stage.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  },
};
