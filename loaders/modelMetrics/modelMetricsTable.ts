import {groupPerformanceOfFactors} from "../../src/lib/models/groupPerformance.js";
import {bandFields} from "../../src/lib/models/bandFields.js";
import type {ModelMetricsOptions as WindowOptions} from "../../src/lib/models/modelMetrics.js";
import {modelMetricsOfColumns} from "../../src/lib/models/modelMetricsOfColumns.js";
import {distinctRanks} from "../../src/lib/stats/distinctRanks.js";
import type {
  GroupTableRow,
  MetricsTableRow,
  ReliabilityTableRow,
  VersionKey
} from "../../src/lib/models/ModelsPayload.js";
import type {Granularity} from "../../src/lib/models/windowBounds.js";
import type {ModelEntry, Registry} from "../../src/lib/replay/modelEntry.js";
import type {Db} from "../db/openDb.js";
import type {System} from "../system/System.js";
import {scoredDecisionColumns} from "./scoredDecisionColumns.js";
import {settings} from "../../src/lib/settings.js";

export type {GroupTableRow, MetricsTableRow, ReliabilityTableRow, VersionKey};

export interface ModelMetricsTable {
  /** Per system, the last decision time: outcomes observed later do not count. */
  as_of: Record<string, string>;
  metrics: MetricsTableRow[];
  reliability: ReliabilityTableRow[];
  groups: GroupTableRow[];
}

export interface ModelMetricsOptions extends Pick<WindowOptions, "chunkSize" | "reference" | "thresholds"> {
  granularities?: readonly Granularity[];
  /** Realised metrics need at least this many labelled decisions in the window (default 100). */
  minLabelled?: number;
  /** CBPE estimates need at least this many decisions in the window (default 100). */
  minRows?: number;
  /** A group's ROC AUC and bad rate need at least this many labelled decisions (default 30). */
  minGroupLabelled?: number;
}

/**
 * The model metrics of every registered version: its registry validation metrics (one "validation" row), and for
 * every ingested system under `dataDir` whose decisions a registered version scored (production or shadow,
 * scoredDecisionColumns), the live realised metrics and CBPE estimates for all its decisions, each month and each ISO
 * week (modelMetrics), the reliability curve of each of those windows, and the per-group results on the
 * contract's protected attributes over all its decisions (groupPerformance), all computed on typed columns
 * (modelMetricsOfColumns, groupPerformanceOfFactors: no object per decision). A version that scored nothing
 * has its validation row only. Rows are ordered by system, model, then granularity (validation, all, month, week)
 * and window.
 *
 * @throws {InputError} when a system's files are unusable (scoredDecisionColumns)
 * @example
 * const table = await modelMetricsTable(await openSystems("data/.work"), registry, {db, log});
 */
export async function modelMetricsTable(
  ingested: readonly System[],
  registry: Registry,
  {db, log}: {db: Db; log: (message: string) => void},
  {
    granularities = ["month", "week"],
    minLabelled = settings.models.minLabelled,
    minRows = settings.models.minRows,
    minGroupLabelled = settings.models.minGroupLabelled,
    chunkSize,
    reference,
    thresholds
  }: ModelMetricsOptions = {}
): Promise<ModelMetricsTable> {
  const table: ModelMetricsTable = {as_of: {}, metrics: [], reliability: [], groups: []};
  const byName = new Map(ingested.map((s) => [s.name, s]));
  const systems = [...new Set(registry.models.map((m) => m.system))].sort();
  for (const system of systems) {
    const entries = registry.models
      .filter((m) => m.system === system)
      .sort((a, b) => cmp(`${a.name}@${a.version}`, `${b.name}@${b.version}`));
    const found = byName.get(system);
    const live = found ? await scoredDecisionColumns({system: found, registry}, {db}) : null;
    if (live) {
      table.as_of[system] = live.as_of;
      log(
        `${system}: as of ${live.as_of}, ${live.versions.map((v) => `${v.model} ${v.columns.score.length} decisions`).join(", ")}`
      );
    }
    for (const entry of entries) {
      const key = versionKey(entry);
      table.metrics.push(validationRow(entry));
      const decisions = live?.versions.find((v) => v.model === key.model);
      if (!decisions) continue;
      const ranks = distinctRanks(decisions.columns.score); // one sort of the scores for the metrics and the groups
      const {metrics, reliability} = modelMetricsOfColumns(
        {...decisions.columns, ranks},
        {
          granularities,
          minLabelled,
          minRows,
          chunkSize,
          reference,
          thresholds
        }
      );
      for (const m of metrics) table.metrics.push({...key, ...m});
      for (const b of reliability) table.reliability.push({system, model: key.model, ...b});
      const {score, threshold, label} = decisions.columns;
      for (const g of groupPerformanceOfFactors(score, threshold, label, decisions.groups, {
        minLabelled: minGroupLabelled,
        ranks
      }))
        table.groups.push({system, model: key.model, ...g});
    }
  }
  return table;
}

function versionKey(m: ModelEntry): VersionKey {
  return {system: m.system, model: `${m.name}@${m.version}`, name: m.name, version: m.version, status: m.status};
}

/** A registered version's validation row (its registry metrics; the window ends the day after the registry's `to`). */
export function validationRow(entry: ModelEntry): MetricsTableRow {
  const key = versionKey(entry);
  const v = entry.metrics.validation;
  const end = new Date(Date.parse(`${v.window.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const row = {
    ...key,
    granularity: "validation" as const,
    window_start: v.window.from,
    window_end: end,
    role: "validation",
    period: null,
    n: v.rows,
    n_labelled: v.rows,
    prevalence: null,
    roc_auc: v.roc_auc,
    precision: v.precision,
    recall: v.recall,
    f1: v.f1,
    brier: v.brier,
    log_loss: v.log_loss,
    ece: null,
    est_roc_auc: null,
    est_precision: null,
    est_recall: null,
    est_f1: null
  };
  return {...row, ...bandFields(row, null, null)};
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
