import {sqlLiteral} from "../db/sqlLiteral.js";
import {timeSql} from "../system/timeSql.js";
import type {QualityObject} from "./qualitySystem.js";

/**
 * SQL for an object's quarantined rows counted by ISO week of their time value as received (parsed like drift's
 * time column: text with an offset converts to UTC; a value that does not parse gives a null week), source file and
 * failed check (`_checks`, one count per check a row failed, so a row failing two checks counts twice; `rows_total`
 * counts each row once, on the first of its checks). Only these aggregates leave the loader: quarantined rows keep
 * the raw values as received (`_raw` and every column), personal data included. Undefined when the object has no
 * quarantine file.
 */
export function quarantineSql(system: string, object: QualityObject): string | undefined {
  if (!object.quarantine) return undefined;
  const week = object.time ? `CAST(date_trunc('week', ${timeSql(object.time)}) AS DATE)` : "NULL::DATE";
  return `SELECT ${sqlLiteral(system)} AS system, ${sqlLiteral(object.name)} AS object, week, source_file, "check",
  count(*)::INTEGER AS rows, count_if(i = 1)::INTEGER AS rows_total
FROM (SELECT ${week} AS week, _source_file AS source_file, unnest(_checks) AS "check", generate_subscripts(_checks, 1) AS i
  FROM ${object.quarantineRelation ?? `read_parquet(${sqlLiteral(object.quarantine)})`})
GROUP BY ALL
ORDER BY week NULLS LAST, source_file, "check"`;
}
