import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {IngestSettings} from "./ingestSettings.js";
import {STAGING_COLUMNS} from "./stageText.js";

/**
 * DuckDB's CSV null string while ingest reads a source: a value nobody writes, so an empty field reads as '' and only
 * a field a short row lacks (null_padding) reads as NULL. scanText checks that a file does not contain it.
 */
export const NULL_SENTINEL = "\u0001wb\u0002null\u0003";

/** Extra columns declared after a CSV header's: a row with up to this many fields too many still reads as a row. */
export const EXTRA_COLUMNS = 8;

/** A CSV file DuckDB reads as it is: its index among the run's sources, path, header fields and line ends. */
export interface CsvFile {
  index: number;
  path: string;
  header: readonly string[];
  crlf: boolean;
}

/**
 * The relation of one or more CSV files with the same header, read by DuckDB in one parallel scan:
 * `_file` (the source index), `_r` NULL (a row's position is its rowid once stored in insertion order: lineSql;
 * `row_number() OVER ()` would make the whole scan single-threaded), `_check`/`_error` (a row with too few or too
 * many fields: `expected 41 fields, found 38`), then each contract column as text ('' reads as missing; a column
 * the header lacks is NULL).
 *
 * Read strictly: quote `"` doubled to escape, no type sniffing, every field VARCHAR, EXTRA_COLUMNS more columns than
 * the header so a long row is a row, `null_padding` so a short one is too, and `store_rejects` so a record DuckDB
 * cannot parse (quoting, invalid UTF-8, a line over maxRecordBytes, more fields still) lands in `rejects` with its
 * line, not in an error. ingest checks afterwards that rows, rejected lines and blank lines add up to the file's
 * lines, which proves every record was one line (no quoted newline) and makes lineSql exact.
 */
export function csvGroupSql(
  files: readonly CsvFile[],
  columns: readonly string[],
  settings: IngestSettings,
  rejects: string
): string {
  const header = files[0].header;
  const n = header.length;
  const names = [...header.map((_, i) => `c${i}`), ...Array.from({length: EXTRA_COLUMNS}, (_, i) => `x${i}`)];
  const declared = names.map((c) => `${sqlLiteral(c)}: 'VARCHAR'`).join(", ");
  const fields = names.map((c) => `(${id(c)} IS NOT NULL)::INTEGER`).join(" + ");
  const broken = `${id(`c${n - 1}`)} IS NULL OR x0 IS NOT NULL`;
  const select = columns.map((c) => {
    const i = header.indexOf(c);
    return i < 0 ? `NULL::VARCHAR AS ${id(c)}` : `NULLIF(${id(`c${i}`)}, '') AS ${id(c)}`;
  });
  const fileIndex =
    files.length === 1
      ? String(files[0].index)
      : `CASE filename ${files.map((f) => `WHEN ${sqlLiteral(f.path)} THEN ${f.index}`).join(" ")} END`;
  const options = [
    "header = true",
    "auto_detect = false",
    "delim = ','",
    "quote = '\"'",
    "escape = '\"'",
    `new_line = ${sqlLiteral(files[0].crlf ? "\\r\\n" : "\\n")}`,
    "null_padding = true",
    `nullstr = ${sqlLiteral(NULL_SENTINEL)}`,
    "store_rejects = true",
    `rejects_table = ${sqlLiteral(rejects)}`,
    `rejects_scan = ${sqlLiteral(`${rejects}_scan`)}`,
    `max_line_size = ${settings.maxRecordBytes + 2}`,
    `encoding = ${sqlLiteral(settings.encoding)}`,
    "filename = true",
    `columns = {${declared}}`
  ];
  return `(SELECT ${fileIndex} AS _file, NULL::BIGINT AS _r,
    CASE WHEN ${broken} THEN 'row: field count' END AS _check,
    CASE WHEN ${broken} THEN 'expected ${n} fields, found ' || (${fields}) END AS _error,
    ${select.join(", ")}
  FROM read_csv([${files.map((f) => sqlLiteral(f.path)).join(", ")}], ${options.join(", ")}))`;
}

/**
 * The relation of a staging CSV written by stageText: `_file, _r, _check, _error, <columns>` (`_r` the line the
 * record starts on), or with `raw` the quarantine's `_file, _row, _check, _error, _raw, <columns>`.
 */
