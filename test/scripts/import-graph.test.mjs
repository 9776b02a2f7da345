// The shape of src/'s imports: no circle, and the data and layout layers never reach up.
//
// Every import counts, `import type` and import() included. A type-only circle costs nothing
// at run time, but it still means neither file can be read, moved or tested without the other,
// and it is how the run-time circles began (a mode needed the element's type, then its
// value). A lazy import() is an edge too: the chunk still depends on what loads it.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Each file under `dir` (relative to the root) → the files under the root it imports. */
function importGraph(dir) {
  const files = readdirSync(join(root, dir), { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file));
  const graph = new Map();
  for (const file of files) {
    // preProcessFile reads import, export … from, import() and `typeof import()` alike,
    // whether or not they are type-only, without type-checking the program.
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    const local = importedFiles
      .map(({ fileName }) => fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => relative(root, join(root, dirname(file), name)).replace(/\.js$/, '.ts'));
    graph.set(file, [...new Set(local)]);
  }
  return graph;
}

/** Groups of files that import one another, each as one of its shortest circles. */
function circles(graph) {
  // Tarjan's strongly connected components, then a breadth-first path around each.
  const index = new Map();
  const low = new Map();
  const stack = [];
  const tangles = [];
  const visit = (file) => {
    index.set(file, index.size);
    low.set(file, index.get(file));
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) visit(next);
      if (stack.includes(next)) low.set(file, Math.min(low.get(file), low.get(next)));
    }
    if (low.get(file) !== index.get(file)) return;
    const tangle = stack.splice(stack.indexOf(file));
    if (tangle.length > 1 || graph.get(file)?.includes(file)) tangles.push(tangle);
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return tangles.map((tangle) => shortestCircle(graph, tangle.sort()[0]).join(' → '));
}

function shortestCircle(graph, start) {
  const from = new Map();
  const queue = [start];
  for (const file of queue) {
    for (const next of graph.get(file) ?? []) {
      if (next === start) {
        const circle = [start];
        for (let at = file; at !== start; at = from.get(at)) circle.splice(1, 0, at);
        return [...circle, start];
      }
      if (!from.has(next)) {
        from.set(next, file);
        queue.push(next);
      }
    }
  }
  return [start];
}

/** Every file `file` reaches through its imports, with the path to it. */
function reach(graph, file) {
  const paths = new Map([[file, [file]]]);
  for (const [current, path] of paths) {
    for (const next of graph.get(current) ?? []) {
      if (!paths.has(next)) paths.set(next, [...path, next]);
    }
  }
  return paths;
}

/** What sits above data/ and layout/: input, drawing, modes and the element that wires them. */
const ABOVE = [
  'src/controllers/',
  'src/element/',
  'src/view/',
  'src/modes/',
  'src/export/',
  'src/embed/',
  'src/cli/',
  'src/diplomacy-timeline.ts',
  'src/index.ts',
  'src/events.ts',
];

const graph = importGraph('src');

describe('the imports of src/', () => {
  it('are read from every file, type-only and lazy ones included', () => {
    // Guards the reader: if it missed these, the tests below would pass on any graph.
    assert.ok(graph.size > 80, `${graph.size} files read`);
    assert.ok(graph.get('src/modes/mode-loader.ts').includes('src/modes/kiosk.ts'));
    assert.ok(graph.get('src/controllers/hash-controller.ts').includes('src/hash/hash-link.ts'));
    assert.ok(graph.get('src/modes/mode-feature.ts').includes('src/data/model.ts'));
    assert.deepEqual(
      circles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a', 'b']],
        ]),
      ),
      ['a → b → c → a'],
    );
  });

  it('run in no circle', () => {
    assert.deepEqual(circles(graph), []);
  });

  it('keep each controller independent: none imports another file of controllers/', () => {
    // A controller that builds or reads another makes the element's fields work only in the
    // order they are declared; the element hands each one values or callbacks instead.
    const tied = [];
    for (const [file, imports] of graph) {
      if (!file.startsWith('src/controllers/')) continue;
      for (const target of imports) {
        if (target.startsWith('src/controllers/')) tied.push(`${file} → ${target}`);
      }
    }
    assert.deepEqual(tied, []);
  });

  for (const [layer, forbidden] of [
    ['src/data/', ['src/layout/', ...ABOVE]],
    ['src/layout/', ABOVE],
  ]) {
    it(`never reach from ${layer} to anything above it`, () => {
      const leaks = [];
      for (const file of graph.keys()) {
        if (!file.startsWith(layer)) continue;
        for (const [target, path] of reach(graph, file)) {
          if (forbidden.some((above) => target.startsWith(above))) leaks.push(path.join(' → '));
        }
      }
      assert.deepEqual(leaks, []);
    });
  }
});
