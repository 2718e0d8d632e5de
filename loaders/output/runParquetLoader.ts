import {openDb} from "../db/openDb.js";
import {writeParquet} from "./writeParquet.js";

/**
 * The body of a `.parquet.ts` Framework data loader: builds the query, writes its result as Parquet to
 * stdout, and on failure prints the error to stderr and exits 1 (Framework then reports the loader as
 * failed). Nothing but the payload ever reaches stdout.
 *
 * @example await runParquetLoader(() => overviewQuery(workDir(), "daily"));
 */
export async function runParquetLoader(query: () => Promise<string> | string): Promise<void> {
  const db = await openDb();
  try {
    await writeParquet(db, await query());
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    db.close();
  }
}
