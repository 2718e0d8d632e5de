/**
 * What NannyML calls a metric's sampling-error components: the population standard deviation of the metric's
 * per-row contributions over the labelled reference rows, and the share of rows the metric uses (its
 * denominator's share of all rows).
 */
export interface SamplingErrorComponents {
  std: number;
  fraction: number;
}

/**
 * The standard error of a metric on a chunk of `rows` rows from its reference components: SE = std / √(rows ×
 * fraction), NannyML's `_universal_sampling_error(reference_std, reference_fraction, data)`
 * (nannyml/sampling_error/binary_classification.py). Null when the components are null, or when rows × fraction is
 * not positive (an empty chunk, or a metric whose denominator had no reference rows).
 *
 * @throws {Error} for a row count that is not a non-negative integer
 * @example
 * standardError({std: 0.3, fraction: 0.25}, 100); // => 0.06 (0.3 / √25)
 */
export function standardError(components: SamplingErrorComponents | null, rows: number): number | null {
  if (!(Number.isInteger(rows) && rows >= 0)) throw new Error(`invalid rows: ${rows}`);
  if (components === null) return null;
  const effective = rows * components.fraction;
  return effective > 0 ? components.std / Math.sqrt(effective) : null;
}
