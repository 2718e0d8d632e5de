import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Writable} from "node:stream";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {writeParquet} from "../output/writeParquet.js";

/**
 * Writes rows computed in JS as zstd Parquet (to `out`, default stdout) with the DuckDB column types given (through
 * a temporary JSON-lines file read with those types, in that column order), sorted by `orderBy` columns so the bytes
 * are identical on re-run. No rows gives an empty file with the same schema.
 *
 * @throws {Error} carrying the SQL when DuckDB cannot read or write them (e.g. a value not of its column's type)
 * @example await writeRows(db, [{x: 1}], {x: "INTEGER"}, ["x"]);
 */
export async function writeRows(
  db: Db,
  rows: readonly object[],
  columns: Record<string, string>,
  orderBy: string[],
  out?: Writable
): Promise<void> {
  const names = Object.keys(columns).map(sqlIdentifier).join(", ");
  const order = orderBy.map(sqlIdentifier).join(", ");
  if (rows.length === 0) {
    const nulls = Object.entries(columns).map(([c, t]) => `NULL::${t} AS ${sqlIdentifier(c)}`);
    return writeParquet(db, `SELECT ${nulls.join(", ")} LIMIT 0`, out);
  }
  const dir = await mkdtemp(join(tmpdir(), "workbench-rows-"));
  try {
    const file = join(dir, "rows.jsonl");
    await writeFile(file, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const types = `{${Object.entries(columns)
      .map(([c, t]) => `${sqlLiteral(c)}: ${sqlLiteral(t)}`)
      .join(", ")}}`;
    await writeParquet(
      db,
      `SELECT ${names} FROM read_json(${sqlLiteral(file)}, format = 'newline_delimited', columns = ${types}) ORDER BY ${order}`,
      out
    );
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}
