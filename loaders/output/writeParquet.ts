import {createReadStream} from "node:fs";
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pipeline} from "node:stream/promises";
import type {Writable} from "node:stream";
import type {Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";

/**
 * Runs `query` and writes its result as zstd Parquet to `out` (default stdout): the payload of a
 * `.parquet.ts` Framework data loader. DuckDB cannot COPY to /dev/stdout when stdout is a socket (test
 * runners, `spawn` pipes), so it writes a temp file and streams its bytes. Order rows in the query
 * (ORDER BY): the bytes are then identical on re-run.
 *
 * @example await writeParquet(db, "SELECT 1 AS x");
 */
export async function writeParquet(db: Db, query: string, out: Writable = process.stdout): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "workbench-parquet-"));
  try {
    const file = join(dir, "out.parquet");
    await db.run(`COPY (${query}) TO ${sqlLiteral(file)} (FORMAT parquet, COMPRESSION zstd)`);
    await pipeline(createReadStream(file), out, {end: out !== process.stdout});
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}
