// What each dependency costs in the widget's bundle: `npm run size`.
// esbuild bundles src/index.ts much as the build does (minified ES module; the CSS in the css``
// templates is left unminified here, so src/view reads larger than it ships) and reports the
// minified bytes each package and each of our folders contributes.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const result = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  metafile: true,
  logLevel: 'warning',
  // What loads with import() (the CSV reader, the sanitiser…) is a chunk of its own, as in
  // the build: it is listed apart, not counted in the module.
  splitting: true,
  outdir: 'size-report',
});
const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
const entry = outputs.findIndex(([, o]) => o.entryPoint);
const output = outputs[entry][1];
const byPart = new Map();
for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
  const part = pkg ?? file.split('/').slice(0, 2).join('/');
  byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
}
const total = [...byPart.values()].reduce((a, b) => a + b, 0);
const files = result.outputFiles.filter((f) => f.path.endsWith('.js'));
const gzip = gzipSync(files[entry].contents, { level: 9 }).length;
console.log('minified bytes by package or folder (share of the minified bundle):');
for (const [part, bytes] of [...byPart].sort((a, b) => b[1] - a[1])) {
  console.log(
    `${String(bytes).padStart(8)}  ${((bytes / total) * 100).toFixed(1).padStart(5)}%  ${part}`,
  );
}
console.log(`${String(total).padStart(8)}  total minified; ${gzip} bytes gzip -9`);
for (const [i, file] of files.entries()) {
  if (i === entry) continue;
  const size = gzipSync(file.contents, { level: 9 }).length;
  console.log(
    `  lazy chunk ${file.path.split('/').pop()}: ${file.contents.length} minified, ${size} gzip`,
  );
}
