import type {Confusion} from "./confusionCounts.js";
import {confusionCurve, type ScoreDirection} from "./confusionCurve.js";
import {encodeFactor} from "./encodeFactor.js";
import {equalizeThresholds, type EqualizedRate} from "./equalizeThresholds.js";
import {groupRates} from "./groupRates.js";
import {paritySummary, type ParitySummary} from "./paritySummary.js";

/** One model version's output on the slice: its score on [0, 1] (see `direction` for which side is positive). */
export interface ComparedModel {
  model: string;
  scores: ArrayLike<number>;
}

/** A performance measure of the comparison: accuracy or balanced accuracy over the labelled rows. */
export type ComparisonPerformance = "accuracy" | "balanced_accuracy";

/** One point of Fairlearn's model comparison plot: a model (or its per-group-threshold variant) on the slice. */
export interface ComparisonPoint {
  model: string;
  variant: "single threshold" | "per-group thresholds";
  performance: number | null;
  /** The chosen parity difference (max − min over groups; 0 = parity). */
  disparity: number | null;
  summary: ParitySummary;
  /** Per group (in `groups` order): the variant's threshold (the same for every group with a single threshold). */
  thresholds: (number | null)[];
  groups: string[];
}

export interface ComparisonOptions {
  performance?: ComparisonPerformance;
  disparity?: keyof ParitySummary;
  /** The rate the per-group thresholds equalise (the what-if's "Equalise"), default "tpr" (equal opportunity). */
  equalize?: EqualizedRate;
  /** Which side of a threshold is the favourable (positive) decision, default "lower" (score = risk). */
  direction?: ScoreDirection;
  /** Score bins of the per-group threshold search on [0, 1], default 200. */
  bins?: number;
}

/**
 * Fairlearn's model comparison (fairlearn.metrics plot_model_comparison: performance against disparity for several
 * models on the same rows), for every model version that scored the slice, each in two variants from its score on a
 * `bins`-step grid of [0, 1], as the Fairness page's what-if computes them (equalizeThresholds): the single threshold
 * with the best accuracy (the what-if's dashed line, no fairness constraint; the first on ties), and the per-group
 * thresholds that equalise a rate at the least cost in accuracy (the post-processing of Hardt et al. 2016, as
 * Fairlearn's ThresholdOptimizer, within 0.02). Both come from the score, so models deployed with different
 * policies (a refer band, a cost-based threshold) compare on the same footing. Performance over labelled rows:
 * accuracy = (tp + tn) / labelled, or balanced accuracy = (tpr + tnr) / 2. Disparity: a parity difference of
 * paritySummary (default equalized odds difference; Fairlearn's definitions). Labels: true = the favourable outcome
 * (positive), null = unknown. Groups: one value per row (null rows are left out). O(models · (n + groups · bins · 100)).
 *
 * @throws {Error} if the columns differ in length
 * @example
 * modelComparison([champion, challenger], labels, groups).map((p) => [p.model, p.variant, p.performance, p.disparity]);
 */
export function modelComparison(
  models: readonly ComparedModel[],
  labels: ArrayLike<boolean | null>,
  groupValues: ArrayLike<string | null>,
  {
    performance = "accuracy",
    disparity = "equalized_odds_difference",
    equalize = "tpr",
    direction = "lower",
    bins = 200
  }: ComparisonOptions = {}
): ComparisonPoint[] {
  const n = labels.length;
  if (groupValues.length !== n) throw new Error(`column lengths differ: ${n} and ${groupValues.length}`);
  const {codes, levels} = encodeFactor(groupValues);
  const point = (
    model: string,
    variant: ComparisonPoint["variant"],
    confusions: Confusion[],
    thresholds: ComparisonPoint["thresholds"]
  ): ComparisonPoint => {
    const total = confusions.reduce((t, c) => ({tp: t.tp + c.tp, fp: t.fp + c.fp, tn: t.tn + c.tn, fn: t.fn + c.fn}), {
      tp: 0,
      fp: 0,
      tn: 0,
      fn: 0
    });
    const labelled = total.tp + total.fp + total.tn + total.fn;
    const tpr = total.tp + total.fn ? total.tp / (total.tp + total.fn) : null;
    const tnr = total.tn + total.fp ? total.tn / (total.tn + total.fp) : null;
    const perf =
      performance === "accuracy"
        ? labelled
          ? (total.tp + total.tn) / labelled
          : null
        : tpr !== null && tnr !== null
          ? (tpr + tnr) / 2
          : null;
    const pp = confusions.reduce((t, c) => t + c.tp + c.fp + c.up, 0);
    const summary = paritySummary(confusions.map((c) => groupRates(c, pp)));
    return {model, variant, performance: perf, disparity: summary[disparity], summary, thresholds, groups: levels};
  };
  const out: ComparisonPoint[] = [];
  for (const m of models) {
    if (m.scores.length !== n) throw new Error(`column lengths differ: ${n} and ${m.scores.length} (${m.model})`);
    const histograms = levels.map(() => ({
      pos: new Float64Array(bins),
      neg: new Float64Array(bins),
      unk: new Float64Array(bins)
    }));
    for (let i = 0; i < n; ++i) {
      const g = codes[i];
      const s = m.scores[i];
      if (g < 0 || !Number.isFinite(s)) continue;
      const b = Math.min(bins - 1, Math.max(0, Math.floor(s * bins)));
      const h = histograms[g];
      const l = labels[i];
      (l === true ? h.pos : l === false ? h.neg : h.unk)[b] += 1;
    }
    const curves = histograms.map((h) => confusionCurve(h, direction));
    const {best, global} = equalizeThresholds(histograms, equalize, direction);
    out.push(
      point(
        m.model,
        "single threshold",
        curves.map((c) => c[global.cut]),
        levels.map(() => global.cut / bins)
      )
    );
    if (best)
      out.push(
        point(
          m.model,
          "per-group thresholds",
          curves.map((c, g) => c[best.cuts[g]]),
          best.cuts.map((k) => (k < 0 ? null : k / bins))
        )
      );
  }
  return out;
}
