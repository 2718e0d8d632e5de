/** A band mean ± k·std around reference values. */
export interface ThresholdBand {
  mean: number;
  /** Sample standard deviation (ddof 1). */
  std: number;
  lower: number;
  upper: number;
}

/**
 * NannyML's StandardDeviationThreshold: mean ± k·s of the reference chunks' values (k = 3 by default), with s the
 * sample standard deviation (ddof 1, pandas' `Series.std()`), as DataReconstructionDriftCalculator uses for its
 * alert thresholds. A value outside [lower, upper] is an alert. To judge a reference chunk itself, leave it out:
 * `thresholdBand(errors.filter((_, j) => j !== i))`. Not simple-statistics' sampleStandardDeviation: its mean is a
 * compensated (Kahan–Babuška) sum, which differs from this plain sum in the last bits for about a third of inputs.
 *
 * @throws {Error} `thresholdBand requires at least 2 values`, or for a non-finite value or k < 0
 * @example thresholdBand([1, 2, 3]); // => {mean: 2, std: 1, lower: -1, upper: 5}
 */
export function thresholdBand(values: readonly number[], k = 3): ThresholdBand {
  if (values.length < 2) throw new Error("thresholdBand requires at least 2 values");
  if (!(k >= 0)) throw new Error(`invalid k: ${k}`);
  for (const v of values) if (!Number.isFinite(v)) throw new Error(`invalid value: ${v}`);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
  return {mean, std, lower: mean - k * std, upper: mean + k * std};
}
