import type {Writable} from "node:stream";
import type {Db} from "../db/openDb.js";
import {writeRows} from "../quality/writeRows.js";
import {ESTIMATED_METRICS} from "../../src/lib/models/samplingError/samplingErrorComponents.js";
import type {ModelMetricsTable} from "./modelMetricsTable.js";

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

/**
 * Writes a model metrics table as zstd Parquet to `out` (default stdout): "metrics" → one row per version and
 * window (METRICS_COLUMNS: model-metrics.parquet), "reliability" → one row per version, window and bin
 * (RELIABILITY_COLUMNS: model-reliability.parquet). Dates are YYYY-MM-DD strings; rows sorted by system, model,
 * granularity and window (and bin), so the bytes are the same on re-run.
 *
 * @example await writeModelMetrics(await modelMetricsTable(workDir(), registry, {db, log}), "metrics", {db});
 */
export async function writeModelMetrics(
  table: ModelMetricsTable,
  kind: "metrics" | "reliability",
  {db, out}: {db: Db; out?: Writable}
): Promise<void> {
  const order = ["system", "model", "granularity", "window_start", "period"];
  if (kind === "metrics") await writeRows(db, table.metrics, METRICS_COLUMNS, order, out);
  else await writeRows(db, table.reliability, RELIABILITY_COLUMNS, [...order, "bin"], out);
}
