import {labelCounts, type LabelCounts} from "./labelCounts.js";

/**
 * Area under the ROC curve, higher score = more likely positive, by the rank (Mann–Whitney U) formula with
 * tied scores counted one half: AUC = (#{s⁺ > s⁻} + ½ #{s⁺ = s⁻}) / (n⁺ n⁻), which equals
 * (R⁺ − n⁺(n⁺ + 1)/2) / (n⁺ n⁻) with average ranks for ties and equals sklearn.metrics.roc_auc_score.
 * Labels: 1/true positive, 0/false negative, anything else skipped; non-finite scores skipped. For a score where
 * lower means positive, pass the negated scores. Null when either class is empty. O(n log n) (two typed sorts
 * and a merge).
 * @throws {Error} if the columns differ in length
 * @example
 * rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]); // => 0.75 (sklearn)
 */
export function rocAuc(scores: ArrayLike<number | null>, labels: ArrayLike<number | boolean | null>): number | null {
  return rocAucOfCounts(labelCounts(scores, labels));
}

/**
 * rocAuc from label counts per distinct score (see LabelCounts): the same sums in the same order as rocAuc on the
 * rows they count, so the same double. O(d) for d distinct scores.
 *
 * @example rocAucOfCounts(labelCounts([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])); // => 0.75
 */
export function rocAucOfCounts({positives, negatives}: LabelCounts): number | null {
  let np = 0;
  let nn = 0;
  for (let k = 0; k < positives.length; ++k) {
    np += positives[k];
    nn += negatives[k];
  }
  if (!np || !nn) return null;
  let wins = 0;
  let below = 0; // negatives strictly below the current score
  for (let k = 0; k < positives.length; ++k) {
    if (positives[k]) wins += positives[k] * (below + negatives[k] / 2);
    below += negatives[k];
  }
  return wins / (np * nn);
}
