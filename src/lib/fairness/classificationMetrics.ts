import type {Confusion} from "./confusionCounts.js";

/** Threshold metrics of one confusion table, named as in the CLI's JSON; null where a denominator is zero. */
export interface ClassificationMetrics {
  n: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  accuracy: number | null;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  fpr: number | null;
  fnr: number | null;
  selection_rate: number | null;
  prevalence: number | null;
}

/**
 * Overall classification metrics of a confusion table, as sklearn.metrics defines them (with zero_division
 * giving null instead of 0): accuracy = (tp + tn) / labelled, precision = tp / (tp + fp), recall = tp / (tp + fn),
 * F1 = 2tp / (2tp + fp + fn) (the harmonic mean of precision and recall), fpr = fp / (fp + tn),
 * fnr = fn / (tp + fn), prevalence = (tp + fn) / labelled, where labelled = tp + fp + tn + fn.
 * selection_rate = predicted positives / n over all rows, unlabelled ones (up, un) included; n counts all rows.
 * @example
 * classificationMetrics({tp: 3, fp: 1, tn: 4, fn: 2, up: 0, un: 0}).f1; // => 0.6666666666666666
 */
export function classificationMetrics(c: Confusion): ClassificationMetrics {
  const labelled = c.tp + c.fp + c.tn + c.fn;
  const n = labelled + c.up + c.un;
  const div = (a: number, b: number) => (b > 0 ? a / b : null);
  return {
    n,
    tp: c.tp,
    fp: c.fp,
    tn: c.tn,
    fn: c.fn,
    accuracy: div(c.tp + c.tn, labelled),
    precision: div(c.tp, c.tp + c.fp),
    recall: div(c.tp, c.tp + c.fn),
    f1: div(2 * c.tp, 2 * c.tp + c.fp + c.fn),
    fpr: div(c.fp, c.fp + c.tn),
    fnr: div(c.fn, c.tp + c.fn),
    selection_rate: div(c.tp + c.fp + c.up, n),
    prevalence: div(c.tp + c.fn, labelled)
  };
}
