import type {ModelEntry} from "../replay/modelEntry.js";
import {aucStandardError} from "./aucStandardError.js";
import type {BandFields} from "./bandFields.js";
import type {GroupPerformance} from "./groupPerformance.js";
import type {WindowMetrics} from "./modelMetrics.js";

/** The fields of a window's metrics the card reads (no bands: the card states values). */
export type CardWindow = Omit<WindowMetrics, "period" | keyof BandFields>;

/** One metric of the card: on the validation sample, realised live, estimated live (CBPE). */
export interface CardMetric {
  metric: string;
  validation: number | null;
  realised: number | null;
  estimated: number | null;
}

/** One group of a protected attribute on the card. */
export interface CardGroup extends GroupPerformance {
  /** The group's ROC AUC on the validation sample, where the registry records it. */
  validation_roc_auc: number | null;
}

/** The content of a model card / validation document, ready to render (no markup). */
export interface ModelCard {
  id: string;
  title: string;
  summary: string;
  purpose: {text: string; owner: string; output: string; decision: string};
  data: {
    training_window: {from: string; to: string};
    training_rows: number;
    positive_share: number;
    algorithm: string;
    notes: string | null;
    features: string[];
    validation_window: {from: string; to: string};
    validation_rows: number;
    live: string;
  };
  metrics: CardMetric[];
  latest: string | null;
  fairness: CardGroup[];
  limitations: string[];
  approvals: {date: string; status: string; approver: string; note: string | null}[];
}

const METRICS = [
  ["ROC AUC", "roc_auc", "est_roc_auc"],
  ["precision", "precision", "est_precision"],
  ["recall", "recall", "est_recall"],
  ["F1", "f1", "est_f1"],
  ["Brier score", "brier", null],
  ["log loss", "log_loss", null]
] as const;

/**
 * The content of a model card (Mitchell et al. 2019, "Model Cards for Model Reporting", FAT*: details, intended
 * use, data, metrics, group results, caveats) and validation record for one registered model version, from its
 * registry entry, its live metrics (the "all" window and the months of modelMetrics) and its per-group results
 * (groupPerformance on the protected attributes), as of a date:
 * - purpose: the registry's purpose, owner, output and decision policy (threshold, refer band);
 * - data: training window, rows, positive share, algorithm, notes, features in input order, validation sample,
 *   and the live decisions scored and labelled by the as-of date;
 * - metrics: validation (registry) next to live realised and live CBPE-estimated, for ROC AUC, precision,
 *   recall, F1 (estimated too), Brier score and log loss (realised only); `latest` the last month's values;
 * - fairness: per protected group n, ROC AUC, selection rate, bad rate, and the validation ROC AUC by group;
 * - limitations: the registry's text, then generated findings: a group whose live ROC AUC is more than
 *   `aucGap` (default 0.05) below the overall live ROC AUC and more than 1.96 standard errors below it
 *   (aucStandardError, Hanley & McNeil: not sampling noise); a group whose selection rate is below four fifths of
 *   the attribute's highest (the EEOC four-fifths rule); the overall realised or the latest month's estimated
 *   ROC AUC more than `aucGap` below validation; and the conditions of the estimates (outcomes arrive late,
 *   CBPE assumes no concept drift);
 * - approvals: the status history with dates and approvers.
 *
 * @example
 * modelCard(entry, {asOf: "2026-06-29", metrics, groups}).limitations[0]; // => entry.limitations
 */
