import type {Confusion} from "../../fairness/confusionCounts.js";
import type {SamplingErrorComponents} from "./standardError.js";

/** The threshold metrics whose sampling-error components follow from the reference confusion counts alone. */
export type ConfusionMetric = "precision" | "recall" | "f1";

/**
 * Sampling-error components of precision, recall and F1 from the confusion counts of the labelled reference rows
 * (predicted positive = score ≥ threshold, positive = the bad outcome), as NannyML's
 * `precision_sampling_error_components`, `recall_sampling_error_components` and `f1_sampling_error_components`
 * (nannyml/sampling_error/binary_classification.py) compute them from per-row values. With n = tp + fp + tn + fn:
 * - precision: one value per predicted-positive row, 1 for a TP and 0 for an FP; std = √(p(1 − p)) with
 *   p = tp / (tp + fp) (the population std of such a 0/1 vector); fraction = (tp + fp) / n;
 * - recall: one value per positive row, 1 for a TP and 0 for an FN; std = √(r(1 − r)) with r = tp / (tp + fn);
 *   fraction = (tp + fn) / n (NannyML: sum(y_true) / len(y_pred));
 * - F1: one value per TP, FP and FN row, 1 for a TP and 0 otherwise, each multiplied by NannyML's correcting
 *   factor c = m / ((fn + fp) / 2 + tp) with m = tp + fp + fn; std = c √(q(1 − q)) with q = tp / m;
 *   fraction = m / n.
 * Null when the metric's rows are empty (NannyML's std of an empty vector is NaN). Rows without a label (up, un)
 * are not reference rows and are ignored. O(1).
 *
 * @example
 * confusionComponents({tp: 3, fp: 1, tn: 4, fn: 2, up: 0, un: 0}, "precision"); // => {std: √(3/16) ≈ 0.4330, fraction: 0.4}
 */
export function confusionComponents(c: Confusion, metric: ConfusionMetric): SamplingErrorComponents | null {
  const n = c.tp + c.fp + c.tn + c.fn;
  const binary = (ones: number, count: number): SamplingErrorComponents | null => {
    if (!(count > 0)) return null;
    const p = ones / count;
    return {std: Math.sqrt(p * (1 - p)), fraction: count / n};
  };
  if (metric === "precision") return binary(c.tp, c.tp + c.fp);
  if (metric === "recall") return binary(c.tp, c.tp + c.fn);
  if (metric === "f1") {
    const m = c.tp + c.fp + c.fn;
    const base = binary(c.tp, m);
    if (!base) return null;
    const factor = m / ((c.fn + c.fp) * 0.5 + c.tp);
    return {std: base.std * factor, fraction: base.fraction};
  }
  throw new Error(`invalid metric: ${String(metric)}`);
}
