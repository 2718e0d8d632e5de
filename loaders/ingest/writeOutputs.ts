import {join} from "node:path";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {IngestSettings} from "./ingestSettings.js";
import {killPoint} from "./killPoint.js";
import type {PlannedSource} from "./planSources.js";
import {lineSql, listAt, stagedSql, type LineMap} from "./sourceRelations.js";
import {stageText} from "./stageText.js";
import {STAGED_POSITION} from "./checkRows.js";

/**
 * The writing pass: scans table `staged` (checkRows) in parallel and writes the accepted rows, those not in table
 * `bad` and kept by retention, typed, with PII treated (`acceptedColumns`), plus `_source_file` and `_row` (the line
 * the record starts on), in source and line order (`ORDER BY rowid`: without it DuckDB's parallel writer would
 * cut row groups where the table's own parallel insert did, so the bytes would depend on the thread count), as zstd
 * Parquet. The sort is skipped, for the same bytes, when DuckDB runs on one thread and no row is left out (`bad` is
 * empty and retention purges none: `purged` 0): then `staged` was appended serially in full row groups of 122,880 rows and the writer receives
 * them in whole vectors, as it would from the sort, which at 100M rows would spill tens of GB.
 */
export async function writeAccepted(
  db: Db,
  file: string,
  {
    maps,
    names,
    acceptedColumns,
    keep,
    time,
    purged
  }: {
    maps: readonly LineMap[];
    names: readonly string[];
    acceptedColumns: string[];
    keep: (time: string) => string;
    time?: string;
    /** Valid rows retention purges (left out here). */
    purged: number;
  }
): Promise<void> {
  const [{n, threads}] = await db.all<{n: number; threads: number}>(
    "SELECT (SELECT count(*) FROM bad) AS n, current_setting('threads') AS threads"
  );
  const filters = [...(n > 0 ? ["rowid NOT IN (SELECT _ord FROM bad)"] : []), ...(time ? [keep(id(time))] : [])];
  const ordered = Number(threads) > 1 || n > 0 || purged > 0;
  await db.run(`COPY (SELECT ${acceptedColumns.join(", ")}, ${listAt(names, "_file")} AS _source_file,
      ${lineSql("_file", STAGED_POSITION, maps)} AS _row
    FROM staged ${filters.length > 0 ? `WHERE ${filters.join(" AND ")}` : ""}${ordered ? " ORDER BY rowid" : ""})
    TO ${sqlLiteral(file)} (FORMAT parquet, COMPRESSION zstd)`);
}

/**
 * Writes the quarantine: every row of `bad` kept by retention, and every line DuckDB rejected, as received (text)
 * with `_source_file`, `_row`, `_reason` (reasons joined by `; `), `_reasons`, `_checks`, `_raw` (the record as
 * received when it could not be split into columns), ordered by file and line. The text comes from a staged copy:
 * for a file DuckDB read, stageText stages only these lines (seeking with the scan's line index); a staged source
 * has one already; a Parquet source's values are cast to text. Returns, per source index, the rejected lines whose
 * staged record turned out readable after all (a disagreement: ingest then stages that file whole) — normally none.
 */
export async function writeQuarantine(
  db: Db,
  file: string,
  {
    planned,
    rejects,
    columns,
    settings,
    work,
    names,
    keep
  }: {
    planned: readonly PlannedSource[];
    rejects: ReadonlyMap<number, number[]>;
    columns: readonly string[];
    settings: IngestSettings;
    work: string;
    names: readonly string[];
    keep: (time: string) => string;
  }
): Promise<number[]> {
  const raws: string[] = [];
  for (const p of planned) {
    if (p.read.kind === "staged") raws.push(stagedSql(p.index, p.read.staging, columns, settings, {raw: true}));
    else if (p.read.kind === "parquet")
      raws.push(`(SELECT ${p.index} AS _file, file_row_number + 1 AS _row, NULL::VARCHAR AS _check,
        NULL::VARCHAR AS _error, NULL::VARCHAR AS _raw,
        ${columns.map((c) => (p.read.kind === "parquet" && p.read.present.includes(c) ? `NULLIF(CAST(${id(c)} AS VARCHAR), '')` : "NULL::VARCHAR") + ` AS ${id(c)}`).join(", ")}
        FROM read_parquet(${sqlLiteral(p.source.path)}, file_row_number = true)
        WHERE file_row_number + 1 IN (SELECT _line FROM bad WHERE _file = ${p.index}))`);
    else {
      const bad = await db.all<{line: number}>(`SELECT _line::BIGINT AS line FROM bad WHERE _file = ${p.index}`);
      const lines = [...new Set([...bad.map((b) => b.line), ...(rejects.get(p.index) ?? [])])].sort((a, b) => a - b);
      if (lines.length === 0) continue;
      const staging = join(work, `${p.index}.quarantine.csv`);
      await stageText(p.source.path, staging, {
        format: p.format,
        columns,
        encoding: settings.encoding,
        maxRecordBytes: settings.maxRecordBytes,
        only: lines,
        lineIndex: p.read.scan.lineIndex,
        header: p.read.scan.header
      });
      raws.push(stagedSql(p.index, staging, columns, settings, {raw: true}));
    }
  }
  const rejected = [...rejects].flatMap(([f, lines]) => lines.map((l) => `(${f}, ${l})`));
  await db.run(
    `CREATE OR REPLACE TABLE quarantine_raw AS SELECT * FROM (${raws.length > 0 ? raws.join(" UNION ALL ") : `SELECT NULL::INTEGER AS _file, NULL::BIGINT AS _row, NULL::VARCHAR AS _check, NULL::VARCHAR AS _error, NULL::VARCHAR AS _raw, ${columns.map((c) => `NULL::VARCHAR AS ${id(c)}`).join(", ")} WHERE false`})`
  );
  const rejectedRows =
    rejected.length > 0 ? `VALUES ${rejected.join(", ")}` : "SELECT NULL::INTEGER, NULL::BIGINT WHERE false";
  const readable = await db.all<{file: number}>(
    `SELECT DISTINCT q._file AS file FROM quarantine_raw q JOIN (${rejectedRows}) r(_file, _row) USING (_file, _row)
    WHERE q._error IS NULL`
  );
  if (readable.length > 0) return readable.map((r) => r.file);
  killPoint(`writing ${file.split("/").at(-1)}`);
  await db.run(`COPY (
  SELECT ${listAt(names, "b._file")} AS _source_file, b._line AS _row,
    array_to_string(list_transform(b._failures, f -> f.message), '; ') AS _reason,
    list_transform(b._failures, f -> f.message) AS _reasons, list_transform(b._failures, f -> f."check") AS _checks,
    q._raw, ${columns.map((c) => `q.${id(c)}`).join(", ")}
  FROM (
    SELECT _file, _line, _failures FROM bad WHERE ${keep("_t")}
    UNION ALL
    SELECT q._file, q._row, [{'check': s._check, 'message': s._error}] FROM (${rejectedRows}) q(_file, _row)
      JOIN quarantine_raw s ON s._file = q._file AND s._row = q._row
  ) b JOIN quarantine_raw q ON q._file = b._file AND q._row = b._line
  ORDER BY b._file, b._line)
TO ${sqlLiteral(file)} (FORMAT parquet, COMPRESSION zstd)`);
  return [];
}
