import {averagePrecision} from "../../src/lib/fairness/averagePrecision.js";
import {brierScore} from "../../src/lib/fairness/brierScore.js";
import {classificationMetrics, type ClassificationMetrics} from "../../src/lib/fairness/classificationMetrics.js";
import {emptyConfusion, type Confusion} from "../../src/lib/fairness/confusionCounts.js";
import {fairnessReport, type FairnessOptions, type FairnessReport} from "../../src/lib/fairness/fairnessReport.js";
import {fairnessSeries} from "../../src/lib/fairness/fairnessSeries.js";
import {logLoss} from "../../src/lib/fairness/logLoss.js";
import {rocAuc} from "../../src/lib/fairness/rocAuc.js";
import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import type {FairnessSpec} from "./FairnessSpec.js";
import {fairnessCountsSql, fairnessExpressions} from "./fairnessCountsSql.js";
import {isNumericType} from "./valueEqualsSql.js";

export interface FairnessResult {
  overall: ClassificationMetrics & {
    roc_auc: number | null;
    average_precision: number | null;
    brier_score: number | null;
    log_loss: number | null;
    excluded: number;
  };
  groups: FairnessReport["groups"];
  reference: string | null;
  reference_by_rate: FairnessReport["reference_by_rate"];
  summary: FairnessReport["summary"];
  summary_intervals: FairnessReport["summary_intervals"];
  tau: number;
  band: [number, number];
  min_group_size: number;
  confidence: number;
  bootstrap: FairnessReport["bootstrap"];
  failing: FairnessReport["failing"];
  conventions: {positive_prediction: string; positive_label: string; groups: string; unknown_label: string};
  series?: {
    window: string;
    reference: string | null;
    summary: FairnessReport["summary"] | null;
    groups: {group: string; n: number; selection_rate: number | null; tpr: number | null; fpr: number | null}[];
  }[];
}

/**
 * The fairness review of a relation under a spec: checks the columns, counts confusion cells per group in DuckDB
 * (fairnessCountsSql), and computes the report (fairnessReport), the overall classification metrics, ROC AUC and
 * average precision from the score, Brier score and log loss from the probability, and the per-window series.
 * The score and probability columns are read into typed arrays (one list aggregate per distinct column), only for
 * labelled rows with a prediction. Logs progress through `log`.
 * @throws {InputError} naming the field for a missing column, a non-numeric score or probability, or a label
 *   whose positive value cannot be defaulted (a text label needs `positive`)
 * @example const result = await runFairness({db, log}, "fairness_input", types, spec, {tau: 0.8});
 */
