/** A baseline (Phase I) period as a half-open index range `[start, end)` into a series. */
export interface Baseline {
  start?: number;
  end?: number;
}

/**
 * Resolve and validate the Phase I (baseline) index range of a series of `length` points:
 * `start` defaults to 0 and `end` to `length`, so the default baseline is every point.
 * Limits are estimated on `[start, end)` and applied to every point; points at index ≥ `end`
 * are Phase II (monitoring). This is qcc's `qcc(data[baseline], newdata = data[later])` split
 * (Scrucca, qcc, R) and Montgomery's Phase I / Phase II (Introduction to Statistical Quality
 * Control, 7th ed., §5.4).
 *
 * @throws {Error} if start/end are not integers with 0 ≤ start < end ≤ length
 * @example baselineRange(10, {end: 4}); // => {start: 0, end: 4}
 */
export function baselineRange(length: number, baseline: Baseline = {}): {start: number; end: number} {
  const {start = 0, end = length} = baseline;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length)
    throw new Error(`invalid baseline: ${start}..${end} of ${length}`);
  return {start, end};
}
