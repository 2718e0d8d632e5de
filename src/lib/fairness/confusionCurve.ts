import type {Confusion} from "./confusionCounts.js";

/**
 * Counts of one group's rows per score bin: pos/neg = rows with a positive/negative label, unk = unlabelled rows.
 * Bin b holds scores in [lo + b·w, lo + (b + 1)·w) with w = (hi − lo) / bins (e.g. SQL
 * `least(bins − 1, floor(score * bins))` for lo = 0, hi = 1; the top bin also holds score = hi).
 */
export interface ScoreHistogram {
  pos: ArrayLike<number>;
  neg: ArrayLike<number>;
  unk: ArrayLike<number>;
}

/** Which side of the threshold is a positive prediction: "higher" = score ≥ t, "lower" = score < t. */
export type ScoreDirection = "higher" | "lower";

/**
 * The confusion table at every threshold on the bin grid: element k (k = 0 … bins) is the confusion when the
 * threshold is the k-th bin edge t_k = lo + k·w, i.e. predicted positive = bins ≥ k ("higher": score ≥ t_k) or
 * bins < k ("lower": score < t_k). Exact for thresholds on the grid (a score equal to hi is counted as below it).
 * Cumulative sums, O(bins).
 * @throws {Error} if pos, neg and unk differ in length or direction is invalid
 * @example
 * confusionCurve({pos: [1, 3], neg: [4, 2], unk: [0, 0]}, "higher")[1]; // => {tp: 3, fp: 2, tn: 4, fn: 1, up: 0, un: 0}
 */
export function confusionCurve(h: ScoreHistogram, direction: ScoreDirection): Confusion[] {
  const bins = h.pos.length;
  if (h.neg.length !== bins || h.unk.length !== bins)
    throw new Error(`histogram lengths differ: ${bins}, ${h.neg.length}, ${h.unk.length}`);
  if (direction !== "higher" && direction !== "lower") throw new Error(`invalid direction: ${direction}`);
  let P = 0;
  let N = 0;
  let U = 0;
  for (let b = 0; b < bins; ++b) {
    P += h.pos[b];
    N += h.neg[b];
    U += h.unk[b];
  }
  const out: Confusion[] = [];
  // below[k] = counts in bins < k
  let bp = 0;
  let bn = 0;
  let bu = 0;
  for (let k = 0; k <= bins; ++k) {
    if (k > 0) {
      bp += h.pos[k - 1];
      bn += h.neg[k - 1];
      bu += h.unk[k - 1];
    }
    out.push(
      direction === "lower"
        ? {tp: bp, fp: bn, up: bu, fn: P - bp, tn: N - bn, un: U - bu}
        : {tp: P - bp, fp: N - bn, up: U - bu, fn: bp, tn: bn, un: bu}
    );
  }
  return out;
}
