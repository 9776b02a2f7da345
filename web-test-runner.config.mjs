import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { STRICT_CSP } from './scripts/csp.mjs';
import { D3_STAND_INS } from './src/shims/stand-ins.mjs';
import { engineConfig, enginePlugin } from './scripts/test-engines.mjs';

/**
 * `/test-delay/<ms>/<path>` serves `<path>` after `ms` milliseconds, so tests can make
 * responses arrive late and out of order.
 */
async function delayedResponses(ctx, next) {
  const match = /^\/test-delay\/(\d+)(\/.*)$/.exec(ctx.path);
  if (!match) return next();
  await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
  ctx.url = match[2];
  return next();
}

/**
 * `/test-dataset/<n>.json`: a small dataset titled "Dataset <n>", so a test can tell which of
 * many requests the timeline ended up showing.
 */
async function numberedDatasets(ctx, next) {
  const match = /^\/test-dataset\/(\d+)\.json$/.exec(ctx.path);
  if (!match) return next();
  const n = Number(match[1]);
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({
    title: `Dataset ${n}`,
    events: [
      { id: `a${n}`, start: '2002', title: `First of ${n}` },
      { id: `b${n}`, start: '2017-01', title: `Second of ${n}` },
    ],
  });
}

/** `/test-hang/<path>`: never answers; the request ends only when the browser gives up on it. */
async function hangingResponses(ctx, next) {
  if (!ctx.path.startsWith('/test-hang/')) return next();
  await new Promise((resolve) => ctx.req.once('close', resolve));
  ctx.status = 504;
}

/**
 * Any HTML page asked for with `?csp` is served under the strict Content Security Policy, with
 * a first, classic script that records every `securitypolicyviolation` in the page.
 */
async function strictPolicy(ctx, next) {
  await next();
  if (!('csp' in ctx.query) || !ctx.response.is('html')) return;
  let body = ctx.body;
  if (Buffer.isBuffer(body)) body = body.toString('utf8');
  else if (body && typeof body.pipe === 'function') {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    body = Buffer.concat(chunks).toString('utf8');
  }
  if (typeof body !== 'string') return;
  ctx.body = body.replace(/<head>/i, '<head><script src="/test/fixtures/csp-watch.js"></script>');
  ctx.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * `executeServerCommand('heap')`: forces garbage collection in the page, then returns the
 * JS heap in use (bytes), through the DevTools protocol.
 */
function heapPlugin() {
  return {
    name: 'heap-command',
    async executeCommand({ command, session }) {
      if (command !== 'heap') return undefined;
      const cdp = await cdpFor(session);
      // Twice: the first pass runs finalizers that let the second free more.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    },
  };
}

/**
 * `npm run test:soak` sets SOAK=1: the hardening tests then run at full counts (1,000 leak
 * cycles, thousands of random datasets); `executeServerCommand('soak')` tells a test which.
 */
const soak = process.env.SOAK === '1';
function soakPlugin() {
  return {
    name: 'soak-command',
    executeCommand: ({ command }) => (command === 'soak' ? soak : undefined),
  };
}

/** One DevTools protocol session per test page, shared by the commands below. */
const cdpSessions = new WeakMap();
async function cdpFor(session) {
  const page = session.browser.getPage(session.id);
  let cdp = cdpSessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    cdpSessions.set(page, cdp);
  }
  return cdp;
}

/**
 * `executeServerCommand('touch', …)`: touch input through the DevTools protocol, which the
 * stock commands lack. `{ enable: true }` turns on touch emulation (d3-zoom listens for touch
 * only where the browser reports a touch screen); `{ type, points }` sends touchStart,
 * touchMove or touchEnd with the given [x, y] points.
 */
function touchPlugin() {
  return {
    name: 'touch-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      const cdp = await cdpFor(session);
      if (payload.enable !== undefined) {
        await cdp.send('Emulation.setTouchEmulationEnabled', {
          enabled: payload.enable,
          maxTouchPoints: 5,
        });
        return true;
      }
      await cdp.send('Input.dispatchTouchEvent', {
        type: payload.type,
        touchPoints: payload.points.map(([x, y], id) => ({ x, y, id })),
      });
      return true;
    },
  };
}

/**
 * `executeServerCommand('open-kiosk-file')`: opens dist/kiosk.html from file:// in a new tab
 * with every network request refused, waits for the timeline to draw, and answers the
 * accessible names of its event marks and any request that went beyond file://.
 */
function kioskFilePlugin() {
  return {
    name: 'kiosk-file-command',
    async executeCommand({ command, session }) {
      if (command !== 'open-kiosk-file') return undefined;
      const context = session.browser.getPage(session.id).context();
      const page = await context.newPage();
      const outside = [];
      try {
        await page.route('**/*', (route) => {
          const url = route.request().url();
          if (url.startsWith('file:')) return route.continue();
          outside.push(url);
          return route.abort('internetdisconnected');
        });
        page.on('request', (request) => {
          if (!request.url().startsWith('file:')) outside.push(request.url());
        });
        await page.setViewportSize({ width: 1920, height: 1080 });
        await page.goto(pathToFileURL(resolve('dist/kiosk.html')).href);
        const marks = page.locator('diplomacy-timeline').locator('.mark, .range');
        await marks.first().waitFor();
        const names = await marks.evaluateAll((found) =>
          found.map((mark) => mark.textContent.replace(/\s+/g, ' ').trim()),
        );
        return { names, outside: [...new Set(outside)] };
      } finally {
        await page.close();
      }
    },
  };
}

