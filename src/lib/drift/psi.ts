import {binShares} from "./binShares.js";

/** The share given to an empty bin before taking logs. */
export const PSI_EMPTY_SHARE = 1e-4;

/**
 * Population Stability Index of a current histogram against a reference histogram on the same bins:
 * PSI = Σᵢ (cᵢ − rᵢ) · ln(cᵢ / rᵢ), natural log, where rᵢ and cᵢ are the bin shares and an empty bin's share
 * (exactly 0) is replaced by 1e-4 on either side (shares are not renormalised afterwards). This is Evidently's
 * `psi` stattest convention (`np.place(percents, percents == 0, 0.0001)`). Bins: for numeric columns the
 * reference deciles (see decileEdges, binCounts), for categorical ones one bin per category seen in either window
 * (see categoryCounts). Identical distributions give 0; the usual reading is < 0.1 stable, 0.1–0.25 moderate,
 * > 0.25 major shift (Siddiqi, Credit Risk Scorecards, 2006). Cost O(bins).
 *
 * @throws {Error} if the histograms differ in length or either is empty (sums to 0)
 * @example psi([50, 50], [25, 75]); // => 0.25·ln 2 + 0.25·ln 1.5 = 0.2746530721670274
 */
export function psi(referenceCounts: ArrayLike<number>, currentCounts: ArrayLike<number>): number {
  if (referenceCounts.length !== currentCounts.length)
    throw new Error(`psi: bin counts differ: ${referenceCounts.length} vs ${currentCounts.length}`);
  const r = binShares(referenceCounts, "reference");
  const c = binShares(currentCounts, "current");
  let sum = 0;
  for (let i = 0; i < r.length; ++i) {
    const ri = r[i] === 0 ? PSI_EMPTY_SHARE : r[i];
    const ci = c[i] === 0 ? PSI_EMPTY_SHARE : c[i];
    sum += (ci - ri) * Math.log(ci / ri);
  }
  return sum;
}
