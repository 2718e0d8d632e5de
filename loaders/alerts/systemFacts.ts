import {InputError} from "../cli/errors.js";
import type {Contract} from "../contract/Contract.js";
import {columnWithTag} from "../contract/columnWithTag.js";
import {readContract} from "../contract/readContract.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {listSystems, type SystemDir} from "../workspace/listSystems.js";
import type {CheckContext} from "./CheckContext.js";

/** One ingested system as the alert evaluators need it. */
export interface SystemFacts {
  dir: SystemDir;
  contract: Contract;
  /** The decisions' time column (tag `time`). */
  time: string;
  /** The newest decision time (ISO, UTC), or null when there is no decision. */
  latest: string | null;
}

/**
 * The ingested system `name` under the context's work directory: its files, contract, time column and newest
 * decision time (the end of every `last <n>d` window).
 *
 * @throws {InputError} `unknown system "<name>" (ingested: a, b)` or for an unreadable contract
 */
export async function systemFacts({db, dir}: CheckContext, name: string): Promise<SystemFacts> {
  let systems: SystemDir[];
  try {
    systems = listSystems(dir);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  const system = systems.find((s) => s.system === name);
  if (!system)
    throw new InputError(
      `unknown system ${JSON.stringify(name)} (ingested: ${systems.map((s) => s.system).join(", ")})`
    );
  const contract = await readContract(system.contract);
  const time = columnWithTag(contract.schema[0], "time").name;
  const [{latest}] = await db.all<{latest: string | null}>(
    `SELECT max(${id(time)})::TIMESTAMP AS latest FROM read_parquet(${sqlLiteral(system.decisions)})`
  );
  return {dir: system, contract, time, latest};
}
