import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {dialectSql} from "../engine/dialectSql.js";
import type {Dialect} from "../engine/Engine.js";

/**
 * SQL for a decision log's daily volume: one row per UTC calendar day with a decision, the number of decisions, and
 * the longest gap between consecutive decisions ending that day, in hours (`max_gap_hours`; the first decision has
 * no gap, so null on the first day when it holds one decision). A gap longer than the freshness SLA means the data
 * would have been stale during it. Ordered by day; volumeRows adds the days without a decision. The gaps need the
 * times in order across the whole log (a window over all of it), so this is the embedded DuckDB's SQL: on a
 * PostgreSQL or sharded engine volumeDays computes the same days, exactly, from pieces of the log aggregated on the
 * shards (see docs/scale.md, "quality-volume from pieces of the log").
 */
export function volumeSql(relation: string, time: string, dialect: Dialect = "duckdb"): string {
  const t = sqlIdentifier(time);
  const hours = `${dialectSql.unitsBetween(dialect, "millisecond", "prev", "t")} / 3600000.0`;
  return `WITH times AS (SELECT ${t} AS t, lag(${t}) OVER (ORDER BY ${t}) AS prev FROM ${relation} WHERE ${t} IS NOT NULL),
days AS (SELECT CAST(t AS DATE) AS day, count(*) AS decisions, max(${hours}) AS max_gap_hours FROM times GROUP BY 1)
SELECT CAST(day AS VARCHAR) AS day, CAST(decisions AS INTEGER) AS decisions, CAST(max_gap_hours AS DOUBLE PRECISION) AS max_gap_hours
FROM days ORDER BY days.day`;
}
