/**
 * Brier score: mean of (p − y)² over rows with a known label, p the predicted probability of the positive label
 * and y = 1 for a positive, 0 for a negative label (sklearn.metrics.brier_score_loss). Rows whose label is not
 * 1/true or 0/false, or whose probability is not finite, are skipped. Null when no row remains.
 * @throws {Error} if the columns differ in length or a probability is outside [0, 1]
 * @example
 * brierScore([0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0]); // => 0.0375 (sklearn)
 */
export function brierScore(
  probabilities: ArrayLike<number | null>,
  labels: ArrayLike<number | boolean | null>
): number | null {
  if (probabilities.length !== labels.length)
    throw new Error(`column lengths differ: ${probabilities.length} and ${labels.length}`);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < labels.length; ++i) {
    const p = probabilities[i];
    const l = labels[i];
    const y = l === 1 || l === true ? 1 : l === 0 || l === false ? 0 : -1;
    if (y < 0 || p === null || !Number.isFinite(p)) continue;
    if (p < 0 || p > 1) throw new Error(`invalid probability: ${p}`);
    sum += (p - y) * (p - y);
    ++n;
  }
  return n ? sum / n : null;
}
