import {rocAuc} from "../fairness/rocAuc.js";
import {delongAucDelta} from "./delongAucDelta.js";
import {expectedConfusion} from "./expectedConfusion.js";
import {expectedRocAuc} from "./expectedRocAuc.js";
import {flipMatrix, type FlipCell} from "./flipMatrix.js";
import {isotonicCalibration} from "./isotonicCalibration.js";
import {pairedDelta} from "./pairedDelta.js";
import {promotionRecommendation, type Evidence, type Recommendation} from "./promotionRecommendation.js";

/** One decision scored by both models (champion = production, challenger = shadow), no PII. */
export interface ShadowRow {
  /** YYYY-MM-DD (UTC) of the decision. */
  day: string;
  champion_score: number;
  challenger_score: number;
  champion_decision: string;
  challenger_decision: string;
  /** The bad outcome (default, fraud) once it has arrived, else null. */
  label: boolean | null;
  /** The champion's logged confidence band (null for rule decisions). */
  confidence_band: string | null;
  /** Money per decision for the value delta (e.g. outcome value under each decision), optional. */
  champion_value?: number | null;
  challenger_value?: number | null;
  /** Segment columns (age_band, sex, …) by name. */
  [segment: string]: unknown;
}

/** Label-free (CBPE) next to realised performance of both models in one window. */
export interface WindowPerformance {
  window: string;
  rows: number;
  labelled: number;
  model: "champion" | "challenger";
  estimated_roc_auc: number | null;
  realised_roc_auc: number | null;
  estimated_precision: number | null;
  realised_precision: number | null;
  estimated_recall: number | null;
  realised_recall: number | null;
}

export interface ShadowReport {
  rows: number;
  labelled: number;
  agreement: number | null;
  flips_by_confidence: FlipCell[];
  flips_by_segment: FlipCell[];
  agreement_by_segment: {segment: string; rows: number; agreement: number}[];
  overall: Evidence[];
  groups: Evidence[];
  windows: WindowPerformance[];
  recommendation: Recommendation;
}

/**
 * Shadow-mode comparison of a champion and a challenger on the same traffic, from rows scored by both:
 * agreement and flip matrices (by the champion's confidence band and by segment group "column=value");
 * on labelled rows, metric deltas challenger − champion with 95 % intervals — ROC AUC (delongAucDelta),
 * Brier score, approval rate, false-decline rate (goods not given the favourable decision) and missed-bad rate
 * (bads given it) as paired differences (pairedDelta), value per decision when given — overall and per
 * segment group; label-free performance per window (CBPE: each model's scores calibrated by isotonic
 * regression on all labelled rows, then expectedRocAuc and expectedConfusion over every row of the window, next
 * to the realised values on the window's labelled rows; positive = not the favourable decision); and a
 * promotionRecommendation judged on ROC AUC and Brier overall, and on harm to any scope in ROC AUC (tolerance
 * 0.01), Brier (0.002), false-decline rate (0.05) or value per decision; approval and missed-bad rates move with
 * any change of cut-off and are reported, not judged.
 *
 * @param favourable the favourable decision ("approve", "pass")
 * @param judged the segments whose groups the recommendation judges (default all; e.g. the protected ones)
 * @param window maps a day to its window label (default: the month, YYYY-MM)
 * @example
 * shadowReport(rows, {favourable: "approve", segments: ["age_band", "sex", "ethnicity"]}).recommendation.decision;
 */
