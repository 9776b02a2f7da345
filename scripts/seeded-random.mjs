// One seeded generator for every synthetic dataset (tests, bench, layout report), so a seed
// names the same data everywhere.

/**
 * Numbers in [0, 1) from `seed`, the same sequence on every machine (mulberry32: small, and
 * good enough to scatter dates).
 * @param {number} seed
 * @returns {() => number}
 */
export function seededRandom(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
