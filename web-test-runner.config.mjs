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
function touchPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'touch-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.context().newCDPSession(page);
        sessions.set(page, cdp);
      }
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
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromePath(), args: chromeArgs },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  concurrency: 2,
};
