import {splitByLabel} from "./splitByLabel.js";

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
  const {positives, negatives} = splitByLabel(scores, labels);
  if (!positives.length || !negatives.length) return null;
  let wins = 0;
  let below = 0; // negatives strictly below the current positive score
  let j = 0;
  for (let i = 0; i < positives.length;) {
    const s = positives[i];
    let k = i;
    while (k < positives.length && positives[k] === s) ++k;
    while (below < negatives.length && negatives[below] < s) ++below;
    j = below;
    while (j < negatives.length && negatives[j] === s) ++j;
    wins += (k - i) * (below + (j - below) / 2);
    i = k;
  }
  return wins / (positives.length * negatives.length);
}