export function modelCard(
  entry: ModelEntry,
  {
    asOf,
    metrics,
    groups,
    aucGap = 0.05
  }: {asOf: string; metrics: readonly CardWindow[]; groups: readonly GroupPerformance[]; aucGap?: number}
): ModelCard {
  const id = `${entry.name}@${entry.version}`;
  const all = metrics.find((m) => m.granularity === "all") ?? null;
  const months = metrics.filter((m) => m.granularity === "month").sort((a, b) => cmp(a.window_start, b.window_start));
  const month = months[months.length - 1] ?? null;
  const v = entry.metrics.validation;
  const policy = entry.decision;
  const validationByGroup = (v.by_group ?? {}) as Record<string, Record<string, {roc_auc?: number}>>;
  const fairness: CardGroup[] = groups.map((g) => ({
    ...g,
    validation_roc_auc: validationByGroup[g.attribute]?.[g.group]?.roc_auc ?? null
  }));
  const limitations: string[] = entry.limitations ? [entry.limitations] : [];
  const overall = all?.roc_auc ?? null;
  for (const g of fairness) {
    if (overall === null || g.roc_auc === null) continue;
    const se = aucStandardError(g.roc_auc, g.n_bad, g.n_labelled - g.n_bad);
    if (overall - g.roc_auc > aucGap && se !== null && overall - g.roc_auc > 1.96 * se)
      limitations.push(
        `Ranks ${g.attribute}=${g.group} worse: live ROC AUC ${f3(g.roc_auc)} against ${f3(overall)} overall (${g.n_labelled.toLocaleString("en-US")} labelled decisions, standard error ${f3(se)}).`
      );
  }
  for (const attribute of [...new Set(fairness.map((g) => g.attribute))]) {
    const list = fairness.filter((g) => g.attribute === attribute && g.selection_rate !== null);
    const top = list.reduce<CardGroup | null>((b, g) => (b && b.selection_rate! >= g.selection_rate! ? b : g), null);
    for (const g of list)
      if (top && top.selection_rate! > 0 && g.selection_rate! / top.selection_rate! < 0.8)
        limitations.push(
          `Selects ${attribute}=${g.group} at ${f3(g.selection_rate!)}, ${f3(g.selection_rate! / top.selection_rate!)} of ${attribute}=${top.group}'s ${f3(top.selection_rate!)} (below four fifths).`
        );
  }
  for (const [kind, value] of [
    ["realised", all?.roc_auc ?? null],
    ["estimated", month?.est_roc_auc ?? null]
  ] as const)
    if (value !== null && v.roc_auc - value > aucGap)
      limitations.push(
        `Live ${kind} ROC AUC ${f3(value)} is ${f3(v.roc_auc - value)} below validation (${f3(v.roc_auc)}).`
      );
  if (all)
    limitations.push(
      `Outcomes arrive 30–90 days after a decision: ${all.n_labelled.toLocaleString("en-US")} of ${all.n.toLocaleString("en-US")} live decisions had one by ${asOf}. Estimates without outcomes (CBPE) assume the model's calibration on labelled decisions still holds (no concept drift).`
    );
  return {
    id,
    title: `${entry.name} ${entry.version}`,
    summary: `${entry.system} · ${entry.type.replace("_", " ")} · ${entry.status} · as of ${asOf}`,
    purpose: {
      text: entry.purpose,
      owner: entry.owner,
      output: `${entry.output.name}: ${entry.output.meaning}`,
      decision: `${policy.below} when ${entry.output.name} < ${policy.threshold}, else ${policy.above}${
        policy.refer_band !== undefined ? `; ${policy.refer} when within ${policy.refer_band} of the threshold` : ""
      }${policy.threshold_changes.map((c) => `; threshold ${c.threshold} from ${c.from}`).join("")}`
    },
    data: {
      training_window: entry.training.window,
      training_rows: entry.training.rows,
      positive_share: entry.training.positive_share,
      algorithm: entry.training.algorithm,
      notes: entry.training.data_notes ?? null,
      features: entry.features,
      validation_window: v.window,
      validation_rows: v.rows,
      live: all
        ? `${all.n.toLocaleString("en-US")} live decisions scored (${all.role}) from ${all.window_start} to ${asOf}, ${all.n_labelled.toLocaleString("en-US")} with an outcome by then`
        : `no live decisions scored by ${asOf}`
    },
    metrics: METRICS.map(([metric, key, est]) => ({
      metric,
      validation: v[key] ?? null,
      realised: all?.[key] ?? null,
      estimated: est && all ? all[est] : null
    })),
    latest: month
      ? `${month.window_start.slice(0, 7)}: ${month.n.toLocaleString("en-US")} decisions, ${month.n_labelled.toLocaleString("en-US")} labelled; ROC AUC realised ${f3(month.roc_auc)}, estimated ${f3(month.est_roc_auc)}`
      : null,
    fairness,
    limitations,
    approvals: entry.status_history.map((c) => ({
      date: c.date,
      status: c.status,
      approver: c.approver,
      note: c.note ?? null
    }))
  };
}

function f3(x: number | null): string {
  return x === null ? "–" : x.toFixed(3);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
