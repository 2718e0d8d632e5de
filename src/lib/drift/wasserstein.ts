/** The smallest reference standard deviation wasserstein divides by (Evidently's floor). */
export const WASSERSTEIN_STD_FLOOR = 0.001;

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
export function wasserstein(
  reference: ArrayLike<number>,
  current: ArrayLike<number>
): {distance: number; normed: number; referenceStd: number} {
  const n1 = reference.length;
  const n2 = current.length;
  if (n1 === 0) throw new Error("wasserstein requires a non-empty reference");
  if (n2 === 0) throw new Error("wasserstein requires a non-empty current");
  return wassersteinSorted(sortedFinite(reference), sortedFinite(current));
}

/**
 * wasserstein's internal twin for samples already sorted ascending, finite and non-empty (none of this is checked):
 * the same result as wasserstein on them, without copying or sorting (the reference mean is summed in sorted order,
 * as wasserstein does). Used when one sample is compared many times.
 *
 * @example wassersteinSorted(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8)).distance; // => 5
 */
export function wassersteinSorted(
  x: ArrayLike<number>,
  y: ArrayLike<number>
): {distance: number; normed: number; referenceStd: number} {
  const n1 = x.length;
  const n2 = y.length;
  let i = 0;
  let j = 0;
  let distance = 0;
  let previous = Math.min(x[0], y[0]);
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && x[i] <= y[j]) ? x[i] : y[j];
    distance += Math.abs(i / n1 - j / n2) * (v - previous);
    previous = v;
    while (i < n1 && x[i] <= v) ++i;
    while (j < n2 && y[j] <= v) ++j;
  }
  let mean = 0;
  for (let k = 0; k < n1; ++k) mean += x[k];
  mean /= n1;
  let ss = 0;
  for (let k = 0; k < n1; ++k) ss += (x[k] - mean) ** 2;
  const referenceStd = Math.sqrt(ss / n1);
  return {distance, normed: distance / Math.max(referenceStd, WASSERSTEIN_STD_FLOOR), referenceStd};
}

function sortedFinite(values: ArrayLike<number>): Float64Array {
  const copy = Float64Array.from(values);
  for (let k = 0; k < copy.length; ++k)
    if (!Number.isFinite(copy[k])) throw new Error(`invalid wasserstein value: ${copy[k]}`);
  return copy.sort();
}
