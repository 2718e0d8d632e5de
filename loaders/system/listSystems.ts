import {existsSync, readdirSync} from "node:fs";
import {contractsDir} from "./contractsDir.js";
import type {SystemPaths} from "./System.js";
import {systemPaths} from "./systemPaths.js";

/** A system's name and files, without reading anything (see openSystem for the contract and roles). */
export interface SystemEntry {
  name: string;
  paths: SystemPaths;
}

/**
 * Every system with an ingested `decisions.parquet` under `dir`, sorted by name, with its paths (systemPaths);
 * cheap: it reads the directory only.
 *
 * @throws {Error} `no ingested system in <dir>` when there is none (run `npm run sample` or `workbench ingest`)
 * @example listSystems("data/.work").map((s) => s.name) // => ["credit-line", "fraud-screen"]
 */
export function listSystems(dir: string, contracts: string = contractsDir): SystemEntry[] {
  const names = (existsSync(dir) ? readdirSync(dir, {withFileTypes: true}) : [])
    .filter((d) => d.isDirectory() && existsSync(systemPaths(dir, d.name, contracts).decisions))
    .map((d) => d.name)
    .sort();
  if (names.length === 0) throw new Error(`no ingested system in ${dir}`);
  return names.map((name) => ({name, paths: systemPaths(dir, name, contracts)}));
}
