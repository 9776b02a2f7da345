/*
 * Stands in for d3-interpolate (src/shims/stand-ins.mjs wires it in). d3-zoom imports one
 * function from it, `interpolateZoom`, as the default path of an animated zoom; the widget
 * animates its zooms itself along its own zoom path, which has the same signature. The real
 * module cannot be tree-shaken and brings d3-color with it: 15 KB minified for this function.
 */
export { interpolateZoom } from '../layout/zoom-path.js';
