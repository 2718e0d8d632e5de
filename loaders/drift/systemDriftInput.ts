import {columnWithTag} from "../contract/columnWithTag.js";
import {featureColumns} from "../contract/featureColumns.js";
import {readContract} from "../contract/readContract.js";
import {schemaObject} from "../contract/schemaObject.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {SystemDir} from "../workspace/listSystems.js";
import type {DriftColumns} from "./driftColumns.js";

/** What drift reads for an ingested system: its decisions relation, time column and the columns to compare. */
export interface SystemDriftInput {
  system: string;
  file: string;
  relation: string;
  time: string;
  columns: DriftColumns;
  /** The model score column (prediction drift), when the contract tags one; also in columns.numeric. */
  score?: string;
}

/**
 * The drift input of an ingested system from its contract: `decisions.parquet`, the column tagged `time`, the
 * columns tagged `feature` (numeric: number/integer, categorical: string/boolean) and the column tagged `score`
 * (prediction drift). Personal data (tag `pii`) and protected attributes are never compared.
 *
 * @throws {InputError} for an unreadable contract or a missing time column
 */
export async function systemDriftInput(system: SystemDir): Promise<SystemDriftInput> {
  const contract = await readContract(system.contract);
  const decisions = schemaObject(contract);
  const features = featureColumns(decisions);
  const score = columnWithTag(decisions, "score", true)?.name;
  return {
    system: system.system,
    file: system.decisions,
    relation: `read_parquet(${sqlLiteral(system.decisions)})`,
    time: columnWithTag(decisions, "time").name,
    columns: {numeric: [...features.numeric, ...(score ? [score] : [])], categorical: features.categorical},
    score
  };
}