export function shadowReport(
  rows: readonly ShadowRow[],
  {
    favourable,
    segments,
    judged = segments,
    window = (day: string) => day.slice(0, 7),
    minRows = 500
  }: {
    favourable: string;
    segments: readonly string[];
    judged?: readonly string[];
    window?: (day: string) => string;
    minRows?: number;
  }
): ShadowReport {
  const labelled = rows.filter((r) => r.label !== null);
  const champ = rows.map((r) => r.champion_decision);
  const chall = rows.map((r) => r.challenger_decision);
  const agree = rows.reduce((s, r) => s + (r.champion_decision === r.challenger_decision ? 1 : 0), 0);
  const groupOf = (segment: string) => rows.map((r) => `${segment}=${r[segment] ?? "null"}`);
  const flips_by_segment = segments.flatMap((s) => flipMatrix(champ, chall, groupOf(s)));
  const agreement_by_segment = [...new Set(flips_by_segment.map((c) => c.group))].map((segment) => {
    const cells = flips_by_segment.filter((c) => c.group === segment);
    const n = cells.reduce((t, c) => t + c.count, 0);
    return {segment, rows: n, agreement: cells.reduce((t, c) => t + (c.from === c.to ? c.count : 0), 0) / n};
  });
  const evidence = (subset: readonly ShadowRow[], scope: string): Evidence[] => {
    const y = subset.map((r) => (r.label ? 1 : 0));
    const ok = (d: string) => (d === favourable ? 1 : 0);
    const goods = subset.filter((r) => !r.label);
    const bads = subset.filter((r) => r.label);
    const list: Evidence[] = [
      {
        metric: "ROC AUC",
        scope,
        worse: "lower",
        tolerance: scope === "overall" ? 0 : 0.01,
        delta: delongAucDelta(
          subset.map((r) => r.champion_score),
          subset.map((r) => r.challenger_score),
          y
        )
      },
      {
        metric: "Brier score",
        scope,
        worse: "higher",
        tolerance: 0.002,
        delta: pairedDelta(
          subset.map((r, i) => (r.champion_score - y[i]) ** 2),
          subset.map((r, i) => (r.challenger_score - y[i]) ** 2)
        )
      },
      {
        metric: "approval rate",
        scope,
        worse: "lower",
        tolerance: 0.01,
        delta: pairedDelta(
          subset.map((r) => ok(r.champion_decision)),
          subset.map((r) => ok(r.challenger_decision))
        )
      },
      {
        metric: "false-decline rate",
        scope,
        worse: "higher",
        tolerance: 0.05,
        delta: pairedDelta(
          goods.map((r) => 1 - ok(r.champion_decision)),
          goods.map((r) => 1 - ok(r.challenger_decision))
        )
      },
      {
        metric: "missed-bad rate",
        scope,
        worse: "higher",
        tolerance: 0.01,
        delta: pairedDelta(
          bads.map((r) => ok(r.champion_decision)),
          bads.map((r) => ok(r.challenger_decision))
        )
      }
    ];
    if (subset.some((r) => r.champion_value != null))
      list.push({
        metric: "value per decision",
        scope,
        worse: "lower",
        delta: pairedDelta(
          subset.map((r) => r.champion_value ?? null),
          subset.map((r) => r.challenger_value ?? null)
        )
      });
    return list;
  };
  const overall = evidence(labelled, "overall");
  const groups = segments.flatMap((s) =>
    [...new Set(labelled.map((r) => String(r[s])))].sort().flatMap((g) =>
      evidence(
        labelled.filter((r) => String(r[s]) === g),
        `${s}=${g}`
      )
    )
  );
  return {
    rows: rows.length,
    labelled: labelled.length,
    agreement: rows.length ? agree / rows.length : null,
    flips_by_confidence: flipMatrix(
      champ,
      chall,
      rows.map((r) => r.confidence_band ?? "rule")
    ),
    flips_by_segment,
    agreement_by_segment,
    overall,
    groups,
    windows: windows(rows, labelled, favourable, window),
    recommendation: promotionRecommendation(
      overall.filter((e) => e.metric === "ROC AUC" || e.metric === "Brier score"),
      [...overall, ...groups].filter(
        (e) =>
          HARMS.has(e.metric) &&
          e.delta.n >= minRows / 5 &&
          (e.scope === "overall" || judged.includes(e.scope.split("=")[0]))
      ),
      {minRows}
    )
  };
}

/**
 * The metrics a group can be harmed on: ranking, calibration, money, and good applicants refused. Approval and
 * missed-bad rates move with any change of cut-off and are shown, not judged.
 */
export const HARMS = new Set(["ROC AUC", "Brier score", "value per decision", "false-decline rate"]);

function windows(
  rows: readonly ShadowRow[],
  labelled: readonly ShadowRow[],
  favourable: string,
  window: (day: string) => string
): WindowPerformance[] {
  if (!labelled.length) return [];
  const y = labelled.map((r) => r.label);
  const models = [
    {
      model: "champion" as const,
      score: (r: ShadowRow) => r.champion_score,
      decision: (r: ShadowRow) => r.champion_decision
    },
    {
      model: "challenger" as const,
      score: (r: ShadowRow) => r.challenger_score,
      decision: (r: ShadowRow) => r.challenger_decision
    }
  ];
  const byWindow = new Map<string, ShadowRow[]>();
  for (const r of rows) {
    const w = window(r.day);
    const list = byWindow.get(w);
    if (list) list.push(r);
    else byWindow.set(w, [r]);
  }
  const out: WindowPerformance[] = [];
  for (const m of models) {
    const calibration = isotonicCalibration(labelled.map(m.score), y);
    for (const [w, list] of [...byWindow].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const p = list.map((r) => calibration.apply(m.score(r)));
      const predicted = list.map((r) => m.decision(r) !== favourable);
      const estimated = expectedConfusion(p, predicted);
      const known = list.filter((r) => r.label !== null);
      const realised = expectedConfusion(
        known.map((r) => (r.label ? 1 : 0)),
        known.map((r) => m.decision(r) !== favourable)
      );
      out.push({
        window: w,
        rows: list.length,
        labelled: known.length,
        model: m.model,
        estimated_roc_auc: expectedRocAuc(list.map(m.score), p),
        realised_roc_auc: rocAuc(
          known.map(m.score),
          known.map((r) => r.label)
        ),
        estimated_precision: estimated.precision,
        realised_precision: known.length ? realised.precision : null,
        estimated_recall: estimated.recall,
        realised_recall: known.length ? realised.recall : null
      });
    }
  }
  return out;
}
