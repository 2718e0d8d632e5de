import {existsSync, statSync} from "node:fs";
import {join} from "node:path";
import {openDb} from "../loaders/db/openDb.js";
import {sqlLiteral} from "../loaders/db/sqlLiteral.js";
import type {Bench} from "./bench.js";
import {systemFiles} from "./systemFiles.js";

/**
 * The ingested decisions and outcomes as CSV for the Python peers (Debian has no pyarrow, so pandas cannot read
 * Parquet here): dir/decisions.csv and dir/outcomes.csv, written again whenever the Parquet is newer. Not timed:
 * the peers' own CSV read is their load time.
 *
 * @throws {Error} when the system has not been ingested with outcomes
 */
export async function peerCsv(bench: Bench): Promise<{decisions: string; outcomes: string}> {
  const files = systemFiles(bench.work);
  if (!files?.outcomes) throw new Error(`no ingested decisions and outcomes in ${bench.work}`);
  const csv = {decisions: join(bench.dir, "decisions.csv"), outcomes: join(bench.dir, "outcomes.csv")};
  const stale = (name: "decisions" | "outcomes") =>
    !existsSync(csv[name]) || statSync(csv[name]).mtimeMs < statSync(files[name]!).mtimeMs;
  if (stale("decisions") || stale("outcomes")) {
    const db = await openDb();
    try {
      for (const name of ["decisions", "outcomes"] as const)
        await db.run(
          `COPY (SELECT * FROM read_parquet(${sqlLiteral(files[name]!)})) TO ${sqlLiteral(csv[name])} (HEADER)`
        );
    } finally {
      db.close();
    }
  }
  return csv;
}
