import {readContract} from "../contract/readContract.js";
import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import {listSystems, type SystemDir} from "../workspace/listSystems.js";
import {fairnessConvention, type FairnessConvention} from "./fairnessConvention.js";
import {fairnessRowsSql} from "./fairnessRowsSql.js";

/**
 * Opens an ingested system for a fairness review: finds `<workDir>/<system>`, reads its contract's conventions,
 * and creates the temp view `fairness_rows` (fairnessRowsSql: PII-free, one row per decision, outcomes joined).
 * Returns the view's column types as well.
 * @throws {InputError} when the system is not ingested or its contract lacks a role
 * @example const {convention} = await systemFairness(db, workDir(), "credit-line");
 */
export async function systemFairness(
  db: Db,
  dir: string,
  system: string
): Promise<{
  convention: FairnessConvention;
  systemDir: SystemDir;
  relation: string;
  columns: Map<string, string>;
}> {
  let systems: SystemDir[];
  try {
    systems = listSystems(dir);
  } catch (error) {
    throw new InputError(`${(error as Error).message} (run npm run sample)`);
  }
  const systemDir = systems.find((s) => s.system === system);
  if (!systemDir)
    throw new InputError(`unknown system ${system} (ingested: ${systems.map((s) => s.system).join(", ")})`);
  const convention = fairnessConvention(await readContract(systemDir.contract));
  await db.run(
    `CREATE OR REPLACE TEMP VIEW fairness_rows AS ${fairnessRowsSql(convention, systemDir.decisions, systemDir.outcomes)}`
  );
  const described = await db.all<{column_name: string; column_type: string}>("DESCRIBE fairness_rows");
  return {
    convention,
    systemDir,
    relation: "fairness_rows",
    columns: new Map(described.map((d) => [d.column_name, d.column_type]))
  };
}
