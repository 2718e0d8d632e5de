import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {QualityObject} from "./qualitySystem.js";

/**
 * SQL for the null rate of every column of an ingested object per UTC day and per ISO week (Monday) of its time
 * column: rows, nulls and nulls / rows, long format (one row per system, object, grain, window and column, in that
 * order), with the contract's `required` flag (a required column holds no null after ingest: its nulls are
 * quarantined). Rows without a time are left out. Undefined when the object has no time column or no column.
 */
export function nullRatesSql(system: string, object: QualityObject): string | undefined {
  if (!object.time || object.columns.length === 0) return undefined;
  const t = sqlIdentifier(object.time);
  const counts = object.columns.map((c) => `count(${sqlIdentifier(c.name)}) AS ${sqlIdentifier(`n:${c.name}`)}`);
  const windows = (grain: "day" | "week") =>
    `SELECT '${grain}' AS grain, CAST(date_trunc('${grain}', ${t}) AS DATE) AS window_start, count(*) AS rows, ${counts.join(", ")}
  FROM ${object.relation} WHERE ${t} IS NOT NULL GROUP BY ALL`;
  const required = object.columns.map((c) => `(${sqlLiteral(c.name)}, ${sqlLiteral(c.required)})`).join(", ");
  return `WITH counts AS (${windows("day")}
  UNION ALL
  ${windows("week")}),
long AS (UNPIVOT counts ON COLUMNS(* EXCLUDE (grain, window_start, rows)) INTO NAME name VALUE non_null)
SELECT ${sqlLiteral(system)} AS system, ${sqlLiteral(object.name)} AS object, grain, window_start,
  substr(name, 3) AS "column", r.required, rows::INTEGER AS rows, (rows - non_null)::INTEGER AS nulls,
  ((rows - non_null) / rows)::DOUBLE AS null_rate
FROM long JOIN (VALUES ${required}) AS r("column", required) ON r."column" = substr(name, 3)
ORDER BY grain, window_start, list_position([${object.columns.map((c) => sqlLiteral(c.name)).join(", ")}], "column")`;
}
