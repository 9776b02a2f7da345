// The rest of `npm run build`, after the ES module: the classic-script builds (IIFE widget,
// embed.html with its script, embed-resize.js; see vite.embed.config.ts), then the demo site
// with the default dataset, laid out as in the repository so its relative links hold:
// dist/demo/*.html load ../diplomacy-timeline.js and ../data/*.json.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build as bundle } from 'esbuild';
import { build } from 'vite';

for (const mode of ['iife', 'embed', 'resize']) {
  await build({ configFile: 'vite.embed.config.ts', mode, logLevel: 'warn' });
}

/** The demo pages and files published with the site; large.html is a development tool. */
const site = [
  'index.html',
  'generator.html',
  'themes.html',
  'iframe.html',
  'presentation.html',
  'kiosk.html',
  'authoring.html',
  'article.css',
  'generator.css',
  'themes.css',
  'presentation.css',
  'kiosk.css',
  'kiosk.js',
  'lang-switch.js',
  'timelinejs-example.json',
  'media/command-center.svg',
];
const siteScripts = ['generator.js'];

mkdirSync('dist/demo/media', { recursive: true });
// The generator writes a dataset as the list for readers without JavaScript (demo/list-writer.ts).
await bundle({
  entryPoints: ['demo/list-writer.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  outfile: 'dist/demo/list-writer.js',
  logLevel: 'warning',
});
for (const file of [...site, ...siteScripts]) {
  let text = readFileSync(`demo/${file}`, 'utf8');
  if (siteScripts.includes(file))
    text = text.replaceAll("'./list-writer.ts'", "'./list-writer.js'");
  if (file.endsWith('.html')) {
    // In the repository the pages run the source; published, they run what users get.
    for (const [source, built] of [
      ['src="../src/index.ts"', 'src="../diplomacy-timeline.js"'],
      ['data-dist="../dist/"', 'data-dist="../"'],
      // embed.html moves up beside the module; a dataset address in its query follows it.
      ['src="./embed.html?src=../data/', 'src="../embed.html?src=./data/'],
      [
        '<script type="module" src="../src/embed/embed-resize.ts"></script>',
        '<script src="../embed-resize.js" async></script>',
      ],
    ]) {
      text = text.replaceAll(source, built);
    }
    if (text.includes('../src/')) throw new Error(`demo/${file} still loads from ../src/`);
  }
  writeFileSync(`dist/demo/${file}`, text);
}
mkdirSync('dist/data', { recursive: true });
for (const file of [
  'indonesia-digital-diplomacy.json',
  'indonesia-digital-diplomacy.csv',
  'schema.json',
]) {
  copyFileSync(`data/${file}`, `dist/data/${file}`);
}

// What each artefact weighs, minified and gzip -9: the numbers to quote in release notes.
const rows = readdirSync('dist')
  .filter((file) => /\.(js|html)$/.test(file))
  .map((file) => {
    const bytes = readFileSync(`dist/${file}`);
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
const width = Math.max(...rows.map((row) => row.file.length));
for (const { file, bytes, gzip } of rows) {
  console.log(
    `${file.padEnd(width)}  ${String(bytes).padStart(7)} B  ${String(gzip).padStart(6)} B gzip`,
  );
}
