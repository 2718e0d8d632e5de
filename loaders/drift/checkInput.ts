import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {recordStartLine} from "../ingest/recordStartLine.js";
import {timeSql} from "../system/timeSql.js";
import type {DriftColumns} from "./driftColumns.js";

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
