import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import type {DriftColumns} from "./driftColumns.js";
import {timeSql} from "../system/timeSql.js";

/** One ISO week's values, ready for drift: numeric columns as numbers, categorical ones counted per category. */
export interface WeekSamples {
  /** Monday 00:00 UTC of the week and of the next, `YYYY-MM-DD`. */
  from: string;
  to: string;
  rows: number;
  numeric: Map<string, Float64Array>;
  categorical: Map<string, Map<string, number>>;
}

/**
 * The SQL that gathers every ISO week's values in one scan (instead of one scan per week): one row per week with
 * rows, one LIST per numeric column (DOUBLE, without nulls and non-finite values, as windowSamplesSql; sorted, so
 * that numericSample need not sort it) and one
 * `histogram` per categorical column (VARCHAR → count, nulls left out), weeks in order. A week is
 * `date_trunc('week', t)` of the UTC timestamp, i.e. the half-open window [Monday, next Monday).
 */
export function weeklySamplesSql(relation: string, time: string, columns: DriftColumns): string {
  const t = timeSql(time);
  const lists = [
    ...columns.numeric.map((c) => {
      const v = `TRY_CAST(${sqlIdentifier(c)} AS DOUBLE)`;
      return `coalesce(list(${v} ORDER BY ${v}) FILTER (WHERE isfinite(${v})), []) AS ${sqlIdentifier(`n:${c}`)}`;
    }),
    ...columns.categorical.map((c) => {
      const v = `CAST(${sqlIdentifier(c)} AS VARCHAR)`;
      return `histogram(${v}) FILTER (WHERE ${v} IS NOT NULL) AS ${sqlIdentifier(`c:${c}`)}`;
    })
  ];
  return `SELECT strftime(date_trunc('week', ${t}), '%Y-%m-%d') AS "from",
      strftime(date_trunc('week', ${t}) + INTERVAL 7 DAY, '%Y-%m-%d') AS "to", count(*)::DOUBLE AS rows, ${lists.join(", ")}
    FROM ${relation} WHERE ${t} IS NOT NULL GROUP BY 1, 2 ORDER BY 1`;
}

/**
 * Reads every ISO week's samples (see weeklySamplesSql); the categories' counts are what counting windowSamples'
 * values would give, without sending each value to JS.
 *
 * @throws {Error} carrying the SQL when the query fails
 * @example const weeks = await weeklySamples(db, "read_parquet('x.parquet')", "decided_at", cols); // weeks[0].from
 */
export async function weeklySamples(
  db: Db,
  relation: string,
  time: string,
  columns: DriftColumns
): Promise<WeekSamples[]> {
  const rows = await db.all<Record<string, unknown>>(weeklySamplesSql(relation, time, columns));
  return rows.map((row) => ({
    from: row.from as string,
    to: row.to as string,
    rows: row.rows as number,
    numeric: new Map(columns.numeric.map((c) => [c, Float64Array.from(row[`n:${c}`] as number[])])),
    categorical: new Map(
      columns.categorical.map((c) => {
        const entries = (row[`c:${c}`] as {key: string; value: number}[] | null) ?? [];
        return [c, new Map(entries.map(({key, value}) => [key, value]))];
      })
    )
  }));
}
