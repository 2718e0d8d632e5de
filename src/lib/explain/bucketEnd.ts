import {windowBounds} from "../models/windowBounds.js";

/**
 * The exclusive end of a UTC calendar bucket that starts on `bucket` (YYYY-MM-DD): the next day, the next ISO week's
 * Monday or the next month's first day, so that [bucket, bucketEnd) is the bucket as a half-open window.
 *
 * @throws {Error} for an unparseable day or an unknown unit
 * @example bucketEnd("2026-05-04", "week"); // => "2026-05-11"
 */
export function bucketEnd(bucket: string, unit: "day" | "week" | "month"): string {
  const t = Date.parse(`${bucket.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(t)) throw new Error(`invalid day: ${bucket}`);
  if (unit === "day") return new Date(t + 86_400_000).toISOString().slice(0, 10);
  if (unit === "week" || unit === "month") return windowBounds(bucket, unit).end;
  throw new Error(`invalid unit: ${String(unit)}`);
}
