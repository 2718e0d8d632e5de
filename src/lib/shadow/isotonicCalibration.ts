import {distinctRanks, type DistinctRanks} from "../stats/distinctRanks.js";
import {rankOrder} from "../stats/rankOrder.js";

/** A fitted isotonic calibration map: knots (x ascending, y non-decreasing) and its evaluation. */
export interface Calibration {
  x: number[];
  y: number[];
  /** Linear interpolation between knots, clipped to the end values outside [x₀, x_last]. */
  apply(score: number): number;
  /**
   * `apply` of every value of an ascending array, by one walk along the knots instead of a binary search per value:
   * the same knot pair, the same formula, the same bits. O(values + knots).
   */
  applyAscending(values: Float64Array): Float64Array;
}

/**
 * Calibrates scores to probabilities by isotonic regression, as NannyML's CBPE does with scikit-learn's
 * IsotonicRegression(increasing=True, out_of_bounds="clip"): rows with equal scores are pooled (mean label,
 * weight = count), the pool-adjacent-violators algorithm (Ayer et al. 1955) fits the non-decreasing step
 * function minimising weighted squared error, and prediction interpolates linearly between the pooled scores
 * and clips outside them (sklearn's predict). Rows with a null/NaN score or a label other than 0/1 are skipped.
 * O(n log n), the sort by score on typed arrays (distinctRanks, rankOrder); with `ranks` (the scores' ranks among
 * distinct values, e.g. a superset's distinctRanks taken at these rows) O(n + d), no sort.
 *
 * @throws {Error} when the arrays differ in length or no row remains
 * @example
 * isotonicCalibration([0.1, 0.2, 0.3, 0.4], [0, 1, 0, 1]).y; // => [0, 0.5, 0.5, 1]
 */
export function isotonicCalibration(
  scores: ArrayLike<number | null>,
  labels: ArrayLike<number | boolean | null>,
  {ranks = null}: {ranks?: DistinctRanks | null} = {}
): Calibration {
  if (scores.length !== labels.length) throw new Error(`length mismatch: ${scores.length}, ${labels.length}`);
  // the labelled rows' scores and labels, visited by score ascending, ties in input order (a stable sort)
  const s = new Float64Array(scores.length);
  const labelOf = new Uint8Array(scores.length);
  const rankOf = new Int32Array(ranks ? scores.length : 0);
  let m = 0;
  for (let i = 0; i < scores.length; ++i) {
    const x = scores[i];
    const y = labels[i];
    if (x === null || Number.isNaN(x)) continue;
    if (y === 1 || y === true || y === 0 || y === false) {
      s[m] = x;
      if (ranks) rankOf[m] = ranks.rank[i];
      labelOf[m++] = y === 1 || y === true ? 1 : 0;
    }
  }
  if (!m) throw new Error("isotonicCalibration requires at least one labelled row");
  const kept = s.subarray(0, m);
  const known = ranks ? {values: ranks.values, rank: rankOf.subarray(0, m)} : distinctRanks(kept);
  const order = known
    ? rankOrder(known.rank, known.values.length, "ascending")
    : new Uint32Array(m).map((_, i) => i).sort((a, b) => kept[a] - kept[b] || a - b);
  const xs: number[] = [];
  const means: number[] = [];
  const weights: number[] = [];
  for (let k = 0; k < m; ++k) {
    const x = kept[order[k]];
    const y = labelOf[order[k]];
    if (xs.length && xs[xs.length - 1] === x) {
      const j = xs.length - 1;
      means[j] = (means[j] * weights[j] + y) / (weights[j] + 1);
      weights[j] += 1;
    } else {
      xs.push(x);
      means.push(y);
      weights.push(1);
    }
  }
  // pool adjacent violators over blocks [start, end) of the pooled points
  const value: number[] = [];
  const weight: number[] = [];
  const start: number[] = [];
  for (let i = 0; i < xs.length; ++i) {
    value.push(means[i]);
    weight.push(weights[i]);
    start.push(i);
    while (value.length > 1 && value[value.length - 2] > value[value.length - 1]) {
      const w = weight[weight.length - 2] + weight[weight.length - 1];
      const v =
        (value[value.length - 2] * weight[weight.length - 2] + value[value.length - 1] * weight[weight.length - 1]) / w;
      value.pop();
      weight.pop();
      start.pop();
      value[value.length - 1] = v;
      weight[weight.length - 1] = w;
    }
  }
  const y = new Array<number>(xs.length);
  for (let b = 0; b < value.length; ++b) for (let i = start[b]; i < (start[b + 1] ?? xs.length); ++i) y[i] = value[b];
  const last = xs.length - 1;
  // between knots lo and lo + 1 (xs[lo] < score < xs[lo + 1]): linear interpolation
  const between = (score: number, lo: number) =>
    y[lo] + ((y[lo + 1] - y[lo]) * (score - xs[lo])) / (xs[lo + 1] - xs[lo]);
  return {
    x: xs,
    y,
    apply(score: number): number {
      if (score <= xs[0]) return y[0];
      if (score >= xs[last]) return y[last];
      let lo = 0;
      let hi = last;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (xs[mid] <= score) lo = mid;
        else hi = mid;
      }
      return between(score, lo);
    },
    applyAscending(values: Float64Array): Float64Array {
      const out = new Float64Array(values.length);
      let lo = 0; // the last knot ≤ the value: what apply's binary search ends on
      for (let k = 0; k < values.length; ++k) {
        const score = values[k];
        if (score <= xs[0]) out[k] = y[0];
        else if (score >= xs[last]) out[k] = y[last];
        else {
          while (xs[lo + 1] <= score) ++lo;
          out[k] = between(score, lo);
        }
      }
      return out;
    }
  };
}
