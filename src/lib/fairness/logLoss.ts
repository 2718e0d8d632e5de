/** The clipping bound of logLoss: float64 machine epsilon, sklearn 1.2's log_loss default (eps="auto"). */
export const LOG_LOSS_EPS = 2.220446049250313e-16;

/**
 * Log loss (binary cross-entropy, natural log): −mean(y log p + (1 − y) log(1 − p)) over rows with a known label,
 * p the predicted probability of the positive label, clipped to [ε, 1 − ε] with ε = 2.220446049250313e-16 so that
 * a confident wrong prediction costs −log ε ≈ 36.04 instead of infinity (sklearn.metrics.log_loss in sklearn 1.2,
 * eps="auto" for float64). Skipping as in brierScore. Null when no row remains.
 * @throws {Error} if the columns differ in length or a probability is outside [0, 1]
 * @example
 * logLoss([0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0]); // => 0.19763488164214868 (sklearn)
 */
export function logLoss(
  probabilities: ArrayLike<number | null>,
  labels: ArrayLike<number | boolean | null>
): number | null {
  if (probabilities.length !== labels.length)
    throw new Error(`column lengths differ: ${probabilities.length} and ${labels.length}`);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < labels.length; ++i) {
    const raw = probabilities[i];
    const l = labels[i];
    const y = l === 1 || l === true ? 1 : l === 0 || l === false ? 0 : -1;
    if (y < 0 || raw === null || !Number.isFinite(raw)) continue;
    if (raw < 0 || raw > 1) throw new Error(`invalid probability: ${raw}`);
    const p = Math.min(1 - LOG_LOSS_EPS, Math.max(LOG_LOSS_EPS, raw));
    sum -= y ? Math.log(p) : Math.log(1 - p);
    ++n;
  }
  return n ? sum / n : null;
}
