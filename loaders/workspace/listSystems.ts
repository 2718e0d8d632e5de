import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";

/** One ingested decision system in the work directory. */
export interface SystemDir {
  system: string;
  /** data/.work/<system> */
  dir: string;
  /** data/.work/<system>/decisions.parquet */
  decisions: string;
  /** data/.work/<system>/outcomes.parquet, or undefined when no outcomes were ingested */
  outcomes?: string;
  /** data/.work/<system>/quarantine.parquet */
  quarantine: string;
  /** data/.work/<system>/manifest.json */
  manifest: string;
  /** data/contracts/<system>.odcs.yaml */
  contract: string;
}

/** The contracts folder of this repository. */
export const contractsDir = fileURLToPath(new URL("../../data/contracts", import.meta.url));

/**
 * Every system with an ingested `decisions.parquet` under `dir`, sorted by name; its contract is
 * `<contracts>/<system>.odcs.yaml`.
 *
 * @throws {Error} `no ingested system in <dir>` when there is none (run `npm run sample` or `workbench ingest`)
 */
export function listSystems(dir: string, contracts: string = contractsDir): SystemDir[] {
  const systems = (existsSync(dir) ? readdirSync(dir, {withFileTypes: true}) : [])
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "decisions.parquet")))
    .map((d) => d.name)
    .sort();
  if (systems.length === 0) throw new Error(`no ingested system in ${dir}`);
  return systems.map((system) => {
    const base = join(dir, system);
    const outcomes = join(base, "outcomes.parquet");
    return {
      system,
      dir: base,
      decisions: join(base, "decisions.parquet"),
      outcomes: existsSync(outcomes) ? outcomes : undefined,
      quarantine: join(base, "quarantine.parquet"),
      manifest: join(base, "manifest.json"),
      contract: join(contracts, `${system}.odcs.yaml`)
    };
  });
}
