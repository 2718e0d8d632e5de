import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import type {SeriesBucket} from "../../src/lib/spc/spcAnalysis.js";
import {bucketSql} from "./bucketSql.js";
import {recordStartLine} from "../ingest/recordStartLine.js";
import {inputRelation} from "../system/inputRelation.js";

export interface InputSeriesOptions {
  file: string;
  /** Timestamp column (TIMESTAMP, DATE or ISO 8601 text; offsets are converted to UTC). */
  time: string;
  /** 0/1 column: boolean, 0/1 number, or text "0", "1", "true", "false". */
  value: string;
  bucket: string;
}

/** SQL that maps a 0/1 column to 1, 0, or NULL when it is none of the accepted spellings. */
const flagSql = (v: string) =>
  `CASE lower(trim(CAST(${v} AS VARCHAR))) WHEN '1' THEN 1 WHEN 'true' THEN 1 WHEN '1.0' THEN 1 ` +
  `WHEN '0' THEN 0 WHEN 'false' THEN 0 WHEN '0.0' THEN 0 END`;

/**
 * The per-bucket proportion series of a 0/1 column in a CSV, JSONL or Parquet file: for each UTC calendar
 * bucket (see bucketSql) with at least one row, `n` = rows with both a time and a value and `count` = rows
 * whose value is 1, ordered by bucket. Rows with a null time or value are skipped and counted in the log.
 *
 * @throws {InputError} naming file, row (the line the record starts on in a text file, see recordStartLine; the
 * row in Parquet) and field for a missing column, a time that is
 * not a timestamp or a value that is not 0/1; or when no row has both
 */
export async function inputSeries(
  {db, log}: {db: Db; log: (message: string) => void},
  {file, time, value, bucket}: InputSeriesOptions
): Promise<SeriesBucket[]> {
  const bucketLabel = bucketSql(bucket, "t");
  const relation = inputRelation(file);
  const columns = (await db.all<{column_name: string}>(`DESCRIBE SELECT * FROM ${relation}`)).map((c) => c.column_name);
  for (const field of [time, value])
    if (!columns.includes(field))
      throw new InputError(`no such column (columns: ${columns.join(", ")})`, {file, field});
  const t = sqlIdentifier(time);
  const v = sqlIdentifier(value);
  const rows = `SELECT row_number() OVER () AS row, ${t} AS raw_time, ${v} AS raw_value,
    CAST(TRY_CAST(${t} AS TIMESTAMPTZ) AS TIMESTAMP) AS t, ${flagSql(v)} AS flag FROM ${relation}`;
  const [bad] = await db.all<{row: number; raw_time: unknown; raw_value: unknown; field: string}>(
    `SELECT row, CAST(raw_time AS VARCHAR) AS raw_time, CAST(raw_value AS VARCHAR) AS raw_value,
       CASE WHEN raw_time IS NOT NULL AND t IS NULL THEN 'time' ELSE 'value' END AS field
     FROM (${rows}) WHERE (raw_time IS NOT NULL AND t IS NULL) OR (raw_value IS NOT NULL AND flag IS NULL)
     ORDER BY row LIMIT 1`
  );
  if (bad) {
    const field = bad.field === "time" ? time : value;
    const what =
      bad.field === "time"
        ? `not a timestamp ${JSON.stringify(bad.raw_time)}`
        : `not 0/1 ${JSON.stringify(bad.raw_value)}`;
    throw new InputError(what, {file, row: await recordStartLine(db, file, bad.row), field});
  }
  const [{skipped}] = await db.all<{skipped: number}>(
    `SELECT count(*) FILTER (WHERE t IS NULL OR flag IS NULL)::DOUBLE AS skipped FROM (${rows})`
  );
  if (skipped > 0) log(`spc: ${file}: skipped ${skipped} rows with a null ${time} or ${value}`);
  const series = await db.all<{bucket: string; n: number; count: number}>(
    `SELECT ${bucketLabel} AS bucket, count(*)::DOUBLE AS n, sum(flag)::DOUBLE AS count
     FROM (${rows}) WHERE t IS NOT NULL AND flag IS NOT NULL GROUP BY 1 ORDER BY 1`
  );
  if (series.length === 0) throw new InputError(`no row with both ${time} and ${value}`, {file});
  return series;
}
