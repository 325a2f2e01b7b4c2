/**
 * Stands in for d3-color in the browser build (vite.config.ts). React Flow reaches d3-color only
 * through the colour tweens of d3-interpolate and d3-transition, which the graph never runs: its
 * zoom tweens numbers (the [x, y, k] of interpolateZoom). Here `color` recognises no colour, so a
 * generic tween of a string tweens it as a string, and the colour spaces refuse loudly. About 3 kB
 * (gzip) of the graph route's budget.
 */
export function color(): null {
  return null;
}

function refuse(): never {
  throw new Error('Colour tweens are left out of this build (vite.config.ts, d3-color)');
}

export { refuse as rgb, refuse as hsl, refuse as lab, refuse as hcl, refuse as cubehelix };
