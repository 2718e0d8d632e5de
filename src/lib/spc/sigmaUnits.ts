import type {ControlPoint} from "./runRule.js";

/**
 * The distance of a point from its centre line in sigma units, `(value − center) / sigma`.
 * A point on the centre line is 0 even when sigma is 0; off the line with sigma 0 it is ±Infinity
 * (a p-chart with p̄ = 0 flags any defective). The zone rules compare it strictly with ±1, ±2, ±3,
 * as qcc compares `statistics > center + k·sigma` (Scrucca, R package qcc, rules.R).
 *
 * @example sigmaUnits({value: 12, center: 10, sigma: 1}); // => 2
 */
export function sigmaUnits({value, center, sigma}: ControlPoint): number {
  return value === center ? 0 : (value - center) / sigma;
}
