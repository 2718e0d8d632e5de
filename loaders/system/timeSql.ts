import {sqlIdentifier} from "../db/sqlIdentifier.js";

/**
 * SQL for a time column read as a UTC TIMESTAMP: TIMESTAMP and DATE columns as they are; anything else (text,
 * TIMESTAMPTZ) through TIMESTAMPTZ, so offsets convert to UTC and unparsable text gives NULL. `typeof` is folded
 * when DuckDB binds the query, so a TIMESTAMP column pays nothing for the time-zone-aware path (3× slower).
 *
 * @example timeSql("decided_at") // => "CASE typeof(\"decided_at\") WHEN 'TIMESTAMP' THEN ... END"
 */
export function timeSql(time: string): string {
  const c = sqlIdentifier(time);
  return `CASE typeof(${c}) WHEN 'TIMESTAMP' THEN TRY_CAST(${c} AS TIMESTAMP) WHEN 'DATE' THEN TRY_CAST(${c} AS TIMESTAMP)
    ELSE CAST(TRY_CAST(${c} AS TIMESTAMPTZ) AS TIMESTAMP) END`;
}
