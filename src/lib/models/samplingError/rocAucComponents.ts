import type {DistinctRanks} from "../../stats/distinctRanks.js";
import type {SamplingErrorComponents} from "./standardError.js";

/**
 * Sampling-error components of ROC AUC from the labelled reference rows, after NannyML's
 * `auroc_sampling_error_components` (nannyml/sampling_error/binary_classification.py), which writes the AUC as a
 * Mann–Whitney U statistic: when more than half the rows are positive, the classes are swapped (label 1 − y,
 * score reversed) so the positive class is the minority; each positive row contributes its placement, the share of
 * negative rows scored below it; std = the population standard deviation of those placements and fraction = the
 * positive rows' share of all rows. The AUC is the mean of the placements, so SE = std / √(n × fraction) is the
 * standard error of a mean over the chunk's expected positives.
 *
 * Two conventions differ from NannyML's code, on purpose: a negative tied with the positive counts one half (the
 * Mann–Whitney and sklearn convention; NannyML counts whatever np.argsort's unstable order puts below), and the
 * lowest-ranked row keeps its placement when it is positive (NannyML's `np.unique(positive_ranks)[1:]` drops
 * it and shifts the counts of the others by one). Without ties and with a negative ranked lowest the two agree
 * exactly. Rows with a label other than 1/true or 0/false, or a non-finite score, are skipped. Null when either
 * class is empty. O(n log n); with `ranks` (the scores' distinctRanks, or a superset's taken at these rows) O(n + d).
 *
 * @throws {Error} if the columns differ in length
 * @example
 * rocAucComponents([0.1, 0.35, 0.4, 0.8], [0, 1, 0, 1]); // placements 1/2 and 1 => {std: 0.25, fraction: 0.5}
 */
export function rocAucComponents(
  scores: ArrayLike<number | null>,
  labels: ArrayLike<number | boolean | null>,
  ranks: DistinctRanks | null = null
): SamplingErrorComponents | null {
  if (scores.length !== labels.length) throw new Error(`column lengths differ: ${scores.length} and ${labels.length}`);
  if (ranks) return rocAucComponentsOfRanks(labels, ranks);
  const ones: number[] = [];
  const zeros: number[] = [];
  for (let i = 0; i < scores.length; ++i) {
    const s = scores[i];
    const y = labels[i];
    if (s === null || !Number.isFinite(s)) continue;
    if (y === 1 || y === true) ones.push(s);
    else if (y === 0 || y === false) zeros.push(s);
  }
  const n = ones.length + zeros.length;
  if (!ones.length || !zeros.length) return null;
  // the minority class is positive; swapping the classes reverses the score order
  const swap = ones.length / n > 0.5;
  const positives = swap ? zeros.map((s) => -s) : ones;
  const negatives = Float64Array.from(swap ? ones.map((s) => -s) : zeros).sort();
  const placements = new Float64Array(positives.length);
  positives.forEach((s, i) => {
    const below = lowerBound(negatives, s);
    const tied = upperBound(negatives, s) - below;
    placements[i] = (below + tied / 2) / negatives.length;
  });
  return spread(placements, n);
}

/**
 * rocAucComponents from the scores' ranks among distinct values (every score finite): each positive's negatives
 * below and tied counted per rank (prefix sums) instead of searched in the sorted negatives, the same integers, so
 * the same placements, summed in the same (input) order. O(n + d).
 */
function rocAucComponentsOfRanks(
  labels: ArrayLike<number | boolean | null>,
  {values, rank}: DistinctRanks
): SamplingErrorComponents | null {
  const d = values.length;
  const ones = new Float64Array(d);
  const zeros = new Float64Array(d);
  let nOnes = 0;
  let nZeros = 0;
  for (let i = 0; i < labels.length; ++i) {
    const y = labels[i];
    if (y === 1 || y === true) {
      ++ones[rank[i]];
      ++nOnes;
    } else if (y === 0 || y === false) {
      ++zeros[rank[i]];
      ++nZeros;
    }
  }
  const n = nOnes + nZeros;
  if (!nOnes || !nZeros) return null;
  // the minority class is positive; swapped, scores are negated: "below" a positive = the ones scored above it
  const swap = nOnes / n > 0.5;
  const negatives = swap ? ones : zeros;
  const below = new Float64Array(d);
  if (swap) for (let r = d - 2; r >= 0; --r) below[r] = below[r + 1] + negatives[r + 1];
  else for (let r = 1; r < d; ++r) below[r] = below[r - 1] + negatives[r - 1];
  const nNegatives = swap ? nOnes : nZeros;
  const placements = new Float64Array(swap ? nZeros : nOnes);
  let k = 0;
  for (let i = 0; i < labels.length; ++i) {
    const y = labels[i];
    const positive = swap ? y === 0 || y === false : y === 1 || y === true;
    if (positive) placements[k++] = (below[rank[i]] + negatives[rank[i]] / 2) / nNegatives;
  }
  return spread(placements, n);
}

/** The placements' population standard deviation (mean first, then squared deviations) and their share of n rows. */
function spread(placements: Float64Array, n: number): {std: number; fraction: number} {
  let mean = 0;
  for (const v of placements) mean += v;
  mean /= placements.length;
  let ss = 0;
  for (const v of placements) ss += (v - mean) ** 2;
  return {std: Math.sqrt(ss / placements.length), fraction: placements.length / n};
}

/** First index whose value is ≥ x in an ascending array. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x in an ascending array. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