/**
 * `executeServerCommand('outside-requests', { start: true })` starts recording every request
 * the test page (and its frames) makes to a host other than the test server, and refuses
 * them, so no test reaches the internet; `executeServerCommand('outside-requests')` answers
 * the addresses recorded since.
 */
function outsideRequestsPlugin() {
  const recorded = new WeakMap();
  return {
    name: 'outside-requests-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'outside-requests') return undefined;
      const page = session.browser.getPage(session.id);
      let list = recorded.get(page);
      if (!list) {
        list = [];
        recorded.set(page, list);
        const local = new URL(page.url()).host;
        await page.route(
          (url) => url.host !== local && /^https?:$/.test(url.protocol),
          (route) => {
            list.push(route.request().url());
            return route.abort('blockedbyclient');
          },
        );
      }
      if (payload?.start) list.length = 0;
      return [...list];
    },
  };
}

/**
 * `executeServerCommand('ax-tree')`: the page's accessibility tree as Chromium gives it to a
 * screen reader (DevTools protocol), as `{ role, name, depth }` in document order, ignored
 * nodes left out.
 */
function axTreePlugin() {
  return {
    name: 'ax-tree-command',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const cdp = await cdpFor(session);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((node) => [node.nodeId, node]));
      const out = [];
      const walk = (node, depth) => {
        if (!node) return;
        if (!node.ignored)
          out.push({ role: node.role?.value ?? '', name: node.name?.value ?? '', depth });
        for (const id of node.childIds ?? []) walk(byId.get(id), node.ignored ? depth : depth + 1);
      };
      walk(
        nodes.find((node) => !node.parentId),
        0,
      );
      return out;
    },
  };
}

/** The build's stand-ins for four of d3-zoom's dependencies (src/shims/stand-ins.mjs). */
const d3ZoomStandIns = {
  name: 'd3-zoom-stand-ins',
  resolveImport: ({ source }) =>
    Object.hasOwn(D3_STAND_INS, source) ? `/${D3_STAND_INS[source]}` : undefined,
};

/**
 * What Firefox and WebKit run besides Chromium: every test that touches input, layout, fonts,
 * focus, full screen, the built module, sanitising or date parsing. Chromium alone runs the
 * rest (pure data, message-table and layout-arithmetic tests, random and large datasets,
 * network races) and every `*.chromium.test.ts` (DevTools protocol or media emulation).
 */
const CROSS_ENGINE = [
  'test/*.test.ts', // the element: two on a page, warnings
  'test/a11y/**/*.test.ts', // keyboard, focus, names, sizes, contrast, axe-core
  'test/element/**/*.test.ts', // the element: loading, pointer, wheel, keys, focus, the card
  'test/build/**/*.test.ts', // the built module, the classic script, the manifest
  'test/controllers/**/*.test.ts', // input, menus, modes, hash, language
  'test/animation/**/*.test.ts', // the eased zoom, timed by the engine's frames
  'test/hash/**/*.test.ts', // the hash's keys, read with the engine's URL parser
  'test/view/**/*.test.ts', // layout, fonts, the card, legend, frame, theme properties
  'test/modes/**/*.test.ts', // presentation (full screen, keys) and kiosk
  'test/embed/**/*.test.ts', // the embed page and the iframe's height
  'test/demo/**/*.test.ts', // the demo pages
  'test/export/**/*.test.ts', // the downloaded image: canvas and fonts
  'test/hosts/**/*.test.ts', // pages nobody on the project wrote
  'test/layout/kiosk-sizes.test.ts', // sizes in CSS pixels
  'test/layout/label-width.test.ts', // label widths from text
  'test/hardening/csp.test.ts', // the built module under a strict policy
  'test/hardening/xss-*.test.ts', // the sanitiser, which parses with the engine's own parser
  'test/data/dates.test.ts', // engines parse dates differently
  'test/shims/d3-selection*.test.ts', // pointer positions from each engine's geometry
];

export default {
  // Chromium, Firefox and WebKit (scripts/test-engines.mjs; README, "Three engines").
  ...engineConfig({
    files: soak
      ? ['test/hardening/**/*.test.ts', 'test/**/*.property.test.ts']
      : ['test/**/*.test.ts'],
    crossEngine: soak ? [] : CROSS_ENGINE,
  }),
  nodeResolve: true,
  middleware: [strictPolicy, delayedResponses, numberedDatasets, hangingResponses],
  plugins: [
    d3ZoomStandIns,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    touchPlugin(),
    heapPlugin(),
    kioskFilePlugin(),
    axTreePlugin(),
    soakPlugin(),
    outsideRequestsPlugin(),
    enginePlugin(),
  ],
  testFramework: { config: { timeout: 10000 } },
  // Failures that hold DOM nodes are made readable before any test runs (the module says why).
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/readable-failures.ts"></script><script type="module" src="${framework}"></script></body></html>`,
  // Firefox and WebKit take their time to start on a busy 2-core machine (40 s seen).
  browserStartTimeout: 120_000,
  // A test file may take longer than the default 2 minutes on a busy machine: the kiosk's
  // long-run test drives 10,000 tour steps, each rendered; the soak suite runs for hours.
  testsFinishTimeout: soak ? 3 * 3600_000 : 900_000,
  concurrency: 2,
  // One engine at a time (Chromium, then Firefox, then WebKit): three browsers at once on two
  // cores made tests time out that pass alone.
  concurrentBrowsers: 1,
};
