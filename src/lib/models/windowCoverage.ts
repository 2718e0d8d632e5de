/** The fields of a model-metrics row that coverage reads; other fields pass through. */
export interface CoverageRow {
  model: string;
  granularity: string;
  window_start: string;
  window_end: string;
}

const DAY = 86_400_000;
const days = (from: string, to: string) =>
  Math.max(0, (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/**
 * How much of each month or week a model version was live: its `live_days` (the overlap of the window with the
 * version's "all" window, from its first to its last live day), the window's `window_days`, and `partial` when it
 * was live less than half of the window. A month in which a model went live on its last day (credit-lr, January
 * 2026) is one day of decisions, not a month: its metrics are drawn apart and labelled, not joined to the line.
 * Rows without an "all" row for their version count as fully covered.
 * @example windowCoverage(metrics).find((r) => r.window_start === "2026-01-01") // => {..., live_days: 1, window_days: 31, partial: true}
 */
export function windowCoverage<T extends CoverageRow>(
  rows: readonly T[]
): (T & {live_days: number; window_days: number; partial: boolean})[] {
  if (rows.length === 0) return [];
  const span = new Map(
    rows
      .filter((r) => r.granularity === "all")
      .map((r) => [r.model, {live_from: r.window_start, live_to: r.window_end}])
  );
  return rows.map((r) => {
    const window_days = days(r.window_start, r.window_end);
    const s = span.get(r.model);
    if (!s || r.granularity === "all" || r.granularity === "validation")
      return {...r, live_days: window_days, window_days, partial: false};
    const from = r.window_start > s.live_from ? r.window_start : s.live_from;
    const to = r.window_end < s.live_to ? r.window_end : s.live_to;
    const live_days = days(from, to);
    return {...r, live_days, window_days, partial: live_days < window_days / 2};
  });
}
