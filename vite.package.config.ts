import { defineConfig } from 'vite';
import { minifyStyles } from './vite.config.js';

/**
 * The package's entry for bundlers (`import 'diplomacy-timeline'` in a Vite, webpack or
 * Rollup app), beside the self-contained module of vite.config.ts: our own code, one file per
 * source module under dist/lib/, with every package it uses left as an import. The app's
 * bundler then resolves Lit, d3 and date-fns once for the whole app: a page that has other Lit
 * elements loads one Lit. package.json's `dependencies` are exactly these imports (a test
 * checks it). The self-contained module's stand-ins for d3-transition and d3-interpolate are
 * not used here: they patch d3-selection, which this build shares with the app, and an app
 * drawing its own d3 transitions needs the real ones.
 */
export default defineConfig({
  plugins: [minifyStyles],
  publicDir: false,
  build: {
    target: 'es2022',
    minify: false,
    outDir: 'dist/lib',
    emptyOutDir: true,
    lib: { entry: 'src/index.ts', formats: ['es'] },
    rollupOptions: {
      // A bare specifier (`lit`, `lit/decorators.js`, `date-fns`) is a package: the app's. The
      // compiler's own decorator helper is part of our code.
      external: (id) => /^(?![./\0])(?!@oxc-project\/runtime\/)/.test(id),
      preserveEntrySignatures: 'strict',
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
