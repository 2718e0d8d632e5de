import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {dialectSql} from "../engine/dialectSql.js";
import type {Dialect} from "../engine/Engine.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
import type {QualityObject} from "./qualitySystem.js";

/**
 * SQL for the null rate of every column of an ingested object per UTC day and per ISO week (Monday) of its time
 * column: rows, nulls and nulls / rows, long format (one row per system, object, grain, window and column, in that
 * order), with the contract's `required` flag (a required column holds no null after ingest: its nulls are
 * quarantined). Rows without a time are left out. Undefined when the object has no time column or no column.
 * One scan: non-null counts per day (partialAggregateSql, so a sharded engine counts on its shards), weeks as sums
 * of their days, columns unpivoted by UNION ALL (in both dialects).
 */
export function nullRatesSql(system: string, object: QualityObject, dialect: Dialect = "duckdb"): string | undefined {
  if (!object.time || object.columns.length === 0) return undefined;
  const t = sqlIdentifier(object.time);
  const n = (i: number) => sqlIdentifier(`n${i}`);
  const days = partialAggregateSql({
    relation: object.relation,
    where: `${t} IS NOT NULL`,
    keys: [{name: "day", sql: `CAST(${t} AS DATE)`}],
    measures: [
      {name: "rows", sql: "count(*)", merge: "sum", type: "BIGINT"},
      ...object.columns.map(
        (c, i) => ({name: `n${i}`, sql: `count(${sqlIdentifier(c.name)})`, merge: "sum", type: "BIGINT"}) as const
      )
    ]
  });
  const sums = object.columns.map((_, i) => `CAST(sum(${n(i)}) AS BIGINT) AS ${n(i)}`).join(", ");
  const long = object.columns.map(
    (c, i) =>
      `SELECT grain, window_start, ${sqlLiteral(c.name)} AS "column", ${sqlLiteral(c.required)} AS required, ${i} AS pos, rows, rows - ${n(i)} AS nulls FROM "__windows"`
  );
  return `WITH "__days" AS (${days}),
"__windows" AS (
  SELECT 'day' AS grain, day AS window_start, rows, ${object.columns.map((_, i) => n(i)).join(", ")} FROM "__days"
  UNION ALL
  SELECT 'week' AS grain, ${dialectSql.weekStart(dialect, "day")} AS window_start, CAST(sum(rows) AS BIGINT) AS rows, ${sums}
  FROM "__days" GROUP BY 2)
SELECT ${sqlLiteral(system)} AS system, ${sqlLiteral(object.name)} AS object, grain, window_start, "column", required,
  CAST(rows AS INTEGER) AS rows, CAST(nulls AS INTEGER) AS nulls, CAST(nulls AS DOUBLE PRECISION) / rows AS null_rate
FROM (${long.join("\n  UNION ALL ")}) AS "__long"
ORDER BY grain, window_start, pos`;
}
