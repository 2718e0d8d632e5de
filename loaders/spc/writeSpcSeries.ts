import type {Writable} from "node:stream";
import type {Db} from "../db/openDb.js";
import {writeParquet} from "../output/writeParquet.js";
import {driftScores, type DriftScore} from "./driftScores.js";
import {spcSeriesSql} from "./spcSeriesSql.js";
import {spcSystems} from "./spcSystems.js";

/**
 * Writes the SPC page's Parquet table (see spcSeriesSql) for every ingested system under `dir`, by day and
 * by week, with the weekly drift scores (driftScores), to `out` (default stdout): the payload of
 * src/data/spc-series.parquet.ts.
 *
 * @throws {Error} `no ingested system in <dir>`, or a query error carrying its SQL
 */
export async function writeSpcSeries(
  {db, log}: {db: Db; log: (message: string) => void},
  {dir, contracts, out}: {dir: string; contracts?: string; out?: Writable}
): Promise<void> {
  const systems = await spcSystems(dir, contracts);
  log(
    `spc: ${systems.map((s) => `${s.system} (${s.metrics.length} metrics, ${s.drift?.metrics.length ?? 0} drift scores)`).join(", ")}`
  );
  const scores = new Map<string, Map<string, DriftScore[]>>();
  for (const s of systems) if (s.drift) scores.set(s.system, await driftScores({db, log}, s.drift.input));
  await writeParquet(db, spcSeriesSql(systems, ["day", "week"], scores), out);
}
