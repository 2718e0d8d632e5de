import {splitByLabel} from "./splitByLabel.js";

/**
 * Average precision from a score (higher = more likely positive), sklearn's step-wise definition
 * (sklearn.metrics.average_precision_score): AP = Σₖ (Rₖ − Rₖ₋₁) Pₖ, where k runs over the distinct score values
 * from the highest down, Pₖ and Rₖ are the precision and recall when every row scoring ≥ the k-th value is
 * predicted positive, and R₀ = 0. No interpolation. Tied scores enter together. Labels and skipping as in rocAuc;
 * null when there is no positive label. O(n log n).
 * @throws {Error} if the columns differ in length
 * @example
 * averagePrecision([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]); // => 0.8333333333333333 (sklearn)
 */
export function averagePrecision(
  scores: ArrayLike<number | null>,
  labels: ArrayLike<number | boolean | null>
): number | null {
  const {positives, negatives} = splitByLabel(scores, labels);
  const total = positives.length;
  if (!total) return null;
  let i = positives.length - 1;
  let j = negatives.length - 1;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  while (i >= 0 || j >= 0) {
    const s = Math.max(i >= 0 ? positives[i] : -Infinity, j >= 0 ? negatives[j] : -Infinity);
    let dtp = 0;
    for (; i >= 0 && positives[i] === s; --i) ++dtp;
    for (; j >= 0 && negatives[j] === s; --j) ++fp;
    tp += dtp;
    if (dtp) ap += (dtp / total) * (tp / (tp + fp));
  }
  return ap;
}
