import type {SchemaObject} from "../contract/Contract.js";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {IngestSettings} from "./ingestSettings.js";
import type {PlannedSource} from "./planSources.js";
import {MAX_LISTED_LINES} from "./scanText.js";
import {csvGroupSql, lineSql, listAt, parquetSql, stagedSql, type CsvFile, type LineMap} from "./sourceRelations.js";
import type {Validation} from "./validationSql.js";

/** The outcome of checkRows: how stored rows map to lines, or which sources to restage. */
export type Checked =
  | {
      ok: true;
      maps: LineMap[];
      /** Lines DuckDB rejected, per source index (their records are quarantined from a staged copy). */
      rejects: Map<number, number[]>;
      /** Rows DuckDB read, per source index. */
      rows: Map<number, number>;
    }
  | {ok: false; restage: number[]; why: string};

/** SQL for the 1-based position of a row of table `staged` in its source (see lineSql). */
export const STAGED_POSITION = "coalesce(_r, rowid + 1)";

/**
 * The validating pass of ingest, over every source in one parallel DuckDB scan: table `staged` gets every record
 * read, typed (validationSql's casts under the contract's column names), with `_file`, `_r` (the line or row a
 * source gave, else NULL: the record's place is its rowid, as DuckDB keeps insertion order), `_broken` (an unusable
 * record) and `_failures` (its failed checks, NULL when valid). Nothing is parsed twice: the writing pass reads this
 * table. Then, for each CSV file DuckDB read itself, the proof that its rows are its lines: 1 (header) + rows +
 * rejected lines + blank lines = the file's lines (scanText); a file that fails it (a quoted newline, a stray quote
 * swallowing lines) or that DuckDB could not read at all is returned in `restage`. Otherwise builds `dup_<i>` (the
 * later copies of each unique key's values, by rowid) and `bad` (`_ord` = rowid, `_file`, `_line`, `_failures` of
 * every failing row, `_t` its retention time `time` (NULL when that column failed a check of its own: such a row
 * stays in the quarantine), uniqueness messages placed before the rules').
 */
