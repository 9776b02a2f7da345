// The build's stand-ins for four of d3-zoom's dependencies (d3-selection is also the zoom
// controller's), as paths from the repository's root: vite.config.ts (so every Vite build),
// web-test-runner.config.mjs, scripts/bundle-report.mjs and scripts/build-kiosk.mjs resolve
// the bare names to them, so the tests and the size report see what ships. Why each is safe:
// the files themselves. A feature that needs the real d3-transition, d3-interpolate,
// d3-dispatch or d3-selection must drop its entry here (and fit the size budget, or load
// lazily).
export const D3_STAND_INS = {
  'd3-transition': 'src/shims/d3-transition.ts',
  'd3-interpolate': 'src/shims/d3-interpolate.ts',
  'd3-dispatch': 'src/shims/d3-dispatch.ts',
  'd3-selection': 'src/shims/d3-selection.ts',
};
