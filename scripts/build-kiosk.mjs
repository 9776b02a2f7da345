// Writes dist/kiosk.html: one self-contained page for a museum or lobby touch screen that
// runs from file:// with the network off. The widget, its styles, the QR encoder and the
// default dataset are inlined as one classic script: module scripts and dynamic import()
// fail from file://, so esbuild bundles everything, lazy chunks included, into an IIFE.
// Run after `vite build` (npm run build does both).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { D3_STAND_INS } from '../src/shims/stand-ins.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'dist/kiosk.html');

// Using the class (not only importing the module) keeps the package's sideEffects list from
// dropping the element's definition.
const entry = `
import { DiplomacyTimeline } from './src/index.ts';
import dataset from './data/indonesia-digital-diplomacy.json';
const timeline = document.querySelector('diplomacy-timeline');
if (timeline instanceof DiplomacyTimeline) timeline.data = dataset;
`;

const result = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'kiosk-entry.ts' },
  bundle: true,
  // The same stand-ins for four of d3-zoom's dependencies as the module build.
  alias: Object.fromEntries(
    Object.entries(D3_STAND_INS).map(([name, path]) => [name, resolve(root, path)]),
  ),
  format: 'iife',
  minify: true,
  target: 'es2022',
  tsconfig: resolve(root, 'tsconfig.json'),
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
});

// Inside a <script>, "</script" would end it and "<!--" would change how it is parsed; both
// are written with a backslash, which means the same in JS strings, templates and regexes.
const script = result.outputFiles[0].text
  .replace(/<\/script/gi, '<\\/script')
  .replace(/<!--/g, '<\\!--');

const page = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Diplomasi Digital Indonesia</title>
<style>
html, body { height: 100%; margin: 0; overflow: hidden; overscroll-behavior: none; }
diplomacy-timeline { height: 100%; border: 0; border-radius: 0; }
</style>
</head>
<body>
<diplomacy-timeline mode="kiosk"></diplomacy-timeline>
<script>${script}</script>
</body>
</html>
`;

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
console.log(`dist/kiosk.html: ${page.length} bytes`);
