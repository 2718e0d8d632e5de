/**
 * The index range `[start, end)` of the buckets whose labels fall in `from..to` (both inclusive, either
 * optional), for labels that sort as text in time order (ISO dates `YYYY-MM-DD`). With neither bound the
 * baseline is every bucket. Buckets must be sorted ascending.
 *
 * @throws {Error} if the buckets are not strictly ascending, or no bucket falls in the range
 * @example baselineBuckets(["2024-01-01", "2024-01-02", "2024-01-03"], {to: "2024-01-02"}); // => {start: 0, end: 2}
 */
export function baselineBuckets(
  buckets: readonly string[],
  {from, to}: {from?: string; to?: string} = {}
): {start: number; end: number} {
  for (let i = 1; i < buckets.length; ++i)
    if (!(buckets[i - 1] < buckets[i])) throw new Error(`buckets not ascending: ${buckets[i - 1]}, ${buckets[i]}`);
  let start = 0;
  while (start < buckets.length && from !== undefined && buckets[start] < from) ++start;
  let end = start;
  while (end < buckets.length && (to === undefined || buckets[end] <= to)) ++end;
  if (end === start) throw new Error(`invalid baseline: ${from ?? ""}..${to ?? ""}`);
  return {start, end};
}
