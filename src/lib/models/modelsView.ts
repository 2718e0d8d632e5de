import * as aq from "arquero";
import type {ModelEntry} from "../replay/modelEntry.js";
import type {GroupPerformance} from "./groupPerformance.js";
import {modelCard, type ModelCard} from "./modelCard.js";
import type {WindowMetrics} from "./modelMetrics.js";
import {statusSpans, type StatusSpan} from "./statusSpans.js";

/** The Models page's payload (models.json): the registry's entries, each system's as-of time, group results. */
export interface ModelsPayload {
  models: ModelEntry[];
  as_of: Record<string, string>;
  groups: (GroupPerformance & {model: string})[];
}

/** A row of the Models page's versions table. */
export interface VersionRow {
  version: string;
  system: string;
  status: string;
  owner: string;
  validation_auc: number | null;
  realised_auc: number | null;
  estimated_auc: number | null;
}

/**
 * Everything the Models page derives from its payload before any choice is made: each version with its id and as-of
 * day (the system's last decision, else its last status change), its model card, its status spans for the timeline,
 * and the versions table (the registry's facts joined with each card's ROC AUC, arquero).
 * @example modelsView(payload, metrics).table[0] // => {version: "credit-gbdt@2.0.0", system: "credit-line", ...}
 */
export function modelsView(
  payload: ModelsPayload,
  metrics: readonly (WindowMetrics & {model: string})[]
): {
  versions: {entry: ModelEntry; id: string; asOf: string}[];
  cards: ModelCard[];
  spans: (StatusSpan & {model: string})[];
  table: VersionRow[];
} {
  const versions = payload.models.map((entry) => ({
    entry,
    id: `${entry.name}@${entry.version}`,
    asOf: payload.as_of[entry.system]?.slice(0, 10) ?? entry.status_history[entry.status_history.length - 1].date
  }));
  const cards = versions.map((v) =>
    modelCard(v.entry, {
      asOf: v.asOf,
      metrics: metrics.filter((m) => m.model === v.id),
      groups: payload.groups.filter((g) => g.model === v.id)
    })
  );
  const spans = versions.flatMap((v) => statusSpans(v.entry.status_history, v.asOf).map((s) => ({...s, model: v.id})));
  if (versions.length === 0) return {versions, cards, spans, table: []};
  const facts = aq.from(
    versions.map((v) => ({version: v.id, system: v.entry.system, status: v.entry.status, owner: v.entry.owner ?? ""}))
  );
  const auc = aq.from(
    cards.map((c) => {
      const m = c.metrics.find((x) => x.metric === "ROC AUC") ?? c.metrics[0];
      return {
        version: c.id,
        validation_auc: m?.validation ?? null,
        realised_auc: m?.realised ?? null,
        estimated_auc: m?.estimated ?? null
      };
    })
  );
  const table = facts.join_left(auc, "version").orderby("system", "version").objects() as VersionRow[];
  return {versions, cards, spans, table};
}
