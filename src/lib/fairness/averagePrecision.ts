import {labelCounts, type LabelCounts} from "./labelCounts.js";

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
  return averagePrecisionOfCounts(labelCounts(scores, labels));
}

/**
 * averagePrecision from label counts per distinct score (see LabelCounts): the same steps, from the highest score
 * down, as averagePrecision on the rows they count, so the same double. O(d) for d distinct scores.
 *
 * @example averagePrecisionOfCounts(labelCounts([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])); // => 0.8333333333333333
 */
export function averagePrecisionOfCounts({positives, negatives}: LabelCounts): number | null {
  let total = 0;
  for (let k = 0; k < positives.length; ++k) total += positives[k];
  if (!total) return null;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  for (let k = positives.length - 1; k >= 0; --k) {
    const dtp = positives[k];
    fp += negatives[k];
    tp += dtp;
    if (dtp) ap += (dtp / total) * (tp / (tp + fp));
  }
  return ap;
}
