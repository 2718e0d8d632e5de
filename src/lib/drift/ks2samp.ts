import {kolmogorovSf} from "./kolmogorovSf.js";
import {ksTwoSampleExactSf} from "./ksTwoSampleExactSf.js";
import {countRuns, type NumericSample} from "./driftSample.js";

/** Two-sample Kolmogorov–Smirnov result: D, its two-sided p-value and the p-value method used. */
export interface KsResult {
  statistic: number;
  pvalue: number;
  method: "exact" | "asymp";
}

/** Samples up to this size each get the exact p-value (scipy's MAX_AUTO_N). */
export const KS_EXACT_MAX_N = 10000;

/**
 * Two-sample two-sided Kolmogorov–Smirnov test, reproducing scipy.stats.ks_2samp(a, b, method="auto") (scipy 1.17):
 *
 * - D = sup_x |F_a(x) − F_b(x)| over the pooled values, with right-continuous ECDFs (ties handled exactly, as
 *   scipy's `searchsorted(side="right")`).
 * - method "auto": exact when max(n1, n2) ≤ 10000, asymptotic otherwise. Exact: see ksTwoSampleExactSf (D is
 *   snapped to the lattice h / lcm(n1, n2), as scipy returns it). Asymptotic: P = kstwo.sf(D, round(n1·n2/(n1+n2)))
 *   (see kolmogorovSf) — scipy's asymptotic two-sided method is the one-sample exact distribution at the
 *   effective size, not the limiting Kolmogorov distribution. If the exact computation fails, asymptotic is used.
 * - The exact p-value assumes continuous data; with ties it is conservative (as in scipy).
 *
 * NaN values must be removed by the caller. Cost O((n1 + n2) log(n1 + n2)) for D, plus the p-value.
 *
 * @throws {Error} if either sample is empty or contains NaN
 * @example ks2samp([1, 2, 3], [4, 5, 6]); // => {statistic: 1, pvalue: 0.1, method: "exact"}
 */
export function ks2samp(a: ArrayLike<number>, b: ArrayLike<number>): KsResult {
  if (a.length === 0 || b.length === 0) throw new Error("ks2samp requires two non-empty samples");
  return sampleKs(countRuns(sortedCopy(a)), countRuns(sortedCopy(b)));
}

/**
 * ks2samp's twin for counted samples (see DriftSample: distinct values ascending with their counts), non-empty: the
 * same result as ks2samp on the values they count. D is taken over the pooled distinct values, where both ECDFs are
 * (count of values ≤ v) / n, the very operations ks2samp performs on the expanded values. Cost O(d1 + d2) for D.
 *
 * @example sampleKs(numericSample([1, 2, 3]), numericSample([4, 5, 6])); // => {statistic: 1, pvalue: 0.1, method: "exact"}
 */
export function sampleKs(x: NumericSample, y: NumericSample): KsResult {
  const n1 = x.rows;
  const n2 = y.rows;
  const [xv, xc, yv, yc] = [x.values, x.counts, y.values, y.counts];
  const [d1, d2] = [xv.length, yv.length];
  let i = 0; // distinct values of x taken
  let j = 0;
  let ci = 0; // values of x ≤ the current pooled value
  let cj = 0;
  let maxS = -Infinity;
  let minS = Infinity;
  while (i < d1 || j < d2) {
    const v = j >= d2 || (i < d1 && xv[i] <= yv[j]) ? xv[i] : yv[j];
    if (i < d1 && xv[i] <= v) ci += xc[i++];
    if (j < d2 && yv[j] <= v) cj += yc[j++];
    const diff = ci / n1 - cj / n2;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
  }
  const negative = Math.min(1, Math.max(0, -minS));
  const d = negative > maxS ? negative : maxS;
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const exact = ksTwoSampleExactSf(n1, n2, d);
    if (exact) return {statistic: exact.d, pvalue: exact.pvalue, method: "exact"};
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (m * n) / (m + n);
  return {statistic: d, pvalue: Math.min(1, Math.max(0, kolmogorovSf(roundHalfEven(en), d))), method: "asymp"};
}

/** numpy's np.round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function sortedCopy(values: ArrayLike<number>): Float64Array {
  const copy = Float64Array.from(values);
  for (let k = 0; k < copy.length; ++k) if (Number.isNaN(copy[k])) throw new Error(`invalid ks2samp value: NaN`);
  return copy.sort();
}
