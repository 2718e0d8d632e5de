import {brierLoss} from "../fairness/brierScore.js";
import {classificationMetrics} from "../fairness/classificationMetrics.js";
import {emptyConfusion} from "../fairness/confusionCounts.js";
import {crossEntropy} from "../fairness/logLoss.js";
import type {LabelCounts} from "../fairness/labelCounts.js";
import {rocAuc, rocAucOfCounts} from "../fairness/rocAuc.js";
import {expectedConfusion} from "../shadow/expectedConfusion.js";
import {expectedRocAuc, expectedRocAucOfCounts} from "../shadow/expectedRocAuc.js";
import type {DistinctRanks} from "../stats/distinctRanks.js";
import {calibrationError} from "./calibrationError.js";
import {addReliability, reliabilityBins, reliabilitySums, type ReliabilityBin} from "./reliabilityCurve.js";

/** Realised metrics (labelled rows) and CBPE estimates (every row) of one model on one set of decisions. */
export interface PerformanceMetrics {
  /** Rows scored. */
  n: number;
  /** Rows whose label is known. */
  n_labelled: number;
  /** Share of labelled rows with the positive (bad) outcome. */
  prevalence: number | null;
  roc_auc: number | null;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  brier: number | null;
  log_loss: number | null;
  /** Expected calibration error of the reliability curve (calibrationError). */
  ece: number | null;
  est_roc_auc: number | null;
  est_precision: number | null;
  est_recall: number | null;
  est_f1: number | null;
  /** The reliability curve of the labelled rows (always `bins` rows). */
  reliability: ReliabilityBin[];
}

export interface PerformanceOptions {
  /** Maps a score to a calibrated probability of the positive outcome (CBPE); without it no estimates. */
  calibrate?: ((score: number) => number) | null;
  /** Fewer labelled rows than this: realised metrics are null (too few to mean anything). Default 100. */
  minLabelled?: number;
  /** Fewer rows than this: estimates are null. Default 100. */
  minRows?: number;
  /** Reliability bins. Default 10. */
  bins?: number;
  /**
   * The scores as ranks among distinct values (distinctRanks of these scores, or of a superset's with `rank` taken
   * at these rows): the same results, from typed counting sorts and one calibration per distinct score. With
   * `calibrated` (p̂ per distinct value, NaN where not computed yet; filled here), calls with the same `calibrate`
   * share those.
   */
  ranks?: (DistinctRanks & {calibrated?: Float64Array}) | null;
}

/**
 * Performance of a probability score for the positive (bad) outcome, predicted positive when score ≥ threshold
 * (the registry's convention for validation metrics; each row carries the threshold in force for it). Labels:
 * 1/true the positive outcome, 0/false the negative one, anything else (null, −1) not known yet.
 * Realised, on the rows whose label is known: ROC AUC (rocAuc), precision, recall and F1 (confusionCounts →
 * classificationMetrics, sklearn's definitions), Brier score and log loss of the score as a probability
 * (brierScore, logLoss), the reliability curve (reliabilityCurve, equal-width bins) and its ECE
 * (calibrationError). Estimated without labels, on every row, as NannyML's CBPE: p̂ = calibrate(score), then
 * the expected confusion matrix (expectedConfusion → precision, recall, F1) and expected ROC AUC
 * (expectedRocAuc). Realised metrics are null below `minLabelled` labelled rows, estimates below `minRows`
 * rows or without `calibrate`. O(n log n); with `ranks` O(n + d) for d distinct scores: one pass over the rows for the
 * confusion counts, reliability sums, Brier and log loss (each sum in row order, so the bits of the functions named),
 * one for p̂ and one counting rows and labels per distinct score for both ROC AUCs (rocAucOfCounts,
 * expectedRocAucOfCounts). At 1M scored rows the per-window metrics of modelMetricsOfColumns took 1.02–1.11 s of CPU
 * before this form, 0.74–0.85 s after (docs/scale.md).
 *
 * @throws {Error} if the columns differ in length, or a score or calibrated probability is outside [0, 1]
 * @example
 * performanceMetrics([0.1, 0.3, 0.8], [0.5, 0.5, 0.5], [false, true, true], {minLabelled: 1}).recall; // => 0.5
 */