export async function checkRows(
  db: Db,
  planned: readonly PlannedSource[],
  {
    object,
    validation,
    settings,
    time
  }: {object: SchemaObject; validation: Validation; settings: IngestSettings; time?: string}
): Promise<Checked> {
  const columns = object.properties.map((p) => p.name);
  const relations: string[] = [];
  const groups: CsvFile[][] = [];
  for (const p of planned) {
    if (p.read.kind === "csv") {
      const file: CsvFile = {index: p.index, path: p.source.path, header: p.read.header, crlf: p.read.scan.crlf};
      const last = groups.at(-1)?.at(-1);
      if (
        last &&
        last.index === p.index - 1 &&
        last.crlf === file.crlf &&
        last.header.join("\0") === file.header.join("\0")
      )
        groups.at(-1)!.push(file);
      else {
        groups.push([file]);
        relations.push(""); // filled below, in source order
      }
      continue;
    }
    relations.push(
      p.read.kind === "staged"
        ? stagedSql(p.index, p.read.staging, columns, settings)
        : parquetSql(p.index, p.source.path, p.read.present, columns)
    );
  }
  let g = 0;
  for (let i = 0; i < relations.length; ++i)
    if (relations[i] === "") relations[i] = csvGroupSql(groups[g], columns, settings, `_rejects_${g++}`);
  const relation = `(${relations.join("\nUNION ALL\n")})`;
  try {
    await db.run(`CREATE OR REPLACE TABLE staged AS
SELECT _file, _r, _error IS NOT NULL AS _broken, ${columns.map(id).join(", ")}, ${validation.failures} AS _failures
FROM (${validation.typed(relation)})`);
  } catch (error) {
    const message = (error as Error).message;
    if (groups.length > 0 && /CSV|Invalid Input Error/.test(message.split("\n")[0]))
      return {ok: false, restage: groups.flat().map((f) => f.index), why: message.split("\n")[0]};
    throw error;
  }

  const rows = new Map(
    (await db.all<{file: number; n: number}>("SELECT _file AS file, count(*) AS n FROM staged GROUP BY 1")).map((r) => [
      r.file,
      r.n
    ])
  );
  const rejects = new Map<number, number[]>();
  for (const [gi, files] of groups.entries()) {
    const found = await db.all<{path: string; line: number}>(
      `SELECT DISTINCT s.file_path AS path, e.line::BIGINT AS line FROM _rejects_${gi} e
      JOIN _rejects_${gi}_scan s ON e.scan_id = s.scan_id AND e.file_id = s.file_id ORDER BY 1, 2`
    );
    for (const f of files)
      rejects.set(
        f.index,
        found.filter((r) => r.path === f.path).map((r) => r.line)
      );
  }
  const restage: number[] = [];
  const maps: LineMap[] = planned.map(() => ({offset: 0, header: 0, skips: []}));
  let offset = 0; // rows stored before each source (insertion order is source order)
  for (const p of planned) {
    const n = rows.get(p.index) ?? 0;
    if (p.read.kind === "csv") {
      const scan = p.read.scan;
      const rejected = rejects.get(p.index) ?? [];
      const blanks = new Set(scan.blankLines);
      const consistent =
        1 + n + rejected.length + scan.blankCount === scan.lines &&
        rejected.every((line) => line >= 2 && !blanks.has(line)) &&
        rejected.length <= MAX_LISTED_LINES;
      if (!consistent) restage.push(p.index);
      maps[p.index] = {offset, header: 1, skips: [...scan.blankLines, ...rejected].sort((a, b) => a - b)};
    }
    offset += n;
  }
  if (restage.length > 0)
    return {ok: false, restage, why: "rows, rejected and blank lines do not add up to the file's lines"};

  const line = (file: string, position: string) => lineSql(file, position, maps);
  const names = planned.map((p) => p.source.name);
  const dupJoins: string[] = [];
  const dupMessages: string[] = [];
  for (const [i, key] of validation.keys.entries()) {
    const k = key.map(id);
    await db.run(`CREATE OR REPLACE TABLE dup_${i} AS
WITH repeated AS (
  SELECT ${k.join(", ")} FROM staged WHERE NOT _broken AND ${k.map((c) => `${c} IS NOT NULL`).join(" AND ")}
  GROUP BY ALL HAVING count(*) > 1),
copies AS (SELECT rowid AS _ord, _file, ${STAGED_POSITION} AS _p, ${k.join(", ")} FROM staged SEMI JOIN repeated USING (${k.join(", ")}) WHERE NOT _broken)
SELECT _ord, first_value(_file) OVER w AS _ff, first_value(_p) OVER w AS _fp, row_number() OVER w AS _n
FROM copies
WINDOW w AS (PARTITION BY ${k.join(", ")} ORDER BY _ord)
QUALIFY _n > 1`);
    dupJoins.push(`LEFT JOIN dup_${i} d${i} ON c.rowid = d${i}._ord`);
    dupMessages.push(`CASE WHEN d${i}._ord IS NOT NULL THEN {'check': ${sqlLiteral(`${key.join(", ")}: unique`)},
      'message': ${sqlLiteral(`${key.join(", ")}: duplicate of row `)} || ${line(`d${i}._ff`, `d${i}._fp`)} || ' in ' || ${listAt(names, `d${i}._ff`)}} END`);
  }
  const isRule = "starts_with(f.\"check\", 'rule ')";
  const failures =
    dupMessages.length === 0
      ? "c._failures"
      : `list_concat(list_filter(coalesce(c._failures, []), f -> NOT ${isRule}),
    list_filter([${dupMessages.join(", ")}], x -> x IS NOT NULL),
    list_filter(coalesce(c._failures, []), f -> ${isRule}))`;
  // a row quarantined for its own time (implausible, below the column's minimum) keeps it in the quarantine:
  // retention never purges a value the gate has just called wrong
  const retentionTime = time
    ? `CASE WHEN len(list_filter(coalesce(c._failures, []), f -> starts_with(f."check", ${sqlLiteral(`${time}: `)}))) = 0
      THEN c.${id(time)} END`
    : "NULL::TIMESTAMP";
  await db.run(`CREATE OR REPLACE TABLE bad AS
SELECT c.rowid AS _ord, c._file, ${line("c._file", `coalesce(c._r, c.rowid + 1)`)} AS _line,
  ${retentionTime} AS _t, ${failures} AS _failures
FROM staged c ${dupJoins.join(" ")}
WHERE c._failures IS NOT NULL ${validation.keys.map((_, i) => `OR d${i}._ord IS NOT NULL`).join(" ")}`);
  return {ok: true, maps, rejects, rows};
}
