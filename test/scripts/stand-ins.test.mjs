// The stand-ins for d3-transition, d3-interpolate and d3-selection (src/shims/) give their
// importers the little they use of them, and nothing more (d3-dispatch's keeps its whole
// contract, and d3-drag, which d3-zoom brings, imports it too): any other importer (our code,
// or a package added later) would get a module that silently lacks what it asked for.
// Bundling the widget as the build does, with its lazy parts, shows who imports them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { D3_STAND_INS } from '../../src/shims/stand-ins.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

const { metafile } = await build({
  entryPoints: ['src/index.ts'],
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  outdir: 'stand-ins-check',
  write: false,
  metafile: true,
  logLevel: 'error',
  alias: Object.fromEntries(
    Object.entries(D3_STAND_INS).map(([name, path]) => [name, `./${path}`]),
  ),
});

/** Each file that imports `name` (by its bare name or by the stand-in's path). */
function importersOf(name) {
  const importers = [];
  for (const [file, { imports }] of Object.entries(metafile.inputs)) {
    if (imports.some(({ path, original }) => original === name || path === D3_STAND_INS[name])) {
      importers.push(file);
    }
  }
  return importers;
}

/** Who may import each stand-in: a package (by its folder) or one of our files. */
const USERS = {
  'd3-transition': ['node_modules/d3-zoom/'],
  'd3-interpolate': ['node_modules/d3-zoom/'],
  'd3-dispatch': ['node_modules/d3-zoom/', 'node_modules/d3-drag/'],
  // What they call on a selection is what the stand-in keeps (src/shims/d3-selection.ts).
  'd3-selection': [
    'node_modules/d3-zoom/',
    'node_modules/d3-drag/',
    'src/controllers/zoom-controller.ts',
    'src/shims/d3-transition.ts',
  ],
};

describe('the d3 stand-ins', () => {
  it('each have a list of who may import them', () => {
    assert.deepEqual(Object.keys(USERS).sort(), Object.keys(D3_STAND_INS).sort());
  });

  for (const [name, users] of Object.entries(USERS)) {
    it(`serve ${name} to ${users.join(', ')} and to nothing else`, () => {
      const importers = importersOf(name);
      assert.ok(importers.length > 0, `nothing imports ${name}: is the stand-in still needed?`);
      const others = importers.filter((file) => !users.some((user) => file.startsWith(user)));
      assert.deepEqual(others, [], `${name} is imported outside ${users.join(', ')}`);
      assert.ok(D3_STAND_INS[name] in metafile.inputs, `${name} was not replaced in the bundle`);
    });
  }
});
