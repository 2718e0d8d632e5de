import {once} from "node:events";
import {createWriteStream} from "node:fs";
import {rm} from "node:fs/promises";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {engineBatches} from "../engine/engineBatches.js";
import type {Engine} from "../engine/Engine.js";
import type {DerivedSql, DerivedTable} from "./DerivedTable.js";

const PARQUET = "(FORMAT parquet, COMPRESSION zstd)";

/**
 * Writes a derived table's rows to `file` as zstd Parquet with the `declared` columns and types, and returns the row
 * count. Rows computed in TypeScript go through a JSON-lines file read with those types, in their order; SQL runs in
 * the engine: with the embedded DuckDB (`local` is the engine) straight into the file, after checking that its
 * columns and types are the declared ones; with another engine its rows come back in batches (engineBatches) and are
 * written as rows. No row writes an empty file with the schema.
 *
 * @throws {Error} `<table>: columns <found> are not the declared <declared>`, or carrying the SQL when a query fails
 */
export async function writeDerived(
  {local, engine}: {local: Db; engine: Engine},
  table: Pick<DerivedTable<object>, "name">,
  declared: Readonly<Record<string, string>>,
  result: readonly object[] | DerivedSql,
  file: string
): Promise<number> {
  const columns = Object.entries(declared);
  if ("sql" in result && engine === local) {
    const described = await local.all<{column_name: string; column_type: string}>(
      `DESCRIBE SELECT * FROM (${result.sql})`
    );
    const found = described.map((c) => `${c.column_name} ${c.column_type}`).join(", ");
    const declared = columns.map(([name, type]) => `${name} ${type}`).join(", ");
    if (found !== declared) throw new Error(`${table.name}: columns ${found} are not the declared ${declared}`);
    await local.run(`COPY (${result.sql}) TO ${sqlLiteral(file)} ${PARQUET}`);
    const [{n}] = await local.all<{n: number}>(`SELECT count(*)::DOUBLE AS n FROM read_parquet(${sqlLiteral(file)})`);
    return n;
  }
  const batches: AsyncIterable<readonly object[]> | (readonly object[])[] =
    "sql" in result ? engineBatches<object>(engine, result.sql) : [result];
  const names = columns.map(([name]) => sqlIdentifier(name)).join(", ");
  const lines = `${file}.jsonl`;
  // JSON lines written batch by batch: a row-level table from another engine never sits in memory (or a string) whole
  const out = createWriteStream(lines);
  const closed = new Promise<void>((resolve, reject) => out.on("close", () => resolve()).on("error", reject));
  try {
    let n = 0;
    for await (const batch of batches)
      for (const r of batch) if (!out.write(JSON.stringify({__seq: n++, ...r}) + "\n")) await once(out, "drain");
    out.end();
    await closed;
    if (n === 0) {
      const nulls = columns.map(([name, type]) => `NULL::${type} AS ${sqlIdentifier(name)}`).join(", ");
      await local.run(`COPY (SELECT ${nulls} LIMIT 0) TO ${sqlLiteral(file)} ${PARQUET}`);
      return 0;
    }
    const types = [["__seq", "BIGINT"], ...columns].map(([c, t]) => `${sqlLiteral(c)}: ${sqlLiteral(t)}`).join(", ");
    await local.run(
      `COPY (SELECT ${names} FROM read_json(${sqlLiteral(lines)}, format = 'newline_delimited', columns = {${types}})
       ORDER BY __seq) TO ${sqlLiteral(file)} ${PARQUET}`
    );
    return n;
  } finally {
    out.destroy();
    await closed.catch(() => {});
    await rm(lines, {force: true});
  }
}
