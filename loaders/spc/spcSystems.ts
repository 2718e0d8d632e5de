import {existsSync} from "node:fs";
import {readContract} from "../contract/readContract.js";
import {systemDriftInput} from "../drift/systemDriftInput.js";
import {listSystems} from "../workspace/listSystems.js";
import {driftScoreMetrics} from "./driftScoreMetrics.js";
import {spcMetrics} from "./spcMetrics.js";
import type {SpcSystem} from "./spcSeriesSql.js";

/**
 * The ingested systems under `dir` with their SPC metrics, read from their contracts (in `contracts`,
 * default data/contracts; see listSystems): the SQL metrics (spcMetrics) and the weekly drift scores
 * (systemDriftInput, driftScoreMetrics).
 *
 * @throws {Error} `no ingested system in <dir>`; InputError for an unreadable or invalid contract
 */
export async function spcSystems(dir: string, contracts?: string): Promise<SpcSystem[]> {
  return Promise.all(
    listSystems(dir, contracts).map(async (entry) => {
      const drift = await systemDriftInput(entry);
      return {
        system: entry.system,
        ...spcMetrics(await readContract(entry.contract)),
        files: {
          decisions: entry.decisions,
          outcomes: entry.outcomes,
          quarantine: existsSync(entry.quarantine) ? entry.quarantine : undefined
        },
        drift: {input: drift, metrics: driftScoreMetrics(drift)}
      };
    })
  );
}
