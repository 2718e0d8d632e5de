import {binShares} from "./binShares.js";

/**
 * Jensen–Shannon distance, base 2, between the reference and current bin shares on the same bins as PSI:
 * JS = √( ½ KL(r ‖ m) + ½ KL(c ‖ m) ), m = (r + c) / 2, KL(p ‖ q) = Σ p log₂(p / q) with 0 · log 0 = 0.
 * No floor is applied to empty bins (none is needed: m > 0 wherever p > 0). This is
 * scipy.spatial.distance.jensenshannon(r, c, base=2). It lies in [0, 1]: 0 for identical shares, 1 for
 * histograms with disjoint support. Evidently's default drift threshold is 0.1. Cost O(bins).
 *
 * @throws {Error} if the histograms differ in length or either is empty (sums to 0)
 * @example jsDistance([1, 0], [0, 1]); // => 1
 */
export function jsDistance(referenceCounts: ArrayLike<number>, currentCounts: ArrayLike<number>): number {
  if (referenceCounts.length !== currentCounts.length)
    throw new Error(`jsDistance: bin counts differ: ${referenceCounts.length} vs ${currentCounts.length}`);
  const r = binShares(referenceCounts, "reference");
  const c = binShares(currentCounts, "current");
  let divergence = 0;
  for (let i = 0; i < r.length; ++i) {
    const m = (r[i] + c[i]) / 2;
    if (r[i] > 0) divergence += r[i] * Math.log2(r[i] / m);
    if (c[i] > 0) divergence += c[i] * Math.log2(c[i] / m);
  }
  return Math.sqrt(Math.max(0, divergence / 2));
}
