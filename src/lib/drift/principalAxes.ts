import {jacobiEigen} from "./jacobiEigen.js";

/**
 * PCA's axes from a covariance matrix (jacobiEigen), descending: every axis's share of the variance (negative
 * eigenvalues, rounding, counted as 0) and the fewest leading axes whose cumulative share exceeds `varianceShare`
 * (sklearn's PCA(n_components=share) rule), as unit rows. Cost O(d³).
 *
 * @example principalAxes([[2, 0], [0, 1]], 0.65).kept; // => 2/3 (one axis: 0.667 > 0.65)
 */
export function principalAxes(
  cov: number[][],
  varianceShare: number
): {components: number[][]; explained: number[]; kept: number} {
  const d = cov.length;
  const {values, vectors} = jacobiEigen(cov);
  const total = values.reduce((s, v) => s + Math.max(v, 0), 0);
  const explained = values.map((v) => Math.max(v, 0) / total);
  let k = 0;
  let kept = 0;
  while (k < d && kept <= varianceShare) kept += explained[k++];
  return {components: vectors.slice(0, k), explained, kept};
}
