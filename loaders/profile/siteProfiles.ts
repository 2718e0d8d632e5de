import type {Writable} from "node:stream";
import type {Db} from "../db/openDb.js";
import {systemDriftInput} from "../drift/systemDriftInput.js";
import {listSystems} from "../workspace/listSystems.js";
import type {ProfileRow} from "./profileRow.js";
import {systemProfiles} from "./systemProfiles.js";
import {writeProfiles} from "./writeProfiles.js";

/** The profile columns a page reads: the readable summary, without histograms, top-k lists and sketch state. */
export const PAGE_PROFILE_COLUMNS: (keyof ProfileRow)[] = [
  "system",
  "grain",
  "window_start",
  "column",
  "kind",
  "rows",
  "nulls",
  "null_rate",
  "distinct",
  "min",
  "max",
  "mean",
  "variance",
  "std",
  "p05",
  "p25",
  "p50",
  "p75",
  "p95"
];

/**
 * Profiles of every ingested system in `dir` (systemProfiles: features and score, per UTC day and ISO week, bins
 * frozen on the default reference), written as one Parquet file of summary columns (PAGE_PROFILE_COLUMNS) to `out`
 * (default stdout): the site's profiles.parquet, for the Explore page.
 *
 * @throws {Error} when `dir` holds no ingested system; InputError from systemProfiles
 */
export async function siteProfiles(
  {db, log}: {db: Db; log: (message: string) => void},
  dir: string,
  out?: Writable
): Promise<void> {
  const rows: ProfileRow[] = [];
  for (const system of listSystems(dir))
    rows.push(...(await systemProfiles({db, log}, await systemDriftInput(system))).rows);
  await writeProfiles(db, rows, out, PAGE_PROFILE_COLUMNS);
}
