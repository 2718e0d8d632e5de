import type {MetricsTableRow} from "../../modelMetrics/modelMetricsTable.js";
import {METRICS_COLUMNS} from "../../modelMetrics/modelMetricsColumns.js";
import type {DerivedTable} from "../DerivedTable.js";
import {MODEL_REGISTRY, systemModelMetrics} from "../systemModelMetrics.js";

/** Every registered version of the system per window: validation, all decisions, months, ISO weeks (realised, CBPE). */
export const modelMetrics: DerivedTable<MetricsTableRow> = {
  name: "model-metrics",
  description: "per registered version and window (validation, all, month, week): realised metrics and CBPE estimates",
  columns: METRICS_COLUMNS as DerivedTable<MetricsTableRow>["columns"],
  inputs: [MODEL_REGISTRY],
  async compute(ctx) {
    return (await systemModelMetrics(ctx)).metrics;
  }
};
