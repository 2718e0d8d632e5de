/** The spread of one rate across groups: Fairlearn's MetricFrame difference() and ratio() (method "between_groups"). */
export interface Spread {
  difference: number | null;
  ratio: number | null;
}

/**
 * difference = max − min and ratio = min / max over the groups' values, skipping groups whose value is null
 * (undefined rate) or NaN. Both are null when no group has a value; the ratio is null when max = 0 (0 / 0),
 * where Fairlearn would give NaN.
 * @example
 * rateSpread([0.5, 0.4, null, 0.25]); // => {difference: 0.25, ratio: 0.5}
 */
export function rateSpread(values: Iterable<number | null>): Spread {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v === null || Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (max === -Infinity) return {difference: null, ratio: null};
  return {difference: max - min, ratio: max > 0 ? min / max : null};
}
