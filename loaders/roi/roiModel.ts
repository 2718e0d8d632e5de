import type {System} from "../system/System.js";
import type {CostModel} from "../../src/lib/roi/parseCostModel.js";
import {readCostModel} from "./readCostModel.js";
import {roiColumns, type RoiColumns} from "./roiColumns.js";

/**
 * A system's cost model (`<system>.costs.yaml` beside its contract, readCostModel) and the columns the ROI
 * aggregates read (roiColumns).
 *
 * @throws {InputError} for a missing or invalid cost model, or a contract without a role the report needs
 * @example const {model, columns} = await roiModel(system);
 */
export async function roiModel(system: System): Promise<{model: CostModel; columns: RoiColumns}> {
  const model = await readCostModel(system.paths.costs, system.contract);
  return {model, columns: roiColumns(system, model)};
}
