import type {LabelCounts} from "./labelCounts.js";
import {meanProbabilityLoss, meanProbabilityLossOfCounts} from "./meanProbabilityLoss.js";

/** One row's Brier loss, (p − y)²: exported so a fused pass adds the same terms (performanceMetrics). */
export const brierLoss = (p: number, y: 0 | 1) => (p - y) * (p - y);

/**
 * Brier score: mean of (p − y)² over rows with a known label, p the predicted probability of the positive label
 * and y = 1 for a positive, 0 for a negative label (sklearn.metrics.brier_score_loss). Rows whose label is not
 * 1/true or 0/false, or whose probability is not finite, are skipped (meanProbabilityLoss). Null when no row remains.
 * @throws {Error} if the columns differ in length or a probability is outside [0, 1]
 * @example
 * brierScore([0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0]); // => 0.0375 (sklearn)
 */
export function brierScore(
  probabilities: ArrayLike<number | null>,
  labels: ArrayLike<number | boolean | null>
): number | null {
  return meanProbabilityLoss(probabilities, labels, brierLoss);
}

/**
 * brierScore from label counts per distinct probability (meanProbabilityLossOfCounts): the same mean up to rounding,
 * bit-identical whatever order the rows came in. Null when nothing is counted.
 *
 * @throws {Error} if a probability is outside [0, 1]
 * @example brierScoreOfCounts(labelCounts([0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0])); // => 0.0375
 */
export function brierScoreOfCounts(counts: LabelCounts): number | null {
  return meanProbabilityLossOfCounts(counts, brierLoss);
}
