// What each dependency costs in the widget's bundle: `npm run size`.
// esbuild bundles src/index.ts much as the build does (minified ES module, the parts loaded
// with import() split off; the CSS in the css`` templates is left unminified here, so
// src/view reads larger than it ships) and reports the minified bytes each package and each
// of our folders contributes to the module, then the size of each lazily loaded part.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { D3_STAND_INS } from '../src/shims/stand-ins.mjs';

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
  // The build's stand-ins for four of d3-zoom's dependencies (src/shims/stand-ins.mjs).
  alias: Object.fromEntries(
    Object.entries(D3_STAND_INS).map(([name, path]) => [name, `./${path}`]),
  ),
});

const outputs = Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith('.js'));
const contents = (path) => result.outputFiles.find((f) => f.path.endsWith(path)).contents;
// Every lazy part is an entry point to esbuild too: the module is the one of src/index.ts.
const [mainPath] = outputs.find(([, output]) => output.entryPoint === 'src/index.ts');

// esbuild puts code shared by the module and a lazy part in chunks of their own; the build
// (Rollup) keeps it in the module. So the module is the entry with every chunk it imports
// statically, and what only import() reaches is loaded when needed.
const inModule = new Set([mainPath]);
for (const path of inModule) {
  for (const { path: next, kind } of result.metafile.outputs[path].imports) {
    if (kind === 'import-statement' && next.endsWith('.js')) inModule.add(next);
  }
}

const byPart = new Map();
for (const path of inModule) {
  for (const [file, { bytesInOutput }] of Object.entries(result.metafile.outputs[path].inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
    const part = pkg ?? file.split('/').slice(0, 2).join('/');
    byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
  }
}
const total = [...byPart.values()].reduce((a, b) => a + b, 0);
const moduleGzip = gzipSync(Buffer.concat([...inModule].map((path) => contents(path))), {
  level: 9,
}).length;
console.log('the module: minified bytes by package or folder (share of the minified module):');
for (const [part, bytes] of [...byPart].sort((a, b) => b[1] - a[1])) {
  console.log(
    `${String(bytes).padStart(8)}  ${((bytes / total) * 100).toFixed(1).padStart(5)}%  ${part}`,
  );
}
console.log(`${String(total).padStart(8)}  total minified; about ${moduleGzip} bytes gzip -9`);
console.log('  (npm run build prints the exact size of dist/diplomacy-timeline.js, CSS minified)');
for (const [path, output] of outputs) {
  if (inModule.has(path) || !Object.keys(output.inputs).length) continue;
  const parts = Object.keys(output.inputs)
    .map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file)
    .filter((part, i, all) => all.indexOf(part) === i);
  const gzip = gzipSync(contents(path), { level: 9 }).length;
  console.log(
    `loaded when needed: ${output.bytes} bytes minified, ${gzip} gzip (${parts.join(', ')})`,
  );
}
