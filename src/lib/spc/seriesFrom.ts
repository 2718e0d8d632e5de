/**
 * The buckets of a series from `from` (an ISO date, inclusive) on; all of them when `from` is undefined. The SPC
 * page starts its charts at go-live by default: before it, the decisions were manual, and the automated metrics
 * (fallback rate, latency) have nothing to say, yet their flat zeros raised run-rule signals.
 * @example seriesFrom(series, "2026-01-31")[0].bucket // => "2026-01-31"
 */
export function seriesFrom<T extends {bucket: string}>(series: readonly T[], from: string | undefined): T[] {
  return from === undefined ? [...series] : series.filter((d) => d.bucket >= from);
}
