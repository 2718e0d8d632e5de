import {sqlLiteral} from "../db/sqlLiteral.js";
import type {Relation} from "../engine/Engine.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
import {quantilesSql} from "../engine/quantilesSql.js";
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
export function overviewDailySql(columns: DecisionColumns, decisions: string | Relation): string {
  if (typeof decisions !== "string") {
    if (decisions.partition) return partitionedSql(columns, decisions);
    decisions = decisions.from;
  }
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

/**
 * overviewDailySql on a partitioned (sharded) relation: per day, the counts behind each rate are summed over the
 * partitions and divided once; the latency quantiles come from counts per distinct latency (quantilesSql), since
 * `percentile_cont` cannot be merged from partials. The same columns; the rates equal avg's, the quantiles equal
 * quantileType7's (percentile_cont's up to the last bit).
 */
function partitionedSql(columns: DecisionColumns, relation: Relation): string {
  const {system, time, decisionSource, review, finalDecision, latency, positive} = columns;
  const automated = `${decisionSource} <> 'human'`;
  const day = {name: "day", sql: `CAST(${time} AS DATE)`};
  const count = (name: string, filter?: string) =>
    ({name, sql: `count(*)${filter ? ` FILTER (WHERE ${filter})` : ""}`, merge: "sum", type: "BIGINT"}) as const;
  const counts = partialAggregateSql({
    relation,
    keys: [day],
    measures: [
      count("n"),
      count("automated", automated),
      count("reviewed", review),
      count("fallback", `${decisionSource} = 'fallback'`),
      count("positive", `${finalDecision} = ${sqlLiteral(positive)}`)
    ]
  });
  const quantiles = quantilesSql({
    relation,
    where: automated,
    keys: [day],
    value: latency,
    quantiles: [
      {name: "latency_p50", p: 0.5},
      {name: "latency_p95", p: 0.95}
    ]
  });
  const rate = (n: string) => `CAST(c.${n} AS DOUBLE PRECISION) / c.n AS`;
  return `WITH "__counts" AS (${counts}), "__latency" AS (${quantiles})
SELECT ${sqlLiteral(system)} AS system, c.day, CAST(c.n AS INTEGER) AS decisions,
  ${rate("automated")} automated_rate, ${rate("reviewed")} review_rate, ${rate("fallback")} fallback_rate,
  ${rate("positive")} positive_rate, q.latency_p50, q.latency_p95
FROM "__counts" AS c LEFT JOIN "__latency" AS q ON q.day = c.day
ORDER BY c.day`;
}
