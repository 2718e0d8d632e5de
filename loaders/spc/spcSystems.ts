import {existsSync} from "node:fs";
import {readContract} from "../contract/readContract.js";
import {listSystems} from "../workspace/listSystems.js";
import {spcMetrics} from "./spcMetrics.js";
import type {SpcSystem} from "./spcSeriesSql.js";

/**
 * The ingested systems under `dir` with their SPC metrics, read from their contracts (in `contracts`,
 * default data/contracts; see listSystems).
 *
 * @throws {Error} `no ingested system in <dir>`; InputError for an unreadable or invalid contract
 */
export async function spcSystems(dir: string, contracts?: string): Promise<SpcSystem[]> {
  return Promise.all(
    listSystems(dir, contracts).map(async ({system, decisions, outcomes, quarantine, contract}) => ({
      system,
      ...spcMetrics(await readContract(contract)),
      files: {decisions, outcomes, quarantine: existsSync(quarantine) ? quarantine : undefined}
    }))
  );
}
