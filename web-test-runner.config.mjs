import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeArgs, chromePath } from './scripts/chrome-path.mjs';

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
 * `executeServerCommand('touch', …)`: touch input through the DevTools protocol, which the
 * stock commands lack. `{ enable: true }` turns on touch emulation (d3-zoom listens for touch
 * only where the browser reports a touch screen); `{ type, points }` sends touchStart,
 * touchMove or touchEnd with the given [x, y] points.
 */
const cdpSessions = new WeakMap();

/** One DevTools protocol session per test page, shared by the commands below. */
async function cdpFor(session) {
  const page = session.browser.getPage(session.id);
  let cdp = cdpSessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    cdpSessions.set(page, cdp);
  }
  return cdp;
}

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
 * `executeServerCommand('heap')`: collects garbage, then answers the JS heap in use (bytes),
 * so a long-run test can see whether memory grows.
 */
function heapPlugin() {
  return {
    name: 'heap-command',
    async executeCommand({ command, session }) {
      if (command !== 'heap') return undefined;
      const cdp = await cdpFor(session);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
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

/** The build's stand-ins for two of d3-zoom's dependencies (see vite.config.ts). */
const standIns = {
  'd3-transition': '/src/controllers/zoom-interrupt.ts',
  'd3-interpolate': '/src/layout/zoom-path.ts',
};
const d3ZoomStandIns = {
  name: 'd3-zoom-stand-ins',
  resolveImport: ({ source }) => standIns[source],
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [delayedResponses],
  plugins: [
    d3ZoomStandIns,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    touchPlugin(),
    heapPlugin(),
    kioskFilePlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromePath(), args: chromeArgs },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  // A test file may take longer than the default 2 minutes on a busy machine: the kiosk's
  // long-run test drives 10,000 tour steps, each rendered.
  testsFinishTimeout: 300_000,
  concurrency: 2,
};
