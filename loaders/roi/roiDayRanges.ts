/** A run of UTC days, `from` to `to` (YYYY-MM-DD, both included), or null: the decisions without a day. */
export type DayRange = {from: string; to: string} | null;

/**
 * The most decisions one roi-cells pass takes. The cells' ordered sums (`sum(x ORDER BY x)`, roiCellsSql) hold every
 * value of a pass in memory, which DuckDB cannot spill: measured on 10M credit-line decisions (one pass), the query
 * failed with DuckDB's memory limit at 500MB and ran at 1GB (peak RSS 0.7 GB), and 100M decisions in one pass ran out
 * of memory at refresh's default of the day, 2.5GB (bench/RESULTS.md, 2026-12-07). So 10M decisions, about 1 GB, is
 * one pass, and a larger log takes a pass per run of days.
 */
export const ROI_ROWS_PER_PASS = 10_000_000;

/**
 * The decision log's days, with their decision counts (ascending, the day null last when there is one), cut into
 * consecutive runs of at most `max` decisions each; a day with more decisions than `max` is a run of its own (a cell
 * is one day's: it cannot be split). The decisions without a day make a last run of their own (null). No day: no run.
 *
 * @example roiDayRanges([{day: "2026-01-01", n: 6}, {day: "2026-01-02", n: 5}], 10) // => [{from: "2026-01-01", to: "2026-01-01"}, {from: "2026-01-02", to: "2026-01-02"}]
 */
export function roiDayRanges(counts: readonly {day: string | null; n: number}[], max = ROI_ROWS_PER_PASS): DayRange[] {
  const ranges: DayRange[] = [];
  let run: {from: string; to: string; n: number} | null = null;
  let undated = false;
  for (const {day, n} of counts) {
    if (day === null) {
      undated = true;
      continue;
    }
    if (run && run.n + n > max) {
      ranges.push({from: run.from, to: run.to});
      run = null;
    }
    if (run) Object.assign(run, {to: day, n: run.n + n});
    else run = {from: day, to: day, n};
  }
  if (run) ranges.push({from: run.from, to: run.to});
  if (undated) ranges.push(null);
  return ranges;
}
