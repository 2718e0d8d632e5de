import type {ReliabilityBin} from "./reliabilityCurve.js";

/**
 * Expected calibration error of a reliability curve: ECE = Σ_b (n_b / n) · |observed_rate_b − mean_score_b| over
 * the non-empty bins, n = Σ n_b (Naeini, Cooper & Hauskrecht 2015, "Obtaining well calibrated probabilities
 * using Bayesian binning", AAAI; Guo et al. 2017 eq. 3, with the bins of reliabilityCurve). 0 for a perfectly
 * calibrated score; in score units. Null when every bin is empty.
 *
 * @example
 * calibrationError(reliabilityCurve([0.05, 0.15, 0.18, 0.95], [0, 0, 1, 1])); // => 0.1925 (hand: (0.05 + 2 · 0.335 + 0.05) / 4)
 */
export function calibrationError(curve: readonly ReliabilityBin[]): number | null {
  let n = 0;
  let sum = 0;
  for (const b of curve) {
    if (!b.count) continue;
    n += b.count;
    sum += b.count * Math.abs(b.observed_rate! - b.mean_score!);
  }
  return n ? sum / n : null;
}
