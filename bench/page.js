// Runs in the benchmark page. The runner calls these through page.evaluate(); both widgets
// get the same events and are measured to the same point: the first frame after they have
// drawn, rendered, counted from the moment they are handed data that is already parsed JSON.

const stage = document.getElementById('stage');
const frameGaps = [];
const longTasks = [];
const updateTimes = [];
let recording = false;

new PerformanceObserver((list) => {
  if (recording) for (const entry of list.getEntries()) longTasks.push(entry.duration);
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

/** vis-timeline's items for the same events: one item a point, `range` items for eras. */
function visItems(dataset) {
  return dataset.events.map((e) => ({
    id: e.id,
    content: e.title.en,
    start: e.start,
    ...(e.end ? { end: e.end, type: 'range' } : { type: 'point' }),
  }));
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

  /** Draws `count` events; returns milliseconds from handing over the data to the next frame. */
  async render(widget, count) {
    const dataset = await (await fetch(`/bench-data/${count}.json`)).json();
    if (widget === 'ours') {
      const el = document.createElement('diplomacy-timeline');
      el.style.width = '1200px';
      stage.append(el);
      await nextFrame();
      const loaded = new Promise((resolve) =>
        el.addEventListener('timeline-load', resolve, { once: true }),
      );
      performance.mark('render-start');
      const started = performance.now();
      el.data = dataset;
      await loaded;
      // Drawn once the element has its size and has laid out marks.
      while (!el.shadowRoot.querySelector('.mark, .cluster'))
        await el.updateComplete.then(nextFrame);
      const ended = await painted();
      performance.mark('render-end');
      window.widget = el;
      return ended - started;
    }
    const items = visItems(dataset);
    await nextFrame();
    performance.mark('render-start');
    const started = performance.now();
    const drawn = new Promise((resolve) => {
      window.widget = new vis.Timeline(stage, new vis.DataSet(items), { height: '500px' });
      window.widget.once('changed', resolve);
    });
    await drawn;
    const ended = await painted();
    performance.mark('render-end');
    return ended - started;
  },

  /** Starts recording frame gaps, long tasks and (ours) the element's update times. */
  startRecording() {
    frameGaps.length = 0;
    longTasks.length = 0;
    updateTimes.length = 0;
    recording = true;
    const el = window.widget;
    if (el instanceof HTMLElement && !el.__timed) {
      // Render and layout of one update: what a zoom or pan frame costs our main thread.
      const update = el.update;
      el.update = function (...args) {
        const t = performance.now();
        update.apply(this, args);
        if (recording) updateTimes.push(performance.now() - t);
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