export function performanceMetrics(
  scores: ArrayLike<number>,
  thresholds: ArrayLike<number>,
  labels: ArrayLike<number | boolean | null>,
  {calibrate = null, minLabelled = 100, minRows = 100, bins = 10, ranks = null}: PerformanceOptions = {}
): PerformanceMetrics {
  const n = scores.length;
  if (thresholds.length !== n || labels.length !== n)
    throw new Error(`column lengths differ: ${n}, ${thresholds.length} and ${labels.length}`);
  // one pass for the predictions, the confusion counts, the reliability sums, the Brier and log loss sums: each sum
  // adds the same terms in the same (row) order as confusionCounts, reliabilityCurve, brierScore and logLoss would
  const sums = reliabilitySums(bins);
  const predicted = new Uint8Array(n);
  const confusion = emptyConfusion();
  let brier = 0;
  let entropy = 0;
  let losses = 0;
  for (let i = 0; i < n; ++i) {
    const s = scores[i];
    const l = labels[i];
    const positive = s >= thresholds[i];
    predicted[i] = positive ? 1 : 0;
    const y = l === 1 || l === true ? 1 : l === 0 || l === false ? 0 : -1;
    if (y === 1) {
      if (positive) ++confusion.tp;
      else ++confusion.fn;
    } else if (y === 0) {
      if (positive) ++confusion.fp;
      else ++confusion.tn;
    } else if (positive) ++confusion.up;
    else ++confusion.un;
    if (y < 0 || !Number.isFinite(s)) continue;
    addReliability(sums, s, y);
    brier += brierLoss(s, y as 0 | 1);
    entropy += crossEntropy(s, y as 0 | 1);
    ++losses;
  }
  const realised = classificationMetrics(confusion);
  const nLabelled = confusion.tp + confusion.fp + confusion.tn + confusion.fn;
  const reliability = reliabilityBins(sums);
  const known = nLabelled >= minLabelled && nLabelled > 0;
  const when = <T>(ok: boolean, value: () => T): T | null => (ok ? value() : null);
  const estimate = calibrate && n >= minRows && n > 0;
  const p = new Float64Array(estimate ? n : 0);
  let unknown = false; // a p̂ is NaN: expectedRocAuc's general path
  const byRank = ranks && estimate ? (ranks.calibrated ?? new Float64Array(ranks.values.length).fill(NaN)) : null;
  if (byRank && ranks && estimate) {
    // a score's p̂, once
    for (let i = 0; i < n; ++i) {
      const r = ranks.rank[i];
      const q = Number.isNaN(byRank[r]) ? (byRank[r] = calibrate(scores[i])) : byRank[r];
      if (Number.isNaN(q)) unknown = true;
      p[i] = q;
    }
  } else if (estimate) for (let i = 0; i < n; ++i) p[i] = calibrate(scores[i]);
  const expected = estimate ? expectedConfusion(p, predicted) : null;
  // rows and labels per distinct score: the realised ROC AUC and, p̂ being one per score, CBPE's expected one
  const counts = ranks && (known || (estimate && !unknown)) ? rankCounts(ranks, labels) : null;
  return {
    n,
    n_labelled: nLabelled,
    prevalence: when(known, () => realised.prevalence),
    roc_auc: when(known, () => (counts ? rocAucOfCounts(counts) : rocAuc(scores, labels))),
    precision: when(known, () => realised.precision),
    recall: when(known, () => realised.recall),
    f1: when(known, () => realised.f1),
    brier: when(known, () => (losses ? brier / losses : null)),
    log_loss: when(known, () => (losses ? entropy / losses : null)),
    ece: when(known, () => calibrationError(reliability)),
    est_roc_auc: estimate
      ? counts && byRank && !unknown
        ? expectedRocAucOfCounts(counts.rows, byRank)
        : expectedRocAuc(scores, p)
      : null,
    est_precision: expected?.precision ?? null,
    est_recall: expected?.recall ?? null,
    est_f1: expected?.f1 ?? null,
    reliability
  };
}

/**
 * Label counts per distinct score from ranks (labelCounts' counts, with zero counts for scores these rows lack), and
 * the rows per distinct score whatever their label.
 */
function rankCounts(
  {values, rank}: DistinctRanks,
  labels: ArrayLike<number | boolean | null>
): LabelCounts & {rows: Float64Array} {
  const positives = new Float64Array(values.length);
  const negatives = new Float64Array(values.length);
  const rows = new Float64Array(values.length);
  for (let i = 0; i < labels.length; ++i) {
    const y = labels[i];
    const r = rank[i];
    ++rows[r];
    if (y === 1 || y === true) ++positives[r];
    else if (y === 0 || y === false) ++negatives[r];
  }
  return {scores: values, positives, negatives, rows};
}
