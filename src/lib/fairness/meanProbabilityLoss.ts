import type {LabelCounts} from "./labelCounts.js";

/**
 * The mean of a per-row loss of predicted probabilities over the rows with a known label: the row rule brierScore
 * and logLoss share (sklearn.metrics.brier_score_loss and log_loss, binary case). Each row gives `loss(p, y)`, p
 * the predicted probability of the positive label and y = 1 for a positive (1 or true), 0 for a negative (0 or
 * false) label. Rows whose label is anything else (null, 2, …) or whose probability is null or not finite are
 * skipped. Null when no row remains. O(n).
 * @throws {Error} if the columns differ in length or a kept row's probability is outside [0, 1]
 * @example
 * meanProbabilityLoss([0.2, 0.5, NaN], [1, null, 0], (p, y) => Math.abs(p - y)); // => 0.8 (only |0.2 − 1| is kept)
 */
export function meanProbabilityLoss(
  probabilities: ArrayLike<number | null>,
  labels: ArrayLike<number | boolean | null>,
  loss: (p: number, y: 0 | 1) => number
): number | null {
  if (probabilities.length !== labels.length)
    throw new Error(`column lengths differ: ${probabilities.length} and ${labels.length}`);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < labels.length; ++i) {
    const p = probabilities[i];
    const l = labels[i];
    const y = l === 1 || l === true ? 1 : l === 0 || l === false ? 0 : -1;
    if (y === -1 || p === null || !Number.isFinite(p)) continue;
    if (p < 0 || p > 1) throw new Error(`invalid probability: ${p}`);
    sum += loss(p, y);
    ++n;
  }
  return n ? sum / n : null;
}

/**
 * meanProbabilityLoss from label counts per distinct probability (see LabelCounts): Σ (n⁺ loss(p, 1) + n⁻ loss(p, 0))
 * over the distinct probabilities in ascending order, divided by the rows counted. The same value as the row by row
 * mean up to rounding (each distinct probability's loss is multiplied by its count instead of added that many times),
 * and the same bits whatever order the rows came in. Null when nothing is counted. O(d).
 *
 * @throws {Error} if a probability is outside [0, 1]
 * @example meanProbabilityLossOfCounts(labelCounts([0.2, 0.2], [1, 0]), (p, y) => Math.abs(p - y)); // => 0.5
 */
export function meanProbabilityLossOfCounts(
  {scores, positives, negatives}: LabelCounts,
  loss: (p: number, y: 0 | 1) => number
): number | null {
  let sum = 0;
  let n = 0;
  for (let k = 0; k < scores.length; ++k) {
    const p = scores[k];
    if (p < 0 || p > 1) throw new Error(`invalid probability: ${p}`);
    if (positives[k]) sum += positives[k] * loss(p, 1);
    if (negatives[k]) sum += negatives[k] * loss(p, 0);
    n += positives[k] + negatives[k];
  }
  return n ? sum / n : null;
}
