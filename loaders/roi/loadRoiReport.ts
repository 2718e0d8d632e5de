import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import type {System} from "../system/System.js";
import type {CostModel} from "../../src/lib/roi/parseCostModel.js";
import {roiReport, type RaterGroups, type RoiReport} from "../../src/lib/roi/roiReport.js";
import type {RoiCell} from "../../src/lib/roi/roiCell.js";
import {roiAggregates} from "./roiAggregates.js";
import {roiModel} from "./roiModel.js";

/**
 * The ROI report of one ingested system: its cost model (roiModel), its Parquet aggregated in DuckDB (roiAggregates)
 * and the report (roiReportOf) with a seeded bootstrap.
 *
 * @throws {InputError} for a missing or invalid contract or cost model, or data the report cannot use
 *   (no manual baseline before go-live, no automated decision, no outcome to value pending decisions)
 * @example const report = await loadRoiReport({db, log}, system, {seed: 1});
 */
export async function loadRoiReport(
  {db, log}: {db: Db; log: (message: string) => void},
  system: System,
  options: {replicates?: number; seed?: number} = {}
): Promise<RoiReport> {
  const {model, columns} = await roiModel(system);
  const started = Date.now();
  const {cells, raters} = await roiAggregates({db}, columns, model, system.relations);
  log(`roi ${system.name}: ${cells.length} aggregate cells in ${Date.now() - started} ms`);
  return roiReportOf(system.name, {cells, raters}, model, options);
}

/**
 * roiReport on a system's aggregates, its errors (no manual baseline, ...) as InputErrors naming the system.
 *
 * @throws {InputError} `<system>: <reason>`
 */
export function roiReportOf(
  system: string,
  aggregates: {cells: RoiCell[]; raters: RaterGroups},
  model: CostModel,
  options: {replicates?: number; seed?: number}
): RoiReport {
  try {
    return roiReport(aggregates, model, options);
  } catch (error) {
    throw new InputError(`${system}: ${(error as Error).message}`, {}, {cause: error});
  }
}
