// What each dependency costs in the widget's bundle: `npm run size`.
// esbuild bundles src/index.ts much as the build does (minified ES module, the parts loaded
// with import() split off; the CSS in the css`` templates is left unminified here, so
// src/view reads larger than it ships) and reports the minified bytes each package and each
// of our folders contributes to the module, then the size of each lazily loaded part.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const result = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  splitting: true,
  outdir: 'size-report',
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  metafile: true,
  logLevel: 'warning',
  // The build's stand-ins for two of d3-zoom's dependencies (vite.config.ts).
  alias: {
    'd3-transition': './src/controllers/zoom-interrupt.ts',
    'd3-interpolate': './src/layout/zoom-path.ts',
  },
});

const gzip = (path) =>
  gzipSync(result.outputFiles.find((f) => f.path.endsWith(path)).contents, { level: 9 }).length;
const outputs = Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith('.js'));
const [mainPath, main] = outputs.find(([, output]) => output.entryPoint);

const byPart = new Map();
for (const [file, { bytesInOutput }] of Object.entries(main.inputs)) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
  const part = pkg ?? file.split('/').slice(0, 2).join('/');
  byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
}
const total = [...byPart.values()].reduce((a, b) => a + b, 0);
console.log('the module: minified bytes by package or folder (share of the minified module):');
for (const [part, bytes] of [...byPart].sort((a, b) => b[1] - a[1])) {
  console.log(
    `${String(bytes).padStart(8)}  ${((bytes / total) * 100).toFixed(1).padStart(5)}%  ${part}`,
  );
}
console.log(`${String(total).padStart(8)}  total minified; ${gzip(mainPath)} bytes gzip -9`);
for (const [path, output] of outputs) {
  if (path === mainPath || !Object.keys(output.inputs).length) continue;
  const parts = Object.keys(output.inputs)
    .map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file)
    .filter((part, i, all) => all.indexOf(part) === i);
  console.log(
    `loaded when needed: ${output.bytes} bytes minified, ${gzip(path)} gzip (${parts.join(', ')})`,
  );
}
