import type {DistinctRanks} from "../../stats/distinctRanks.js";
import {confusionCounts} from "../../fairness/confusionCounts.js";
import {confusionComponents} from "./confusionComponents.js";
import {rocAucComponents} from "./rocAucComponents.js";
import type {SamplingErrorComponents} from "./standardError.js";

/** The metrics CBPE estimates without labels (`est_<metric>` in the model metrics), in display order. */
export const ESTIMATED_METRICS = ["roc_auc", "precision", "recall", "f1"] as const;
export type EstimatedMetric = (typeof ESTIMATED_METRICS)[number];

/** Labelled reference rows: score, label (true = positive, the bad outcome) and predicted positive. */
export interface ReferenceRows {
  scores: ArrayLike<number>;
  /** 1/true positive, 0/false negative, anything else (null, −1) not labelled. */
  labels: ArrayLike<number | boolean | null>;
  /** 1/true predicted positive. */
  predicted: ArrayLike<number | boolean>;
  /** The scores' ranks among distinct values (distinctRanks), if known: ROC AUC's components without a sort. */
  ranks?: DistinctRanks | null;
}

/**
 * The sampling-error components of every estimated metric from the reference rows (rows with a null label are
 * skipped): ROC AUC from the scores (rocAucComponents), precision, recall and F1 from the confusion counts of the
 * predictions (confusionComponents). A metric whose components cannot be computed (an empty class or denominator)
 * is null. O(n log n).
 *
 * @throws {Error} if the columns differ in length
 * @example
 * samplingErrorComponents({scores: [0.1, 0.35, 0.4, 0.8], labels: [false, true, false, true], predicted: [false, false, true, true]}).roc_auc; // => {std: 0.25, fraction: 0.5}
 */
export function samplingErrorComponents(
  reference: ReferenceRows
): Record<EstimatedMetric, SamplingErrorComponents | null> {
  const {scores, labels, predicted} = reference;
  if (labels.length !== scores.length || predicted.length !== scores.length)
    throw new Error(`column lengths differ: ${scores.length}, ${labels.length} and ${predicted.length}`);
  const [confusion] = confusionCounts(predicted, labels);
  return {
    roc_auc: rocAucComponents(scores, labels, reference.ranks ?? null),
    precision: confusionComponents(confusion, "precision"),
    recall: confusionComponents(confusion, "recall"),
    f1: confusionComponents(confusion, "f1")
  };
}
