import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {DriftColumns} from "./driftColumns.js";
import type {TimeWindow} from "../system/parseWindow.js";
import {timeSql} from "../system/timeSql.js";
import {recordStartLine} from "../ingest/recordStartLine.js";

/** One window's non-null values per column: numbers for numeric columns, strings for categorical ones. */
export interface WindowSamples {
  rows: number;
  numeric: Map<string, Float64Array>;
  categorical: Map<string, string[]>;
}

/**
 * The SQL that gathers one window's values of every column in a single scan: `rows` and one LIST per column,
 * numeric columns as DOUBLE without nulls and non-finite values, categorical ones as VARCHAR without nulls.
 * The window is half-open [from, to) on the UTC timestamp of `time`.
 */
export function windowSamplesSql(relation: string, time: string, columns: DriftColumns, window: TimeWindow): string {
  const t = timeSql(time);
  const lists = [
    ...columns.numeric.map((c) => {
      const v = `TRY_CAST(${sqlIdentifier(c)} AS DOUBLE)`;
      return `coalesce(list(${v}) FILTER (WHERE isfinite(${v})), []) AS ${sqlIdentifier(`n:${c}`)}`;
    }),
    ...columns.categorical.map((c) => {
      const v = `CAST(${sqlIdentifier(c)} AS VARCHAR)`;
      return `coalesce(list(${v}) FILTER (WHERE ${v} IS NOT NULL), []) AS ${sqlIdentifier(`c:${c}`)}`;
    })
  ];
  return `SELECT count(*)::DOUBLE AS rows, ${lists.join(", ")} FROM ${relation}
    WHERE ${t} >= CAST(${sqlLiteral(window.from)} AS TIMESTAMPTZ)::TIMESTAMP AND ${t} < CAST(${sqlLiteral(window.to)} AS TIMESTAMPTZ)::TIMESTAMP`;
}

/**
 * Checks that the time column parses and that every numeric column holds numbers, naming the first bad row.
 *
 * @throws {InputError} with file, row and field; the row is the line the record starts on in a text file
 *   (recordStartLine), the 1-based row in Parquet
 */
export async function checkInput(db: Db, relation: string, file: string, time: string, columns: DriftColumns) {
  const checks = [
    {field: time, bad: `${sqlIdentifier(time)} IS NOT NULL AND ${timeSql(time)} IS NULL`, what: "not a timestamp"},
    ...columns.numeric.map((c) => ({
      field: c,
      bad: `${sqlIdentifier(c)} IS NOT NULL AND TRY_CAST(${sqlIdentifier(c)} AS DOUBLE) IS NULL`,
      what: "not a number"
    }))
  ];
  const cases = checks.map((c, i) => `WHEN ${c.bad} THEN ${i}`).join(" ");
  const [bad] = await db.all<{row: number; failed: number}>(
    `SELECT row, failed FROM (SELECT row_number() OVER () AS row, CASE ${cases} END AS failed FROM ${relation})
     WHERE failed IS NOT NULL ORDER BY row LIMIT 1`
  );
  if (bad) {
    const c = checks[bad.failed];
    const [{raw}] = await db.all<{raw: string}>(
      `SELECT CAST(${sqlIdentifier(c.field)} AS VARCHAR) AS raw FROM (SELECT row_number() OVER () AS row, * FROM ${relation}) WHERE row = ${bad.row}`
    );
    const row = await recordStartLine(db, file, bad.row);
    throw new InputError(`${c.what} ${JSON.stringify(raw)}`, {file, row, field: c.field});
  }
}

/**
 * Reads one window's samples (see windowSamplesSql).
 *
 * @example const w = await windowSamples(db, "read_parquet('x.parquet')", "decided_at", cols, {from: "2026-02-02", to: "2026-03-02"});
 */
export async function windowSamples(
  db: Db,
  relation: string,
  time: string,
  columns: DriftColumns,
  window: TimeWindow
): Promise<WindowSamples> {
  const [row] = await db.all<Record<string, unknown>>(windowSamplesSql(relation, time, columns, window));
  return {
    rows: row.rows as number,
    numeric: new Map(columns.numeric.map((c) => [c, Float64Array.from(row[`n:${c}`] as number[])])),
    categorical: new Map(columns.categorical.map((c) => [c, row[`c:${c}`] as string[]]))
  };
}