export async function runFairness(
  {db, log}: {db: Db; log: (message: string) => void},
  relation: string,
  types: ReadonlyMap<string, string>,
  spec: FairnessSpec,
  options: FairnessOptions = {}
): Promise<FairnessResult> {
  const need = (column: string, numeric = false) => {
    const type = types.get(column);
    if (type === undefined)
      throw new InputError(`no such column (columns: ${[...types.keys()].join(", ")})`, {field: column});
    if (numeric && !isNumericType(type)) throw new InputError(`not numeric (${type})`, {field: column});
  };
  need(spec.label);
  need(spec.prediction.column, spec.prediction.kind === "score");
  for (const g of spec.group) need(g);
  if (spec.score) need(spec.score.column, true);
  if (spec.probability) need(spec.probability.column, true);
  if (spec.window) need(spec.window.column);
  const positive = spec.positive ?? (await defaultPositive(db, relation, spec.label, types.get(spec.label)!));

  const countsSql = fairnessCountsSql(relation, spec, types, positive);
  const rows = await db.all<{group: string; window?: string} & Confusion & {excluded: number}>(countsSql);
  const byGroup = new Map<string, Confusion>();
  let excluded = 0;
  for (const r of rows) {
    excluded += r.excluded;
    const c = byGroup.get(r.group) ?? emptyConfusion();
    for (const k of ["tp", "fp", "tn", "fn", "up", "un"] as const) c[k] += r[k];
    byGroup.set(r.group, c);
  }
  if (excluded) log(`fairness: ${excluded} rows have no prediction (null score or decision) and are left out`);
  const groups = [...byGroup].map(([group, confusion]) => ({group, confusion}));
  const report = fairnessReport(groups, options);
  const total = emptyConfusion();
  for (const {confusion} of groups) for (const k of Object.keys(total) as (keyof Confusion)[]) total[k] += confusion[k];

  const e = fairnessExpressions(spec, types, positive);
  const scoreSource =
    spec.prediction.kind === "score"
      ? {column: spec.prediction.column, direction: spec.prediction.direction}
      : (spec.score ?? null);
  let roc: number | null = null;
  let ap: number | null = null;
  let brier: number | null = null;
  let loss: number | null = null;
  // One query per column: the score and the probability are often the same column (the convention's default).
  const read = new Map<string, {scores: Float64Array; labels: Uint8Array}>();
  const pairs = async (column: string) => {
    let p = read.get(column);
    if (!p) {
      // Both lists in one total order of (score, label): the pairs stay aligned and sums (Brier, log loss) come
      // out bit-identical on every run, whatever DuckDB's thread scheduling.
      const order = `ORDER BY ${sqlIdentifier(column)}::DOUBLE, ${e.label}`;
      const [{s, l}] = await db.all<{s: number[] | null; l: boolean[] | null}>(
        `SELECT list(${sqlIdentifier(column)}::DOUBLE ${order}) AS s, list(${e.label} ${order}) AS l FROM ${relation}
WHERE ${e.pred} IS NOT NULL AND ${e.label} IS NOT NULL AND ${sqlIdentifier(column)} IS NOT NULL${spec.where ? ` AND (${spec.where})` : ""}`
      );
      p = {scores: Float64Array.from(s ?? []), labels: Uint8Array.from(l ?? [], (b) => (b ? 1 : 0))};
      read.set(column, p);
    }
    return {scores: p.scores.slice(), labels: p.labels}; // a copy: callers flip the scores in place
  };
  if (scoreSource) {
    const {scores, labels} = await pairs(scoreSource.column);
    if (scoreSource.direction === "lower") for (let i = 0; i < scores.length; ++i) scores[i] = -scores[i];
    roc = rocAuc(scores, labels);
    ap = averagePrecision(scores, labels);
  }
  if (spec.probability) {
    const {scores, labels} = await pairs(spec.probability.column);
    if (spec.probability.of === "negative") for (let i = 0; i < scores.length; ++i) scores[i] = 1 - scores[i];
    brier = brierScore(scores, labels);
    loss = logLoss(scores, labels);
  }

  const result: FairnessResult = {
    overall: {
      ...classificationMetrics(total),
      roc_auc: roc,
      average_precision: ap,
      brier_score: brier,
      log_loss: loss,
      excluded
    },
    groups: report.groups,
    reference: report.reference,
    reference_by_rate: report.reference_by_rate,
    summary: report.summary,
    summary_intervals: report.summary_intervals,
    tau: report.tau,
    band: report.band,
    min_group_size: report.min_group_size,
    confidence: report.confidence,
    bootstrap: report.bootstrap,
    failing: report.failing,
    conventions: {
      positive_prediction:
        spec.prediction.kind === "score"
          ? `${spec.prediction.column} ${spec.prediction.direction === "higher" ? ">=" : "<"} ${spec.prediction.threshold}`
          : `${spec.prediction.column} = ${spec.prediction.positive ?? "true"}`,
      positive_label: `${spec.label} = ${positive}`,
      groups: spec.group.join(" × "),
      unknown_label: "rows with a null label count in selection_rate and ppr only"
    }
  };
  if (spec.window) {
    const series = fairnessSeries(
      rows.map((r) => ({window: r.window ?? "(missing)", group: r.group, confusion: r})),
      {...options, bootstrap: false}
    );
    result.series = series.map(({window, report: r}) => ({
      window,
      reference: r?.reference ?? null,
      summary: r?.summary ?? null,
      groups: (r?.groups ?? []).map((g) => ({
        group: g.group,
        n: g.n,
        selection_rate: g.selection_rate,
        tpr: g.tpr,
        fpr: g.fpr
      }))
    }));
  }
  return result;
}

async function defaultPositive(db: Db, relation: string, label: string, type: string): Promise<string> {
  if (type === "BOOLEAN") return "true";
  if (isNumericType(type)) return "1";
  const values = await db.all<{v: string}>(
    `SELECT DISTINCT trim(${sqlIdentifier(label)}::VARCHAR) AS v FROM ${relation} ORDER BY v LIMIT 11`
  );
  throw new InputError(
    `text label needs --positive <value> (values: ${values
      .map((v) => JSON.stringify(v.v))
      .slice(0, 10)
      .join(", ")}${values.length > 10 ? ", ..." : ""})`,
    {field: label}
  );
}