export function stagedSql(
  index: number,
  staging: string,
  columns: readonly string[],
  settings: IngestSettings,
  {raw = false}: {raw?: boolean} = {}
): string {
  const types = [...STAGING_COLUMNS, ...columns].map(
    (c) => `${sqlLiteral(c)}: ${sqlLiteral(c === "_row" ? "BIGINT" : "VARCHAR")}`
  );
  return `(SELECT ${index} AS _file, ${raw ? "_row, _check, _error, _raw" : "_row AS _r, _check, _error"}, ${columns.map(id).join(", ")}
  FROM read_csv(${sqlLiteral(staging)}, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"',
    new_line = '\\n', max_line_size = ${settings.maxRecordBytes * 2 + 4096}, columns = {${types.join(", ")}}))`;
}

/** The relation of a Parquet source: every contract column it has as text ('' is missing), `_r` its 1-based row. */
export function parquetSql(
  index: number,
  path: string,
  present: readonly string[],
  columns: readonly string[]
): string {
  const select = columns.map((c) =>
    present.includes(c) ? `NULLIF(CAST(${id(c)} AS VARCHAR), '') AS ${id(c)}` : `NULL::VARCHAR AS ${id(c)}`
  );
  return `(SELECT ${index} AS _file, file_row_number + 1 AS _r, NULL::VARCHAR AS _check, NULL::VARCHAR AS _error,
    ${select.join(", ")} FROM read_parquet(${sqlLiteral(path)}, file_row_number = true))`;
}

/** How a source's rows map to the lines their records start on (or the Parquet rows): see lineSql. */
export interface LineMap {
  /** Rows stored before this source's first (subtracted from the position); 0 when `_r` is already the line. */
  offset: number;
  /** Lines before the first row: 1 for a CSV header, 0 when `_r` is already the line. */
  header: number;
  /** Lines (sorted, after the header) that hold no row of the scan: blank, rejected by DuckDB. */
  skips: readonly number[];
}

/**
 * SQL for the line (1-based) on which a stored record starts, from each source's LineMap; `r` is the record's
 * position: `_r` when the source gave it (a staged record's line, a Parquet row), else its 1-based position in
 * storage order. For a file DuckDB read, row k = r − offset is on line k + header + (the skipped lines before it),
 * found by a balanced CASE over the skipped lines (log₂ of their number comparisons a row).
 *
 * @example lineSql("_file", "coalesce(_r, rowid + 1)", [{offset: 0, header: 1, skips: [3]}]) // row 1 → line 2, row 2 → line 4
 */
export function lineSql(file: string, r: string, maps: readonly LineMap[]): string {
  const k = `(${r} - ${listAt(
    maps.map((m) => m.offset),
    file
  )})`;
  const base = `${k} + ${listAt(
    maps.map((m) => m.header),
    file
  )}`;
  const skipping = maps.map((m, i) => ({i, m})).filter(({m}) => m.skips.length > 0);
  if (skipping.length === 0) return `(${base})`;
  const corrections = skipping.map(({i, m}) => {
    // skipped line s_j (j = 1..) has c_j = s_j − header − j rows of its file before it: row k comes after it iff c_j < k
    const c = m.skips.map((s, j) => s - m.header - (j + 1));
    return `WHEN ${i} THEN ${countBelow(c, 0, c.length, k)}`;
  });
  return `(${base} + CASE ${file} ${corrections.join(" ")} ELSE 0 END)`;
}

/** SQL for #{j in [lo, hi): c[j] < k} over ascending c, as a balanced CASE tree. */
function countBelow(c: readonly number[], lo: number, hi: number, k: string): string {
  if (lo >= hi) return "0";
  const mid = (lo + hi) >> 1;
  const right = countBelow(c, mid + 1, hi, k);
  const left = countBelow(c, lo, mid, k);
  return `CASE WHEN ${k} > ${c[mid]} THEN ${mid + 1 - lo}${right === "0" ? "" : ` + ${right}`} ELSE ${left} END`;
}

/** SQL for the `file`-th (0-based) element of a constant list: one lookup a row, not a CASE over every source. */
export function listAt(values: readonly (number | string)[], file: string): string {
  if (values.every((v) => v === values[0])) return sqlLiteral(values[0]);
  return `[${values.map((v) => sqlLiteral(v)).join(", ")}][${file} + 1]`;
}
