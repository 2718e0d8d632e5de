import type {GroupPerformance} from "./groupPerformance.js";
import type {WindowMetrics, WindowReliability} from "./modelMetrics.js";
import type {ModelEntry} from "../replay/modelEntry.js";

/** Who a metrics row is about: the registered version and its current registry status. */
export interface VersionKey {
  system: string;
  /** name@version */
  model: string;
  name: string;
  version: string;
  /** The registry status (candidate, shadow, production, retired). */
  status: string;
}

/**
 * One row of model-metrics.parquet: a model version in a window. `granularity` "validation" is the registry's
 * validation sample (role "validation"; its window end is the day after the registry's `to`); "all" every live
 * decision; "month" and "week" calendar windows (UTC, ISO weeks); "chunk" chunks of a fixed number of decisions.
 * Every row carries the CBPE bands, thresholds and alerts of bandFields (null and false on validation rows).
 */
export type MetricsTableRow = VersionKey &
  Omit<WindowMetrics, "granularity"> & {granularity: WindowMetrics["granularity"] | "validation"};

/** One bin of one window's reliability curve (model-reliability.parquet). */
export type ReliabilityTableRow = Pick<VersionKey, "system" | "model"> & WindowReliability;

/** One protected group's live results for one version (the model cards' fairness section). */
export type GroupTableRow = Pick<VersionKey, "system" | "model"> & GroupPerformance;

/** What the Models page needs besides the metrics: the registry and each version's per-group results. */
export interface ModelsPayload {
  /** Per system, the last decision time (the as-of of every live metric). */
  as_of: Record<string, string>;
  /** Every registered version, as in the registry file (ONNX bytes not included). */
  models: ModelEntry[];
  /** Per version and protected group: ROC AUC, selection rate and bad rate over its live decisions. */
  groups: GroupTableRow[];
}
