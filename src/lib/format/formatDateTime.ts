/**
 * A point in time for people, in UTC: "2026-05-18 14:02 UTC" (minutes), or with `seconds` "2026-05-18 14:02:07
 * UTC". Accepts a Date, epoch milliseconds (as DuckDB-wasm and Arrow return timestamps) or an ISO string, so no
 * page ever shows a raw epoch number.
 *
 * @throws {Error} `invalid time: <value>` when the value is not a valid time
 * @example
 * formatDateTime(1775743196722); // => "2026-04-09 13:59 UTC"
 * formatDateTime("2026-06-29T23:57:40.620Z", {seconds: true}); // => "2026-06-29 23:57:40 UTC"
 */
export function formatDateTime(value: Date | number | string, {seconds = false} = {}): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`invalid time: ${String(value)}`);
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, seconds ? 19 : 16)} UTC`;
}
