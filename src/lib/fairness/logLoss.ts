import type {LabelCounts} from "./labelCounts.js";
import {meanProbabilityLoss, meanProbabilityLossOfCounts} from "./meanProbabilityLoss.js";

/** The clipping bound of logLoss: float64 machine epsilon, sklearn 1.2's log_loss default (eps="auto"). */
export const LOG_LOSS_EPS = 2.220446049250313e-16;

/**
 * Log loss (binary cross-entropy, natural log): −mean(y log p + (1 − y) log(1 − p)) over rows with a known label,
 * p the predicted probability of the positive label, clipped to [ε, 1 − ε] with ε = 2.220446049250313e-16 so that
 * a confident wrong prediction costs −log ε ≈ 36.04 instead of infinity (sklearn.metrics.log_loss in sklearn 1.2,
 * eps="auto" for float64). Skipping as in brierScore (meanProbabilityLoss). Null when no row remains.
 * @throws {Error} if the columns differ in length or a probability is outside [0, 1]
 * @example
 * logLoss([0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0]); // => 0.19763488164214868 (sklearn)
 */
export function logLoss(
  probabilities: ArrayLike<number | null>,
  labels: ArrayLike<number | boolean | null>
): number | null {
  return meanProbabilityLoss(probabilities, labels, crossEntropy);
}

/** One row's loss: −log of the clipped probability given to its label (exported for performanceMetrics' fused pass). */
export function crossEntropy(raw: number, y: 0 | 1): number {
  const p = Math.min(1 - LOG_LOSS_EPS, Math.max(LOG_LOSS_EPS, raw));
  return -(y ? Math.log(p) : Math.log(1 - p));
}

/**
 * logLoss from label counts per distinct probability (meanProbabilityLossOfCounts): the same mean up to rounding,
 * bit-identical whatever order the rows came in. Null when nothing is counted.
 *
 * @throws {Error} if a probability is outside [0, 1]
 * @example logLossOfCounts(labelCounts([0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0])); // => 0.19763488164214868
 */
export function logLossOfCounts(counts: LabelCounts): number | null {
  return meanProbabilityLossOfCounts(counts, crossEntropy);
}
