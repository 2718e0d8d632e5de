import type {Thresholds} from "./referenceThresholds.js";

/**
 * NannyML's alert rule (Metric.alert in nannyml/performance_estimation/confidence_based/metrics.py): true when the
 * value is strictly below the lower threshold or strictly above the upper one; a value equal to a threshold does
 * not alert. A null value, or a side without threshold, never alerts.
 *
 * @example
 * outsideThresholds(0.77, {lower: 0.77, upper: 0.9}); // => false (equal is inside)
 */
export function outsideThresholds(value: number | null, {lower, upper}: Thresholds): boolean {
  if (value === null || Number.isNaN(value)) return false;
  return (lower !== null && value < lower) || (upper !== null && value > upper);
}
