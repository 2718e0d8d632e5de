import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {FeatureTable} from "../../src/lib/drift/fitReconstruction.js";
import type {DriftColumns} from "./driftColumns.js";
import {timeSql} from "./windowSamples.js";

/** Categorical columns with more distinct values than this are read as text rather than as codes. */
export const MAX_CODED_CATEGORIES = 4096;

/**
 * Row-aligned feature tables per ISO week (Monday, UTC) of a relation, rows in time order (`ORDER BY` the time
 * column), numbers as NaN when missing or not finite, categories as their text (null when missing).
 *
 * Cost: one scan for the categories of every categorical column, then one for the rows. Each categorical value
 * crosses from DuckDB as the code of its category (`enum_code` of a cast to an ENUM of the column's categories)
 * and each row's week as a number, and both become text again in JS: decoding a million strings per column is
 * what reading the rows costs otherwise. Columns with more than MAX_CODED_CATEGORIES categories come as text.
 *
 * @throws {Error} carrying the SQL when a query fails
 */
export async function weeklyTables(
  db: Db,
  relation: string,
  time: string,
  columns: DriftColumns
): Promise<Map<string, FeatureTable>> {
  const t = timeSql(time);
  const text = columns.categorical.map((c) => `CAST(${sqlIdentifier(c)} AS VARCHAR)`);
  const categories: (string[] | null)[] =
    text.length === 0
      ? []
      : await db
          .all<Record<string, string[]>>(
            `SELECT ${text.map((v, i) => `coalesce(list(DISTINCT ${v}) FILTER (WHERE ${v} IS NOT NULL), []) AS "c${i}"`).join(", ")}
             FROM ${relation} WHERE ${t} IS NOT NULL`
          )
          .then(([row]) => text.map((_, i) => (row[`c${i}`].length <= MAX_CODED_CATEGORIES ? row[`c${i}`] : null)));
  const select = [
    ...columns.numeric.map((c, i) => `TRY_CAST(${sqlIdentifier(c)} AS DOUBLE) AS "n${i}"`),
    ...text.map((v, i) => {
      const list = categories[i];
      if (!list) return `${v} AS "c${i}"`;
      if (list.length === 0) return `NULL::INTEGER AS "c${i}"`;
      return `enum_code(CAST(${v} AS ENUM(${list.map(sqlLiteral).join(", ")}))) AS "c${i}"`;
    })
  ];
  const rows = await db.all<Record<string, number | string | null>>(
    `SELECT epoch_ms(date_trunc('week', ${t})) AS week, ${select.join(", ")}
     FROM ${relation} WHERE ${t} IS NOT NULL ORDER BY ${t}`
  );
  const weeks = new Map<string, FeatureTable>();
  const byMs = new Map<number, FeatureTable>();
  for (const row of rows) {
    const ms = row.week as number;
    let table = byMs.get(ms);
    if (!table) {
      table = {
        numeric: columns.numeric.map((name) => ({name, values: [] as number[]})),
        categorical: columns.categorical.map((name) => ({name, values: [] as (string | null)[]}))
      };
      byMs.set(ms, table);
      weeks.set(new Date(ms).toISOString().slice(0, 10), table);
    }
    table.numeric.forEach((c, i) => {
      const v = row[`n${i}`] as number | null;
      (c.values as number[]).push(v === null || !Number.isFinite(v) ? NaN : v);
    });
    table.categorical.forEach((c, i) => {
      const v = row[`c${i}`];
      const list = categories[i];
      (c.values as (string | null)[]).push(v === null ? null : list ? list[v as number] : (v as string));
    });
  }
  return weeks;
}
