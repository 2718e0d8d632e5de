import {InputError} from "../cli/errors.js";
import {readContract} from "../contract/readContract.js";
import {listSystems} from "../workspace/listSystems.js";
import {fairnessConvention} from "./fairnessConvention.js";
import {fairnessRowsSql} from "./fairnessRowsSql.js";

/**
 * The row-level fairness query (fairnessRowsSql) of one ingested system in `dir`, from its contract's
 * conventions: what the Fairness page's `.parquet.ts` data loaders hand to runParquetLoader.
 * @throws {InputError} when the system is not ingested or its contract lacks a role
 * @example await runParquetLoader(() => fairnessRowsQuery(workDir(), "credit-line"));
 */
export async function fairnessRowsQuery(dir: string, system: string): Promise<string> {
  const found = listSystems(dir).find((s) => s.system === system);
  if (!found) throw new InputError(`system ${system} is not ingested in ${dir} (run npm run sample)`);
  return fairnessRowsSql(fairnessConvention(await readContract(found.contract)), found.decisions, found.outcomes);
}
