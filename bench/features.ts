import {columnWithTag} from "../loaders/contract/columnWithTag.js";
import {columnsByTag} from "../loaders/contract/columnsByTag.js";
import {featureColumns} from "../loaders/contract/featureColumns.js";
import {readContract} from "../loaders/contract/readContract.js";
import {schemaObject} from "../loaders/contract/schemaObject.js";
import {CONTRACT} from "./bench.js";

/** The benchmarked system's columns by role, from its contract: what the workbench and the peers compare. */
export interface Features {
  time: string;
  numeric: string[];
  categorical: string[];
  protected: string[];
}

/**
 * Reads the credit-line contract's roles once: the time column, the features (10 numeric, 5 categorical) and the
 * protected attributes.
 */
export async function features(): Promise<Features> {
  const decisions = schemaObject(await readContract(CONTRACT));
  return {
    time: columnWithTag(decisions, "time").name,
    ...featureColumns(decisions),
    protected: columnsByTag(decisions, "protected").map((p) => p.name)
  };
}
