import {sqlLiteral} from "../db/sqlLiteral.js";
import type {DecisionColumns} from "./decisionColumns.js";

/**
 * SQL for one system's daily series on the Overview: decisions per UTC day, the share automated
 * (decision source other than `human`), routed to review, decided by fallback, and with the
 * favourable final decision, and the p50/p95 latency of automated decisions (continuous quantiles,
 * `percentile_cont`, i.e. type 7). Ordered by day, so the Parquet is byte-identical on re-run.
 * Written in the SQL subset DuckDB and PostgreSQL share (test/loaders/sources/sqlDialect.test.ts runs it on
 * both, `read_parquet(...)` replaced by a table name): ordered-set `percentile_cont`, `FILTER`, `CAST(... AS
 * DOUBLE PRECISION)`, `GROUP BY 1, 2`.
 */
export function overviewDailySql(columns: DecisionColumns, decisions: string): string {
  const {system, time, decisionSource, review, finalDecision, latency, positive} = columns;
  const automated = `${decisionSource} <> 'human'`;
  return `SELECT ${sqlLiteral(system)} AS system,
  CAST(${time} AS DATE) AS day,
  count(*)::INTEGER AS decisions,
  CAST(avg(CASE WHEN ${automated} THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS automated_rate,
  CAST(avg(CASE WHEN ${review} THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS review_rate,
  CAST(avg(CASE WHEN ${decisionSource} = 'fallback' THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS fallback_rate,
  CAST(avg(CASE WHEN ${finalDecision} = ${sqlLiteral(positive)} THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS positive_rate,
  CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY ${latency}) FILTER (WHERE ${automated}) AS DOUBLE PRECISION) AS latency_p50,
  CAST(percentile_cont(0.95) WITHIN GROUP (ORDER BY ${latency}) FILTER (WHERE ${automated}) AS DOUBLE PRECISION) AS latency_p95
FROM ${decisions}
GROUP BY 1, 2
ORDER BY day`;
}
