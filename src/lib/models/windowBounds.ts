/** A monitoring window's granularity: ISO week (Monday to Sunday) or calendar month, both UTC. */
export type Granularity = "week" | "month";

/**
 * The window of a granularity that contains a day: start = the Monday of its ISO week (DuckDB's
 * date_trunc('week'), ISO 8601) or the first of its month; end = the next window's start (exclusive). Days and
 * bounds are YYYY-MM-DD (UTC). A longer ISO timestamp is cut to its date.
 *
 * @throws {Error} for an unparseable day or an unknown granularity
 * @example
 * windowBounds("2026-01-01", "week"); // => {start: "2025-12-29", end: "2026-01-05"}
 * windowBounds("2026-02-14", "month"); // => {start: "2026-02-01", end: "2026-03-01"}
 */
export function windowBounds(day: string, granularity: Granularity): {start: string; end: string} {
  const t = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(t)) throw new Error(`invalid day: ${day}`);
  const d = new Date(t);
  const iso = (x: Date) => x.toISOString().slice(0, 10);
  if (granularity === "week") {
    const start = new Date(t - ((d.getUTCDay() + 6) % 7) * 86_400_000);
    return {start: iso(start), end: iso(new Date(start.getTime() + 7 * 86_400_000))};
  }
  if (granularity === "month")
    return {
      start: iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1))),
      end: iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)))
    };
  throw new Error(`invalid granularity: ${String(granularity)}`);
}
