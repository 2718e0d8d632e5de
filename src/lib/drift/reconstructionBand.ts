import {thresholdBand} from "./thresholdBand.js";

/** The alert band for one chunk's reconstruction error. */
export interface ReconstructionBand {
  /** Mean of the reference chunks' errors. */
  mean: number;
  /** Their sample standard deviation (ddof 1). */
  std: number;
  /** The chunk's sampling error: the reference rows' error std / √(chunk rows) (NannyML's sampling_error). */
  samplingError: number;
  /** mean ∓ k·√(std² + samplingError²) */
  lower: number;
  upper: number;
}

/**
 * The band a chunk's mean reconstruction error is judged against: NannyML's mean ± k·s over the reference chunks'
 * errors (thresholdBand, k = 3, s with ddof 1), with s widened in quadrature by the chunk's own sampling error
 * (NannyML's `sampling_error`: the standard deviation of the reference's row errors divided by √rows of the chunk):
 * half-width k·√(s² + se²). NannyML draws the sampling error as a separate confidence band; folding it in keeps a
 * short chunk (a partial week) or a reference of only a few chunks (whose s is itself noisy) from raising alerts on
 * noise alone. To judge a reference chunk, pass the other reference chunks' errors (leave-one-out).
 *
 * @throws {Error} what thresholdBand throws (fewer than 2 reference errors), or for rows < 1 or a negative rowStd
 * @example reconstructionBand([2.05, 2.06, 2.04, 2.05], 0.9, 5611).upper; // => 2.05 + 3·√(0.00816² + 0.01202²) = 2.0936
 */
export function reconstructionBand(
  referenceErrors: readonly number[],
  rowStd: number,
  rows: number,
  k = 3
): ReconstructionBand {
  if (!(rows >= 1)) throw new Error(`invalid rows: ${rows}`);
  if (!(rowStd >= 0)) throw new Error(`invalid rowStd: ${rowStd}`);
  const {mean, std} = thresholdBand(referenceErrors, k);
  const samplingError = rowStd / Math.sqrt(rows);
  const half = k * Math.hypot(std, samplingError);
  return {mean, std, samplingError, lower: mean - half, upper: mean + half};
}
