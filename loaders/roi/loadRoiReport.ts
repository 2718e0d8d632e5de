import {InputError} from "../cli/errors.js";
import {readContract} from "../contract/readContract.js";
import type {Db} from "../db/openDb.js";
import type {SystemDir} from "../workspace/listSystems.js";
import {roiReport, type RoiReport} from "../../src/lib/roi/roiReport.js";
import {readCostModel} from "./readCostModel.js";
import {roiAggregates} from "./roiAggregates.js";
import {roiColumns} from "./roiColumns.js";

/**
 * The ROI report of one ingested system: reads its contract and the cost model next to it
 * (`<system>.costs.yaml` beside `<system>.odcs.yaml`), aggregates its Parquet in DuckDB (roiAggregates)
 * and computes the report (roiReport) with a seeded bootstrap.
 *
 * @throws {InputError} for a missing or invalid contract or cost model, or data the report cannot use
 *   (no manual baseline before go-live, no automated decision, no outcome to value pending decisions)
 * @example const report = await loadRoiReport({db, log}, listSystems(workDir())[0], {seed: 1});
 */
export async function loadRoiReport(
  {db, log}: {db: Db; log: (message: string) => void},
  system: SystemDir,
  options: {replicates?: number; seed?: number} = {}
): Promise<RoiReport> {
  const contract = await readContract(system.contract);
  const model = await readCostModel(system.contract.replace(/\.odcs\.yaml$/, ".costs.yaml"), contract);
  const started = Date.now();
  const {cells, raters} = await roiAggregates({db}, roiColumns(contract, model), model, system);
  log(`roi ${system.system}: ${cells.length} aggregate cells in ${Date.now() - started} ms`);
  try {
    return roiReport({cells, raters}, model, options);
  } catch (error) {
    throw new InputError(`${system.system}: ${(error as Error).message}`, {}, {cause: error});
  }
}
