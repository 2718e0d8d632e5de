import type {Writable} from "node:stream";
import type {Db} from "../db/openDb.js";
import {writeParquet} from "../output/writeParquet.js";
import {fairnessRowsSql} from "./fairnessRowsSql.js";
import {systemFairness} from "./systemFairness.js";

/**
 * Writes the PII-free row-level fairness table of one system (see fairnessRowsSql) as zstd Parquet to `out`
 * (default stdout): the payload of the Fairness page's data loader. Logs the row count to `log`.
 * @throws {InputError} when the system is not ingested
 * @example await writeFairnessRows({db, log}, workDir(), "credit-line");
 */
export async function writeFairnessRows(
  {db, log}: {db: Db; log: (message: string) => void},
  dir: string,
  system: string,
  out?: Writable
): Promise<void> {
  const {relation, convention, systemDir} = await systemFairness(db, dir, system);
  const [{n}] = await db.all<{n: number}>(`SELECT count(*)::DOUBLE AS n FROM ${relation}`);
  log(`fairness rows: ${system}: ${n} decisions`);
  await writeParquet(db, fairnessRowsSql(convention, systemDir.decisions, systemDir.outcomes), out);
}
