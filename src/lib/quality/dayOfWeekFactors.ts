import {baselineRange, type Baseline} from "../spc/baselineRange.js";

/**
 * Multiplicative day-of-week factors of a daily series, one per point: fᵢ = (mean of the baseline values that fall on
 * the same weekday as day i) / (mean of all baseline values). Dividing a value by its factor removes the weekly
 * pattern (the classical seasonal index of a multiplicative decomposition, Hyndman & Athanasopoulos, Forecasting:
 * Principles and Practice, 3rd ed., §3.4, with the seasonal means taken over the baseline only, so the factors do
 * not absorb the anomalies they help find). Weekdays are those of the UTC dates `days` (`YYYY-MM-DD`). The baseline
 * is a half-open index range as in the SPC library (default: every point). Runs in O(n).
 *
 * @throws {Error} `invalid day: <d>` for a day that is not YYYY-MM-DD, when lengths differ, for a non-finite or
 *   negative value, when the baseline misses a weekday or its mean is 0
 * @example dayOfWeekFactors(["2026-01-05", ..., "2026-01-11"], [10, 10, 10, 10, 10, 5, 5]); // => Mon–Fri 7/6, Sat and Sun 7/12
 */
export function dayOfWeekFactors(days: readonly string[], values: readonly number[], baseline?: Baseline): number[] {
  if (days.length !== values.length) throw new Error(`dayOfWeekFactors: ${days.length} days, ${values.length} values`);
  const weekday = days.map((d) => {
    const ms = /^\d{4}-\d{2}-\d{2}$/.test(d) ? Date.parse(`${d}T00:00:00Z`) : NaN;
    if (Number.isNaN(ms)) throw new Error(`invalid day: ${d}`);
    return new Date(ms).getUTCDay();
  });
  for (const v of values) if (!(Number.isFinite(v) && v >= 0)) throw new Error(`invalid value: ${v}`);
  const {start, end} = baselineRange(values.length, baseline);
  const sums = new Array<number>(7).fill(0);
  const counts = new Array<number>(7).fill(0);
  let total = 0;
  for (let i = start; i < end; ++i) {
    sums[weekday[i]] += values[i];
    counts[weekday[i]] += 1;
    total += values[i];
  }
  const missing = counts.findIndex((c) => c === 0);
  if (missing >= 0) throw new Error(`dayOfWeekFactors: no baseline value on weekday ${missing}`);
  const mean = total / (end - start);
  if (mean === 0) throw new Error("dayOfWeekFactors: baseline mean is 0");
  return weekday.map((w) => sums[w] / counts[w] / mean);
}
