import {InputError} from "../cli/errors.js";

/** Calendar bucket units of the SPC series. */
export const BUCKET_UNITS = ["day", "week", "month"] as const;
export type BucketUnit = (typeof BUCKET_UNITS)[number];

/**
 * SQL for the label of the UTC calendar bucket a TIMESTAMP falls in: its first day as `YYYY-MM-DD`.
 * Weeks start on Monday (ISO 8601; DuckDB `date_trunc('week', …)`), months on the 1st. The expression
 * must be a TIMESTAMP in UTC (the Db sets `TimeZone = 'UTC'`). Runs in DuckDB and PostgreSQL alike (no `strftime`).
 *
 * @throws {InputError} for a unit other than day, week or month
 * @example bucketSql("week", "t") // => "CAST(CAST(date_trunc('week', t) AS DATE) AS VARCHAR)"
 */
export function bucketSql(unit: string, timestamp: string): string {
  if (!(BUCKET_UNITS as readonly string[]).includes(unit))
    throw new InputError(`invalid bucket: ${JSON.stringify(unit)} (day, week or month)`);
  return `CAST(CAST(date_trunc('${unit}', ${timestamp}) AS DATE) AS VARCHAR)`;
}
