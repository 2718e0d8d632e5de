const DAY_MS = 86_400_000;

/**
 * A default Phase I period for a series of date buckets (`YYYY-MM-DD` labels, ascending): from the first
 * bucket on or after `start` (e.g. the day automated decisions began; default the first bucket) through the
 * last bucket that begins within `days` days of it (default 56, eight weeks, enough for stable limits on
 * daily or weekly buckets while leaving most of the series to monitor). The result is a `baseline` for
 * spcAnalysis; a user should still pick a period known to be in control.
 *
 * @throws {Error} if there is no bucket on or after start, or days is not positive
 * @example suggestBaseline(["2026-01-01", "2026-01-31", "2026-02-01", "2026-04-01"], "2026-01-31", 56); // => {from: "2026-01-31", to: "2026-02-01"}
 */
export function suggestBaseline(buckets: readonly string[], start?: string, days = 56): {from: string; to: string} {
  if (!(days > 0)) throw new Error(`invalid days: ${days}`);
  const first = start === undefined ? 0 : buckets.findIndex((b) => b >= start);
  if (first < 0 || buckets.length === 0) throw new Error(`no bucket from ${start}`);
  const end = Date.parse(buckets[first]) + days * DAY_MS;
  let last = first;
  while (last + 1 < buckets.length && Date.parse(buckets[last + 1]) < end) ++last;
  return {from: buckets[first], to: buckets[last]};
}
