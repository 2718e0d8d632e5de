import {ESTIMATED_METRICS} from "../../src/lib/models/samplingError/samplingErrorComponents.js";

const KEY = {system: "VARCHAR", model: "VARCHAR"};
const WINDOW = {granularity: "VARCHAR", window_start: "VARCHAR", window_end: "VARCHAR"};

/** The columns of model-metrics.parquet, in order, with their DuckDB types. */
export const METRICS_COLUMNS: Record<string, string> = {
  ...KEY,
  name: "VARCHAR",
  version: "VARCHAR",
  status: "VARCHAR",
  role: "VARCHAR",
  ...WINDOW,
  n: "INTEGER",
  n_labelled: "INTEGER",
  prevalence: "DOUBLE",
  roc_auc: "DOUBLE",
  precision: "DOUBLE",
  recall: "DOUBLE",
  f1: "DOUBLE",
  brier: "DOUBLE",
  log_loss: "DOUBLE",
  ece: "DOUBLE",
  est_roc_auc: "DOUBLE",
  est_precision: "DOUBLE",
  est_recall: "DOUBLE",
  est_f1: "DOUBLE",
  period: "VARCHAR",
  ...Object.fromEntries(
    ESTIMATED_METRICS.flatMap((m) => [
      [`est_${m}_lower`, "DOUBLE"],
      [`est_${m}_upper`, "DOUBLE"],
      [`${m}_lower`, "DOUBLE"],
      [`${m}_upper`, "DOUBLE"],
      [`${m}_threshold_lower`, "DOUBLE"],
      [`${m}_threshold_upper`, "DOUBLE"],
      [`${m}_alert`, "BOOLEAN"]
    ])
  ),
  threshold_lower: "DOUBLE",
  threshold_upper: "DOUBLE",
  alert: "BOOLEAN"
};

/** The columns of model-reliability.parquet, in order, with their DuckDB types. */
export const RELIABILITY_COLUMNS: Record<string, string> = {
  ...KEY,
  ...WINDOW,
  period: "VARCHAR",
  bin: "INTEGER",
  lower: "DOUBLE",
  upper: "DOUBLE",
  count: "INTEGER",
  mean_score: "DOUBLE",
  observed_rate: "DOUBLE"
};
