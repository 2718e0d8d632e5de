import type {Writable} from "node:stream";
import type {Db} from "../db/openDb.js";
import {writeParquet} from "../output/writeParquet.js";
import {spcSeriesSql} from "./spcSeriesSql.js";
import {spcSystems} from "./spcSystems.js";

/**
 * Writes the SPC page's Parquet table (see spcSeriesSql) for every ingested system under `dir`, by day and
 * by week, to `out` (default stdout): the payload of src/data/spc-series.parquet.ts.
 *
 * @throws {Error} `no ingested system in <dir>`, or a query error carrying its SQL
 */
export async function writeSpcSeries(
  {db, log}: {db: Db; log: (message: string) => void},
  {dir, contracts, out}: {dir: string; contracts?: string; out?: Writable}
): Promise<void> {
  const systems = await spcSystems(dir, contracts);
  log(`spc: ${systems.map((s) => `${s.system} (${s.metrics.length} metrics)`).join(", ")}`);
  await writeParquet(db, spcSeriesSql(systems, ["day", "week"]), out);
}
