import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {needRole} from "../system/needRole.js";
import type {System} from "../system/System.js";

/**
 * SQL for a system's daily operations metrics (UTC days), from its decisions and quarantine relations and its
 * column roles (tags `time`, `decision_source`, `latency`, `review`, `handling_time`):
 *
 * - `decisions`: accepted decisions; `errors`: quarantined records whose time parses to that day (records the
 *   system logged but that are unusable); `fallbacks`: decisions with source `fallback` (model unavailable).
 * - `success_rate` = (decisions − fallbacks) / (decisions + errors): decisions completed without error or fallback.
 * - `fallback_rate` = fallbacks / automated decisions (source not `human`).
 * - `latency_p50/p95/p99`: continuous quantiles (DuckDB quantile_cont, type 7) of automated decisions' latency, ms.
 * - review queue: a routed decision enters the queue at its time and leaves when its review completes, time +
 *   handling time (the log has no separate review start, so waiting and handling count together);
 *   `reviews` entered that day, `queue_peak` the most cases open at once that day (an event sweep, departures
 *   before arrivals at the same instant), `queue_end` open at the day's end, `review_hours_mean` and
 *   `review_hours_p95` hours from decision to completed review for the day's reviews.
 *
 * The mean adds the handling times in ascending order (`avg(... ORDER BY ...)`), so it is the same double on every
 * run whatever DuckDB's threads do. Ordered by day. Columns missing from the contract give NULL metrics.
 *
 * @throws {InputError} when the contract tags no time column
 * @example await db.all(operationsDailySql(system));
 */
export function operationsDailySql(system: Pick<System, "contract" | "roles" | "relations">): string {
  const {roles, relations} = system;
  const col = (role: "decisionSource" | "latency" | "review" | "handlingTime") => {
    const c = roles[role];
    return c ? id(c) : "NULL";
  };
  const time = id(needRole(system, "time"));
  const [source, latency, review, handling] = (["decisionSource", "latency", "review", "handlingTime"] as const).map(
    col
  );
  const errors = relations.quarantine
    ? `SELECT CAST(TRY_CAST(${time} AS TIMESTAMP) AS DATE) AS day, count(*) AS errors
       FROM ${relations.quarantine} WHERE TRY_CAST(${time} AS TIMESTAMP) IS NOT NULL GROUP BY 1`
    : "SELECT NULL::DATE AS day, 0 AS errors WHERE false";
  return `WITH d AS (
  SELECT CAST(${time} AS TIMESTAMP) AS t, ${source}::VARCHAR AS source, ${latency}::DOUBLE AS latency,
    coalesce(${review}::BOOLEAN, false) AS review, ${handling}::DOUBLE AS handling
  FROM ${relations.decisions}
),
daily AS (
  SELECT CAST(t AS DATE) AS day, count(*) AS decisions,
    count(*) FILTER (WHERE source = 'fallback') AS fallbacks,
    count(*) FILTER (WHERE source IS DISTINCT FROM 'human') AS automated,
    quantile_cont(latency, 0.5) FILTER (WHERE source IS DISTINCT FROM 'human') AS latency_p50,
    quantile_cont(latency, 0.95) FILTER (WHERE source IS DISTINCT FROM 'human') AS latency_p95,
    quantile_cont(latency, 0.99) FILTER (WHERE source IS DISTINCT FROM 'human') AS latency_p99,
    count(*) FILTER (WHERE review) AS reviews,
    avg(handling ORDER BY handling) FILTER (WHERE review) / 3600 AS review_hours_mean,
    quantile_cont(handling, 0.95) FILTER (WHERE review) / 3600 AS review_hours_p95
  FROM d GROUP BY 1
),
events AS (
  SELECT t AS ts, 1 AS delta FROM d WHERE review AND handling IS NOT NULL
  UNION ALL
  SELECT t + to_microseconds(CAST(handling * 1e6 AS BIGINT)) AS ts, -1 AS delta FROM d WHERE review AND handling IS NOT NULL
),
sweep AS (SELECT ts, delta, sum(delta) OVER (ORDER BY ts, delta ROWS UNBOUNDED PRECEDING) AS open FROM events),
queue AS (SELECT CAST(ts AS DATE) AS day, max(open) AS queue_peak, arg_max(open, (ts, -delta)) AS queue_end FROM sweep GROUP BY 1),
errors AS (${errors})
SELECT strftime(daily.day, '%Y-%m-%d') AS day, decisions::INTEGER AS decisions, coalesce(errors.errors, 0)::INTEGER AS errors,
  fallbacks::INTEGER AS fallbacks, automated::INTEGER AS automated,
  (decisions - fallbacks) / (decisions + coalesce(errors.errors, 0))::DOUBLE AS success_rate,
  CASE WHEN automated > 0 THEN fallbacks / automated::DOUBLE END AS fallback_rate,
  latency_p50, latency_p95, latency_p99, reviews::INTEGER AS reviews,
  coalesce(queue.queue_peak, 0)::INTEGER AS queue_peak, coalesce(queue.queue_end, 0)::INTEGER AS queue_end,
  review_hours_mean, review_hours_p95
FROM daily LEFT JOIN errors USING (day) LEFT JOIN queue USING (day)
ORDER BY daily.day`;
}
