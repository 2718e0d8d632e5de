import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {committedFiles} from "./committedFiles.js";

/** One ingested decision system in the work directory. */
export interface SystemDir {
  system: string;
  /** data/.work/<system> */
  dir: string;
  /** The committed decisions.parquet (inside the current generation: see committedFiles) */
  decisions: string;
  /** The committed outcomes.parquet, or undefined when no outcomes were ingested */
  outcomes?: string;
  /** The quarantine.parquet of the same ingest run as `decisions` */
  quarantine: string;
  /** The manifest.json of the same ingest run as `decisions` */
  manifest: string;
  /** data/contracts/<system>.odcs.yaml */
  contract: string;
}

/** The contracts folder of this repository. */
export const contractsDir = fileURLToPath(new URL("../../data/contracts", import.meta.url));

/**
 * Every system with an ingested `decisions.parquet` under `dir`, sorted by name; its contract is
 * `<contracts>/<system>.odcs.yaml`. Paths of ingested files come from committedFiles (the one function that
 * knows the on-disk layout of ingest's outputs), resolved once per output set.
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
    // each output set resolved once through committedFiles: its files belong to one ingest run
    const decisions = committedFiles(base, "decisions", true)!;
    const outcomes = committedFiles(base, "outcomes", false);
    return {
      system,
      dir: base,
      decisions: decisions.accepted,
      outcomes: outcomes && existsSync(outcomes.accepted) ? outcomes.accepted : undefined,
      quarantine: decisions.quarantine,
      manifest: decisions.manifest,
      contract: join(contracts, `${system}.odcs.yaml`)
    };
  });
}
