/** Expected confusion counts and the metrics computed from them (ratios of expectations). */
export interface ExpectedConfusion {
  n: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  accuracy: number | null;
}

/**
 * Confidence-based performance estimation (CBPE, NannyML "how it works: performance estimation", binary
 * case) for rows whose label has not arrived: with p̂ᵢ the calibrated probability of the positive (bad) outcome
 * and ŷᵢ the decision (positive = predicted bad), each row adds p̂ᵢ to TP and 1 − p̂ᵢ to FP when ŷᵢ = 1, and
 * 1 − p̂ᵢ to TN and p̂ᵢ to FN when ŷᵢ = 0; precision = TP/(TP+FP), recall = TP/(TP+FN), F1 their harmonic mean,
 * accuracy = (TP+TN)/n, from the expected counts. Unbiased when p̂ is calibrated and P(y | x) has not changed
 * (no concept drift). Rows with a null/NaN probability are skipped. O(n).
 *
 * @throws {Error} when the arrays differ in length or a probability is outside [0, 1]
 * @example
 * expectedConfusion([0.9, 0.2, 0.6], [true, false, true]).tp; // => 1.5
 */
export function expectedConfusion(
  probabilities: ArrayLike<number | null>,
  predictedPositive: ArrayLike<boolean | number>
): ExpectedConfusion {
  if (probabilities.length !== predictedPositive.length)
    throw new Error(`length mismatch: ${probabilities.length}, ${predictedPositive.length}`);
  let n = 0;
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < probabilities.length; ++i) {
    const p = probabilities[i];
    if (p === null || Number.isNaN(p)) continue;
    if (!(p >= 0 && p <= 1)) throw new Error(`invalid probability: ${p}`);
    ++n;
    if (predictedPositive[i]) {
      tp += p;
      fp += 1 - p;
    } else {
      tn += 1 - p;
      fn += p;
    }
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : null;
  return {n, tp, fp, tn, fn, precision, recall, f1, accuracy: n ? (tp + tn) / n : null};
}
