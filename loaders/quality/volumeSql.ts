import {sqlIdentifier} from "../db/sqlIdentifier.js";

/**
 * SQL for a decision log's daily volume: one row per UTC calendar day from the first to the last decision (days
 * without a decision included, with 0), the number of decisions, and the longest gap between consecutive decisions
 * ending that day, in hours (`max_gap_hours`: null on a day without decisions; the first decision has no gap). A gap
 * longer than the freshness SLA means the data would have been stale during it. Ordered by day.
 */
export function volumeSql(relation: string, time: string): string {
  const t = sqlIdentifier(time);
  return `WITH times AS (SELECT ${t} AS t FROM ${relation} WHERE ${t} IS NOT NULL),
gaps AS (SELECT t, date_diff('millisecond', lag(t) OVER (ORDER BY t), t) / 3600000.0 AS gap FROM times),
days AS (SELECT CAST(t AS DATE) AS day, count(*) AS decisions, max(gap) AS max_gap_hours FROM gaps GROUP BY 1),
calendar AS (SELECT CAST(unnest(generate_series(min(day)::TIMESTAMP, max(day)::TIMESTAMP, INTERVAL 1 DAY)) AS DATE) AS day
  FROM days)
SELECT strftime(c.day, '%Y-%m-%d') AS day, coalesce(d.decisions, 0)::INTEGER AS decisions, d.max_gap_hours::DOUBLE AS max_gap_hours
FROM calendar c LEFT JOIN days d USING (day)
ORDER BY c.day`;
}
