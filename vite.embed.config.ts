import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { type Plugin, defineConfig } from 'vite';
import moduleConfig, { minifyStyles } from './vite.config.js';

/**
 * The builds beside the ES module (vite.config.ts), one per `--mode`, each a classic script
 * with everything inlined (an IIFE cannot load chunks):
 *
 * - `iife`: dist/diplomacy-timeline.iife.js, the widget for `<script src>` without a module;
 * - `embed`: dist/embed.html and the script it runs, dist/embed.js (widget included);
 * - `resize`: dist/embed-resize.js, the host page's helper that sizes embed.html iframes.
 *
 * scripts/build-embed.mjs runs all three after the module is built.
 */
const entries = {
  iife: { entry: 'src/index.ts', file: 'diplomacy-timeline.iife.js' },
  embed: { entry: 'src/embed/embed-page.ts', file: 'embed.js' },
  resize: { entry: 'src/embed/embed-resize.ts', file: 'embed-resize.js' },
} as const;

/** Logs each file's minified and gzip size, so the closing notes can quote them. */
const reportSize: Plugin = {
  name: 'report-size',
  apply: 'build',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      const code = file.type === 'chunk' ? file.code : file.source;
      const gzip = gzipSync(code, { level: 9 }).length;
      this.info(`${file.fileName}: ${code.length} bytes, ${gzip} gzip`);
    }
  },
};

/** embed.html is demo/embed.html pointed at the built script instead of the source. */
const embedPage: Plugin = {
  name: 'embed-page',
  apply: 'build',
  generateBundle() {
    const page = readFileSync('demo/embed.html', 'utf8').replace(
      '<script type="module" src="../src/embed/embed-page.ts"></script>',
      '<script src="./embed.js" defer></script>',
    );
    if (!page.includes('./embed.js')) this.error('demo/embed.html no longer loads embed-page.ts');
    this.emitFile({ type: 'asset', fileName: 'embed.html', source: page });
  },
};

export default defineConfig(({ mode }) => {
  const target = entries[mode as keyof typeof entries];
  if (!target)
    throw new Error(`vite.embed.config.ts: --mode must be one of ${Object.keys(entries)}`);
  return {
    plugins: [minifyStyles, reportSize, ...(mode === 'embed' ? [embedPage] : [])],
    // The module's stand-ins (d3-transition, d3-interpolate): every build ships the same code.
    resolve: moduleConfig.resolve,
    publicDir: false,
    build: {
      target: 'es2022',
      minify: true,
      emptyOutDir: false,
      lib: {
        entry: target.entry,
        formats: ['iife'],
        name: 'DiplomacyTimeline',
        fileName: () => target.file,
      },
    },
  };
});
