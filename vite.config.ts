import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { STRICT_CSP } from './scripts/csp.mjs';
import { minifyStyleTemplates } from './scripts/minify-styles.mjs';
import { D3_STAND_INS } from './src/shims/stand-ins.mjs';

// `npm start` serves the repository root so the demo can load ../data and ../src as they are;
// the bare address opens the article demo. The demo pages are served under the strict Content
// Security Policy the widget is tested with, so whatever breaks it shows here first.
const openDemo: Plugin = {
  name: 'open-demo',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (/^\/demo\/(?:[\w-]+\.html)?(?:[?#]|$)/.test(req.url ?? '')) {
        res.setHeader('Content-Security-Policy', STRICT_CSP);
      }
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      next();
    });
  },
};

/**
 * The widget's weight, gzip -9, JS and CSS together (the styles live in the JS): 45 KiB,
 * the goal the widget is held to. The build fails above it, so a dependency that costs more
 * than it should is seen the day it comes in; what only some readers need loads with
 * `import()` as a chunk of its own. (At the time it was set, the module weighed 37.2 KiB.)
 */
const SIZE_BUDGET = 45 * 1024;

/**
 * V8's explicit compile hint: every function of the file is compiled when the file is,
 * on the thread that streams it in, rather than one by one on the main thread when first
 * called. Nearly every function of the module runs in the first render; compiled lazily they
 * cost a 10,000-event first render some 7 ms (npm run bench; bench/results.md). Lazy chunks
 * do not carry it: most of their code runs only on some pages.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Finishes the module: Vite leaves the whitespace of an ES library build for downstream
 * bundlers, but ours is also loaded as it is by <script type="module">, so esbuild minifies
 * it fully (5 KB less gzip); the entry gets the compile hint; then the size budget is checked.
 */
const finishModule: Plugin = {
  name: 'finish-module',
  apply: 'build',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      file.code = transformSync(file.code, { minify: true, format: 'esm', target: 'es2022' }).code;
      if (file.isEntry) file.code = COMPILE_HINT + file.code;
      const gzip = gzipSync(file.code, { level: 9 }).length;
      const line = `${file.fileName}: ${file.code.length} bytes, ${gzip} gzip (budget ${SIZE_BUDGET})`;
      if (gzip > SIZE_BUDGET) this.error(`over the size budget: ${line}`);
      this.info(line);
    }
  },
};

/** The CSS of our css`` templates, minified; a template it cannot minify fails the build. */
export const minifyStyles: Plugin = {
  name: 'minify-lit-styles',
  apply: 'build',
  transform: (code, id) => minifyStyleTemplates(code, id),
};

const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [openDemo, minifyStyles, finishModule],
  // `npm start` serves d3-zoom and d3-drag as they are, not pre-bundled: a pre-bundle would
  // carry its own copy of the d3-selection stand-in (a file of ours, not a dependency), and
  // the prototype the d3-transition stand-in patches would not be the one d3-zoom calls
  // (`selection.interrupt is not a function` on every zoom).
  optimizeDeps: { exclude: ['d3-zoom', 'd3-drag'] },
  resolve: {
    // `npm start` serves Lit's production build too, as every page that embeds the widget
    // gets: its development build greets each demo page with console warnings (dev mode,
    // change-in-update). Tests (web-test-runner) keep the development build and its checks.
    conditions: [
      ...defaultClientConditions.filter((c) => c !== 'development|production'),
      'production',
    ],
    // d3-zoom animates through d3-transition and d3-interpolate, and this widget never asks
    // it to: it eases its zooms itself (src/animation/zoom-animation.ts). Two stand-ins
    // (src/shims/) give d3-zoom what it imports from them, which saves d3-transition
    // (sideEffects: true), d3-color, d3-ease, d3-timer and all of d3-interpolate but one
    // function: 20 KB gzip → 5 KB less. d3-dispatch and d3-selection have stand-ins too, for
    // the little d3-zoom and the zoom controller use of them (3 KB gzip less).
    alias: Object.entries(D3_STAND_INS).map(([name, path]) => ({
      find: new RegExp(`^${name}$`),
      replacement: local(path),
    })),
  },
  build: {
    target: 'es2022',
    minify: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'diplomacy-timeline.js',
    },
    rollupOptions: {
      // What only some pages need (the CSV reader, the TimelineJS converter, the schema that
      // words what is wrong with a broken dataset, the rich-text sanitiser, image export, hash
      // links, the presentation and kiosk modes, the QR encoder) is a chunk loaded with
      // import(), named so a page that copies dist/ knows what it is. Code shared with a lazy
      // chunk (Lit, the data layer) stays in the module, which may then export more than
      // index.ts names, rather than in a third chunk every page would then have to load.
      preserveEntrySignatures: 'allow-extension',
      output: { chunkFileNames: 'diplomacy-timeline-[name].js' },
    },
  },
});
