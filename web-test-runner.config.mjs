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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [delayedResponses],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromePath(), args: chromeArgs },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  concurrency: 2,
};
