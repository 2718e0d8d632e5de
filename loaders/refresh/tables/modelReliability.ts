import type {ReliabilityTableRow} from "../../modelMetrics/modelMetricsTable.js";
import {RELIABILITY_COLUMNS} from "../../modelMetrics/modelMetricsColumns.js";
import type {DerivedTable} from "../DerivedTable.js";
import {MODEL_REGISTRY, systemModelMetrics} from "../systemModelMetrics.js";

/** The reliability curve (10 equal-width score bins) of every registered version of the system per window. */
export const modelReliability: DerivedTable<ReliabilityTableRow> = {
  name: "model-reliability",
  description: "per registered version, window and score bin: labelled rows, mean score, observed bad rate",
  columns: RELIABILITY_COLUMNS as DerivedTable<ReliabilityTableRow>["columns"],
  inputs: [MODEL_REGISTRY],
  async compute(ctx) {
    return (await systemModelMetrics(ctx)).reliability;
  }
};
