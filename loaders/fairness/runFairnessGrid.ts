import {fairnessGrid, type GridCell} from "../../src/lib/fairness/fairnessGrid.js";
import type {FairnessOptions} from "../../src/lib/fairness/fairnessReport.js";
import type {RateName} from "../../src/lib/fairness/rateFractions.js";
import type {Db} from "../db/openDb.js";
import type {FairnessSpec} from "./FairnessSpec.js";
import {runFairness} from "./runFairness.js";

/**
 * The Aequitas summary grid of a fairness review: each attribute on its own (a review grouped by that attribute alone,
 * not an intersection), every metric in `metrics`, through runFairness without bootstrap or series, then
 * fairnessGrid (reference group, worst group and ratio, pass/fail against the band).
 *
 * @throws {InputError} as runFairness, e.g. for an attribute that is not a column
 * @example await runFairnessGrid({db, log}, "fairness_rows", types, spec, ["sex", "age_band"], ["selection_rate", "fnr"], options);
 */
export async function runFairnessGrid(
  {db, log}: {db: Db; log: (message: string) => void},
  relation: string,
  types: ReadonlyMap<string, string>,
  spec: FairnessSpec,
  attributes: readonly string[],
  metrics: readonly RateName[],
  options: FairnessOptions
): Promise<GridCell[]> {
  const reports = [];
  for (const attribute of attributes) {
    const review = await runFairness(
      {db, log},
      relation,
      types,
      {...spec, group: [attribute], window: undefined},
      {...options, bootstrap: false, checkRates: metrics}
    );
    reports.push({attribute, report: review});
  }
  return fairnessGrid(reports, metrics);
}
