/** Lower and upper alert thresholds of a metric; null = no threshold on that side. */
export interface Thresholds {
  lower: number | null;
  upper: number | null;
}

/**
 * How thresholds are set: `{std: k}` derives them from the reference chunks (mean ± k population standard
 * deviations, NannyML's StandardDeviationThreshold, default k = 3); `{constant: {lower, upper}}` fixes them
 * (NannyML's ConstantThreshold).
 */
export type ThresholdRule = {std: number} | {constant: Thresholds};

/**
 * Alert thresholds of a metric from its realised values on the reference chunks, as NannyML's
 * `calculate_threshold_values` (nannyml/thresholds.py) with StandardDeviationThreshold: lower = mean − k·σ and
 * upper = mean + k·σ, where mean and σ are np.nanmean and np.nanstd of the values (null and NaN values skipped; σ is
 * the population standard deviation, ddof 0). A threshold at or beyond the metric's limit is replaced by the limit
 * (lower ≤ limits[0] → limits[0], upper ≥ limits[1] → limits[1]: [0, 1] for ROC AUC, precision, recall and F1).
 * A constant rule returns its values, clipped the same way. Null thresholds when no reference value exists.
 *
 * @throws {Error} for a negative or non-finite k, or constant thresholds with lower ≥ upper
 * @example
 * referenceThresholds([0.8, 0.82, 0.84]); // => {lower: 0.82 − 3·0.01633 = 0.7710, upper: 0.8690}
 */
export function referenceThresholds(
  values: readonly (number | null)[],
  rule: ThresholdRule = {std: 3},
  limits: readonly [number, number] = [0, 1]
): Thresholds {
  let t: Thresholds;
  if ("constant" in rule) {
    const {lower, upper} = rule.constant;
    if (lower !== null && upper !== null && !(lower < upper))
      throw new Error(`invalid thresholds: lower ${lower} must be below upper ${upper}`);
    t = {lower, upper};
  } else {
    const k = rule.std;
    if (!(Number.isFinite(k) && k >= 0)) throw new Error(`invalid k: ${k}`);
    const xs = values.filter((v): v is number => v !== null && !Number.isNaN(v));
    if (!xs.length) return {lower: null, upper: null};
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sigma = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    t = {lower: mean - k * sigma, upper: mean + k * sigma};
  }
  return {
    lower: t.lower !== null && t.lower <= limits[0] ? limits[0] : t.lower,
    upper: t.upper !== null && t.upper >= limits[1] ? limits[1] : t.upper
  };
}
