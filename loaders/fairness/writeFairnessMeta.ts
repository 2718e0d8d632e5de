import {openDb} from "../db/openDb.js";
import {fairnessMeta} from "./fairnessMeta.js";

/**
 * The body of the Fairness page's metadata loader (`fairness-meta.json.ts`): fairnessMeta of every ingested
 * system in `dir` as one JSON document on stdout; on failure the error goes to stderr and the exit code is 1.
 * @example await writeFairnessMeta(workDir());
 */
export async function writeFairnessMeta(dir: string): Promise<void> {
  const db = await openDb();
  try {
    process.stdout.write(JSON.stringify(await fairnessMeta(db, dir)));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    db.close();
  }
}
