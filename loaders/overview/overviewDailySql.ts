import {sqlLiteral} from "../db/sqlLiteral.js";
import type {DecisionColumns} from "./decisionColumns.js";

/**
 * SQL for one system's daily series on the Overview: decisions per UTC day, the share automated
 * (decision source other than `human`), routed to review, decided by fallback, and with the
 * favourable final decision, and the p50/p95 latency of automated decisions (continuous quantiles,
 * DuckDB `quantile_cont`, i.e. type 7). Ordered by day, so the Parquet is byte-identical on re-run.
 */
export function overviewDailySql(columns: DecisionColumns, decisions: string): string {
  const {system, time, decisionSource, review, finalDecision, latency, positive} = columns;
  const automated = `${decisionSource} <> 'human'`;
  return `SELECT ${sqlLiteral(system)} AS system,
  CAST(${time} AS DATE) AS day,
  count(*)::INTEGER AS decisions,
  avg(CASE WHEN ${automated} THEN 1 ELSE 0 END)::DOUBLE AS automated_rate,
  avg(CASE WHEN ${review} THEN 1 ELSE 0 END)::DOUBLE AS review_rate,
  avg(CASE WHEN ${decisionSource} = 'fallback' THEN 1 ELSE 0 END)::DOUBLE AS fallback_rate,
  avg(CASE WHEN ${finalDecision} = ${sqlLiteral(positive)} THEN 1 ELSE 0 END)::DOUBLE AS positive_rate,
  quantile_cont(${latency}, 0.5) FILTER (WHERE ${automated})::DOUBLE AS latency_p50,
  quantile_cont(${latency}, 0.95) FILTER (WHERE ${automated})::DOUBLE AS latency_p95
FROM read_parquet(${sqlLiteral(decisions)})
GROUP BY ALL
ORDER BY day`;
}
