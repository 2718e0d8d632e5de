import {numericSample, type NumericSample} from "./driftSample.js";

/** The smallest reference standard deviation wasserstein divides by (Evidently's floor). */
export const WASSERSTEIN_STD_FLOOR = 0.001;

/** A Wasserstein-1 distance, raw and normed by the reference's standard deviation (see wasserstein). */
export interface WassersteinResult {
  distance: number;
  normed: number;
  referenceStd: number;
}

/**
 * Wasserstein-1 (earth mover's) distance between the empirical distributions of two samples,
 * W1 = ∫ |F_r(x) − F_c(x)| dx (scipy.stats.wasserstein_distance(r, c)), and the same divided by the reference
 * population standard deviation (ddof 0) floored at 0.001: `normed = W1 / max(std(r), 0.001)`, Evidently's
 * `wasserstein` stattest (default drift threshold 0.1, i.e. a tenth of a reference standard deviation).
 * The integral is summed exactly over the pooled sorted values with right-continuous ECDFs. Units: raw is in the
 * column's units, normed is unitless. Cost O((n1 + n2) log(n1 + n2)).
 *
 * @throws {Error} if either sample is empty or contains a non-finite value
 * @example wasserstein([0, 1, 3], [5, 6, 8]); // => {distance: 5, normed: 5 / 1.247… = 4.009…}
 */
export function wasserstein(reference: ArrayLike<number>, current: ArrayLike<number>): WassersteinResult {
  if (reference.length === 0) throw new Error("wasserstein requires a non-empty reference");
  if (current.length === 0) throw new Error("wasserstein requires a non-empty current");
  const sample = (values: ArrayLike<number>) => {
    for (let k = 0; k < values.length; ++k)
      if (!Number.isFinite(values[k])) throw new Error(`invalid wasserstein value: ${values[k]}`);
    return numericSample(values);
  };
  return sampleWasserstein(sample(reference), sample(current));
}

/**
 * wasserstein's twin for counted samples (see DriftSample: distinct values ascending with their counts), non-empty:
 * the integral summed over the pooled distinct values, Σ |F_r(vₖ) − F_c(vₖ)| (vₖ₊₁ − vₖ) in ascending order, each ECDF
 * value (count of values ≤ v) / n, the operations wasserstein performs on the expanded values; the reference's mean
 * and population standard deviation from the counts, Σ cₖ vₖ / n and √(Σ cₖ (vₖ − mean)² / n). Cost O(d1 + d2).
 *
 * @example sampleWasserstein(numericSample([0, 1, 3]), numericSample([5, 6, 8])).distance; // => 5
 */
export function sampleWasserstein(x: NumericSample, y: NumericSample): WassersteinResult {
  const [n1, n2] = [x.rows, y.rows];
  const [xv, xc, yv, yc] = [x.values, x.counts, y.values, y.counts];
  const [d1, d2] = [xv.length, yv.length];
  let i = 0; // distinct values of x taken
  let j = 0;
  let ci = 0; // values of x < the current pooled value
  let cj = 0;
  let distance = 0;
  let previous = Math.min(xv[0], yv[0]);
  while (i < d1 || j < d2) {
    const v = j >= d2 || (i < d1 && xv[i] <= yv[j]) ? xv[i] : yv[j];
    distance += Math.abs(ci / n1 - cj / n2) * (v - previous);
    previous = v;
    if (i < d1 && xv[i] <= v) ci += xc[i++];
    if (j < d2 && yv[j] <= v) cj += yc[j++];
  }
  let sum = 0;
  for (let k = 0; k < d1; ++k) sum += xc[k] * xv[k];
  const mean = sum / n1;
  let ss = 0;
  for (let k = 0; k < d1; ++k) ss += xc[k] * (xv[k] - mean) ** 2;
  const referenceStd = Math.sqrt(ss / n1);
  return {distance, normed: distance / Math.max(referenceStd, WASSERSTEIN_STD_FLOOR), referenceStd};
}
