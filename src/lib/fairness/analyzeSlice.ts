import {classificationMetrics, type ClassificationMetrics} from "./classificationMetrics.js";
import type {Confusion} from "./confusionCounts.js";
import {fairnessReport, type FairnessOptions, type FairnessReport} from "./fairnessReport.js";
import {fairnessSeries} from "./fairnessSeries.js";
import {overrideEffect, type OverrideEffect} from "./overrideEffect.js";
import {reviewByGroup, type ReviewReport} from "./reviewByGroup.js";

/** A row of sliceSql's result (numbers may arrive as any numeric type; they are converted with Number). */
export type SliceRow = {group: string; window: string | null; total: number} & Record<string, unknown>;

export interface SliceAnalysis {
  /** The fairness report of the chosen prediction over the whole slice. */
  report: FairnessReport;
  /** Overall classification metrics of the chosen prediction (all groups together). */
  overall: ClassificationMetrics;
  /** One report per window (no bootstrap). */
  series: {window: string; report: FairnessReport | null; reason?: string}[];
  review: ReviewReport[];
  /** Do reviewers' overrides widen or narrow the model's disparities (model decision vs final decision)? */
  override: OverrideEffect;
  /** Decisions in the slice, and those without a prediction (null score under a threshold). */
  rows: number;
  excluded: number;
}

const cells = (row: Record<string, unknown>, prefix: string): Confusion => ({
  tp: Number(row[`${prefix}tp`]),
  fp: Number(row[`${prefix}fp`]),
  tn: Number(row[`${prefix}tn`]),
  fn: Number(row[`${prefix}fn`]),
  up: Number(row[`${prefix}up`]),
  un: Number(row[`${prefix}un`])
});

/**
 * Everything the Fairness page shows for one slice, from sliceSql's rows: the report of the chosen prediction
 * (fairnessReport with `options`), overall metrics, the per-window series, review and override rates by group,
 * and the override effect (fairnessReport of the model's decisions vs of the final decisions, same options
 * without bootstrap). Pure; O(groups · windows) plus the bootstrap when enabled.
 * @throws {Error} on invalid options (see fairnessReport)
 * @example analyzeSlice(await db.query(sliceSql(spec)), {tau: 0.8}).report.failing;
 */
export function analyzeSlice(rows: Iterable<SliceRow>, options: FairnessOptions = {}): SliceAnalysis {
  const totals: SliceRow[] = [];
  const windows: SliceRow[] = [];
  for (const row of rows) (Number(row.total) === 1 ? totals : windows).push(row);
  const groups = totals.map((r) => ({group: String(r.group), confusion: cells(r, "")}));
  const report = fairnessReport(groups, options);
  const sum: Confusion = {tp: 0, fp: 0, tn: 0, fn: 0, up: 0, un: 0};
  for (const {confusion} of groups) for (const k of Object.keys(sum) as (keyof Confusion)[]) sum[k] += confusion[k];
  const plain = {...options, bootstrap: false as const};
  const model = fairnessReport(
    totals.map((r) => ({group: String(r.group), confusion: cells(r, "m_")})),
    plain
  );
  const final = fairnessReport(
    totals.map((r) => ({group: String(r.group), confusion: cells(r, "f_")})),
    plain
  );
  return {
    report,
    overall: classificationMetrics(sum),
    series: fairnessSeries(
      windows.map((r) => ({window: String(r.window ?? "(missing)"), group: String(r.group), confusion: cells(r, "")})),
      plain
    ),
    review: reviewByGroup(
      totals.map((r) => ({
        group: String(r.group),
        n: Number(r.n),
        reviewed: Number(r.reviewed),
        overridden: Number(r.overridden)
      })),
      options.confidence
    ),
    override: overrideEffect(model, final),
    rows: totals.reduce((s, r) => s + Number(r.n), 0),
    excluded: totals.reduce((s, r) => s + Number(r.excluded), 0)
  };
}
