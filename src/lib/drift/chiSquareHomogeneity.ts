import {gammaQ} from "./gammaQ.js";

/** Result of a chi-square test: Pearson's statistic, degrees of freedom and upper-tail p-value. */
export interface ChiSquareResult {
  statistic: number;
  dof: number;
  pvalue: number;
}

/**
 * Pearson's chi-square test of homogeneity on the 2 × K contingency table whose rows are the reference
 * and current category counts: χ² = Σ (O − E)² / E with E = row total × column total / grand total,
 * df = K − 1, p = Q(df/2, χ²/2) (regularised upper incomplete gamma, see gammaQ). No Yates continuity
 * correction, even when df = 1: this is scipy.stats.chi2_contingency(table, correction=False). For a 2 × 2
 * table it equals the square of the pooled two-proportion z-test, so its p-value is that test's p-value
 * (the Z-test Evidently uses for binary columns).
 *
 * Categories counted zero in both rows are dropped (they carry no information and would give E = 0).
 * With one category left, df = 0, χ² = 0 and p = 1, as scipy returns. Not simple-statistics'
 * chiSquaredGoodnessOfFit: a goodness-of-fit test against a distribution, its p-value read from a table.
 *
 * @throws {Error} if the arrays differ in length, a count is negative or not finite, or a row sums to 0
 * @example chiSquareHomogeneity([10, 20], [20, 10]); // => {statistic: 6.666…, dof: 1, pvalue: 0.00982…}
 */
export function chiSquareHomogeneity(reference: ArrayLike<number>, current: ArrayLike<number>): ChiSquareResult {
  if (reference.length !== current.length)
    throw new Error(`chiSquareHomogeneity: lengths differ: ${reference.length} vs ${current.length}`);
  let r = 0;
  let c = 0;
  for (let i = 0; i < reference.length; ++i) {
    const a = reference[i];
    const b = current[i];
    if (!(a >= 0) || !(b >= 0) || !Number.isFinite(a) || !Number.isFinite(b))
      throw new Error(`chiSquareHomogeneity: invalid count: ${!(a >= 0) || !Number.isFinite(a) ? a : b}`);
    r += a;
    c += b;
  }
  if (r === 0) throw new Error("chiSquareHomogeneity requires a non-empty reference");
  if (c === 0) throw new Error("chiSquareHomogeneity requires a non-empty current");
  const total = r + c;
  let statistic = 0;
  let k = 0;
  for (let i = 0; i < reference.length; ++i) {
    const column = reference[i] + current[i];
    if (column === 0) continue;
    ++k;
    const er = (r * column) / total;
    const ec = (c * column) / total;
    statistic += (reference[i] - er) ** 2 / er + (current[i] - ec) ** 2 / ec;
  }
  const dof = k - 1;
  if (dof === 0) return {statistic: 0, dof: 0, pvalue: 1};
  return {statistic, dof, pvalue: gammaQ(dof / 2, statistic / 2)};
}
