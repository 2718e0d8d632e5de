/**
 * The sampling-error band of a metric value: value ± k standard errors, clipped to the metric's limits, as NannyML
 * draws it (`SAMPLING_ERROR_RANGE` = 3 in nannyml/sampling_error/__init__.py; `lower_confidence_boundary` =
 * max(limit, value − 3·SE) and `upper_confidence_boundary` = min(limit, value + 3·SE) in
 * nannyml/performance_estimation/confidence_based/metrics.py). Both null when the value or the standard error is.
 *
 * @throws {Error} for a negative or non-finite k
 * @example
 * confidenceBand(0.95, 0.02); // => [0.89, 1] (0.95 + 0.06 clipped to 1)
 */
export function confidenceBand(
  value: number | null,
  se: number | null,
  k = 3,
  limits: readonly [number, number] = [0, 1]
): [number, number] | [null, null] {
  if (!(Number.isFinite(k) && k >= 0)) throw new Error(`invalid k: ${k}`);
  if (value === null || se === null || Number.isNaN(value) || Number.isNaN(se)) return [null, null];
  return [Math.max(limits[0], value - k * se), Math.min(limits[1], value + k * se)];
}
