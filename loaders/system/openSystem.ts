import {existsSync} from "node:fs";
import {dirname} from "node:path";
import {InputError} from "../cli/errors.js";
import {columnWithTag} from "../contract/columnWithTag.js";
import {fileRelation} from "./fileRelation.js";
import {contractsDir} from "./contractsDir.js";
import {listSystems, type SystemEntry} from "./listSystems.js";
import type {System} from "./System.js";
import {systemContract} from "./systemContract.js";
import {objectPaths} from "./systemPaths.js";
import {systemRoles} from "./systemRoles.js";

/**
 * Opens the ingested system `name` under `dir`: its paths (systemPaths), its contract (`<contracts>/<name>.odcs.yaml`,
 * read and validated once), its column roles (systemRoles), the contract objects the ingest wrote and the DuckDB
 * relations of its files. Every feature receives this instead of reading the contract itself.
 *
 * @throws {InputError} `unknown system "x" (ingested: a, b)`, `no ingested system in <dir> (run npm run sample or
 *   workbench ingest)`, or for an unreadable or invalid contract
 * @example const system = await openSystem("data/.work", "credit-line"); system.roles.score // => "score"
 */
export async function openSystem(dir: string, name: string, {contracts = contractsDir} = {}): Promise<System> {
  const entry = findSystem(listed(dir, contracts), name);
  return systemOf(entry);
}

/**
 * Every ingested system under `dir`, opened (see openSystem), sorted by name.
 *
 * @throws {InputError} `no ingested system in <dir> (...)`, or for an unreadable or invalid contract
 */
export async function openSystems(dir: string, {contracts = contractsDir} = {}): Promise<System[]> {
  const systems: System[] = [];
  for (const entry of listed(dir, contracts)) systems.push(await systemOf(entry));
  return systems;
}

function listed(dir: string, contracts: string): SystemEntry[] {
  try {
    return listSystems(dir, contracts);
  } catch (error) {
    throw new InputError(`${(error as Error).message} (run npm run sample or workbench ingest)`, {}, {cause: error});
  }
}

function findSystem(systems: SystemEntry[], name: string): SystemEntry {
  const entry = systems.find((s) => s.name === name);
  if (!entry)
    throw new InputError(`unknown system ${JSON.stringify(name)} (ingested: ${systems.map((s) => s.name).join(", ")})`);
  return entry;
}

async function systemOf({name, paths}: SystemEntry): Promise<System> {
  const contract = await systemContract(name, {contracts: dirname(paths.contract)});
  const objects = contract.schema.flatMap((object, i) => {
    const files = objectPaths(paths, object.name, i === 0);
    if (!files || !existsSync(files.file)) return [];
    return [
      {
        name: object.name,
        file: files.file,
        quarantine: existsSync(files.quarantine) ? files.quarantine : undefined,
        manifest: files.manifest,
        time: columnWithTag(object, "time", true)?.name,
        relation: fileRelation(files.file),
        quarantineRelation: existsSync(files.quarantine) ? fileRelation(files.quarantine) : undefined
      }
    ];
  });
  const read = (file: string | undefined) => (file === undefined ? undefined : fileRelation(file));
  const relations = {
    decisions: read(paths.decisions)!,
    outcomes: read(paths.outcomes),
    quarantine: read(paths.quarantine)
  };
  return {name, paths, contract, roles: systemRoles(contract), objects, relation: relations.decisions, relations};
}
