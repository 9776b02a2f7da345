// custom-elements.json for editors, linters and docs: read from the JSDoc on the element class
// (`npm run build` writes it to dist/). package.json names it already, so it is left alone.
export default {
  globs: ['src/diplomacy-timeline.ts', 'src/index.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
