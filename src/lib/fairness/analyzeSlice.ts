import {classificationMetrics, type ClassificationMetrics} from "./classificationMetrics.js";
import {emptyConfusion, type Confusion} from "./confusionCounts.js";
import {fairnessReport, type FairnessOptions, type FairnessReport} from "./fairnessReport.js";
import {fairnessSeries} from "./fairnessSeries.js";
import {overrideEffect, type OverrideEffect} from "./overrideEffect.js";
import {reviewByGroup, type ReviewReport} from "./reviewByGroup.js";
import {sliceGroupKey} from "./sliceGroupKey.js";

export interface SliceAnalysis {
  /** The fairness report of the chosen prediction over the whole slice. */
  report: FairnessReport;
  /** Overall classification metrics of the chosen prediction (all groups together). */
  overall: ClassificationMetrics;
  /** One report per window (no bootstrap); windows are "YYYY-MM" (a quarter is named by its first month). */
  series: {window: string; report: FairnessReport | null; reason?: string}[];
  review: ReviewReport[];
  /** Do reviewers' overrides widen or narrow the model's disparities (model decision vs final decision)? */
  override: OverrideEffect;
  /** Decisions in the slice, and those without a prediction (null score under a threshold). */
  rows: number;
  excluded: number;
}

function add(c: Confusion, pred: unknown, y: unknown, n: number): void {
  const pos = pred === true;
  if (y === true) c[pos ? "tp" : "fn"] += n;
  else if (y === false) c[pos ? "fp" : "tn"] += n;
  else c[pos ? "up" : "un"] += n;
}

function windowOf(month: string, unit: "month" | "quarter"): string {
  if (unit === "month") return month;
  const m = Number(month.slice(5, 7));
  return `${month.slice(0, 5)}${String(m - ((m - 1) % 3)).padStart(2, "0")}`;
}

/**
 * Everything the Fairness page shows for one slice, from sliceSql's rows (counts by attributes, month,
 * prediction p, model decision mp, final decision f, label y, reviewed, overridden): sums them into confusion
 * cells per group (groups sorted by name) and per (window, group), then computes the report of the chosen
 * prediction (fairnessReport with `options`), overall metrics, the per-window series, review and override rates
 * by group, and the override effect (report of the model's decisions vs of the final decisions, no bootstrap).
 * Rows whose p is null (no score) count as `excluded` and in no confusion cell of p. Pure; O(rows + groups ·
 * windows) plus the bootstrap when enabled.
 * @throws {Error} on invalid options (see fairnessReport)
 * @example analyzeSlice(await db.query(sliceSql(spec)), {attributes: 1}, {tau: 0.8}).report.failing;
 */
export function analyzeSlice(
  rows: Iterable<Record<string, unknown>>,
  {attributes, window = "month"}: {attributes: number; window?: "month" | "quarter"},
  options: FairnessOptions = {}
): SliceAnalysis {
  type Acc = {
    p: Confusion;
    mp: Confusion;
    f: Confusion;
    n: number;
    reviewed: number;
    overridden: number;
    excluded: number;
  };
  const groups = new Map<string, Acc>();
  const windows = new Map<string, Map<string, Confusion>>();
  for (const row of rows) {
    const key = sliceGroupKey(row, attributes);
    const n = Number(row.n);
    let acc = groups.get(key);
    if (!acc) {
      acc = {
        p: emptyConfusion(),
        mp: emptyConfusion(),
        f: emptyConfusion(),
        n: 0,
        reviewed: 0,
        overridden: 0,
        excluded: 0
      };
      groups.set(key, acc);
    }
    acc.n += n;
    if (row.reviewed === true) acc.reviewed += n;
    if (row.overridden === true) acc.overridden += n;
    add(acc.mp, row.mp, row.y, n);
    add(acc.f, row.f, row.y, n);
    if (row.p === null || row.p === undefined) {
      acc.excluded += n;
      continue;
    }
    add(acc.p, row.p, row.y, n);
    const w = row.month === null || row.month === undefined ? "(missing)" : windowOf(String(row.month), window);
    let byGroup = windows.get(w);
    if (!byGroup) windows.set(w, (byGroup = new Map()));
    let c = byGroup.get(key);
    if (!c) byGroup.set(key, (c = emptyConfusion()));
    add(c, row.p, row.y, n);
  }
  const names = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const list = names.map((group) => ({group, ...groups.get(group)!}));
  const report = fairnessReport(
    list.map((g) => ({group: g.group, confusion: g.p})),
    options
  );
  const sum = emptyConfusion();
  for (const g of list) for (const k of Object.keys(sum) as (keyof Confusion)[]) sum[k] += g.p[k];
  const plain = {...options, bootstrap: false as const};
  const model = fairnessReport(
    list.map((g) => ({group: g.group, confusion: g.mp})),
    plain
  );
  const final = fairnessReport(
    list.map((g) => ({group: g.group, confusion: g.f})),
    plain
  );
  const seriesRows = [...windows].flatMap(([w, byGroup]) =>
    names.filter((g) => byGroup.has(g)).map((group) => ({window: w, group, confusion: byGroup.get(group)!}))
  );
  return {
    report,
    overall: classificationMetrics(sum),
    series: fairnessSeries(seriesRows, plain),
    review: reviewByGroup(
      list.map((g) => ({group: g.group, n: g.n, reviewed: g.reviewed, overridden: g.overridden})),
      options.confidence
    ),
    override: overrideEffect(model, final),
    rows: list.reduce((s, g) => s + g.n, 0),
    excluded: list.reduce((s, g) => s + g.excluded, 0)
  };
}
