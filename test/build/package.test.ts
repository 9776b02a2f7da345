import { expect } from '@open-wc/testing';

/** Every file package.json points at, as a published package would resolve it. */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

describe('package.json', () => {
  it('points its entry points, types, exports and manifest at files the build wrote', async () => {
    const pkg = await (await fetch('/package.json')).json();
    const paths = [
      pkg.main,
      pkg.module,
      pkg.types,
      pkg.unpkg,
      pkg.customElements,
      ...targets(pkg.exports),
    ]
      .filter((path: string) => !path.includes('*'))
      .map((path: string) => path.replace(/^\.\//, '/'));
    expect(paths).to.include.members([
      '/dist/lib/index.js',
      '/dist/diplomacy-timeline.js',
      '/dist/diplomacy-timeline.iife.js',
      '/dist/types/index.d.ts',
      '/dist/custom-elements.json',
    ]);
    for (const path of paths) {
      expect((await fetch(path, { method: 'HEAD' })).status, path).to.equal(200);
    }
    // Bundlers get our code with its packages as imports (one Lit for the whole app); the
    // self-contained module is there for a page, a CDN, or an app that wants it whole.
    expect(pkg.exports['.']).to.deep.equal({
      types: './dist/types/index.d.ts',
      import: './dist/lib/index.js',
    });
    expect(pkg.exports['./bundle']).to.deep.equal({
      types: './dist/types/index.d.ts',
      import: './dist/diplomacy-timeline.js',
    });
    expect(pkg.files).to.include.members(['dist', 'data']);
    expect(pkg.license).to.equal('MIT');
    // Importing the package defines the element: the bundles must never be tree-shaken away.
    expect(pkg.sideEffects).to.include.members(['./dist/*.js', './dist/lib/index.js']);
  });
});
