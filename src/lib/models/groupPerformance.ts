import {confusionCounts} from "../fairness/confusionCounts.js";
import {encodeFactor} from "../fairness/encodeFactor.js";
import {groupRates} from "../fairness/groupRates.js";
import {rocAuc} from "../fairness/rocAuc.js";

/** A model's performance and selection rate in one group of one attribute. */
export interface GroupPerformance {
  attribute: string;
  group: string;
  /** Rows of the group. */
  n: number;
  /** Rows of the group whose outcome is known. */
  n_labelled: number;
  /** Labelled rows of the group with the bad outcome. */
  n_bad: number;
  /** ROC AUC of the score for the bad outcome within the group (null below minLabelled or with one class). */
  roc_auc: number | null;
  /** Share of the group on the favourable side of the threshold (score < threshold: approve, pass). */
  selection_rate: number | null;
  /** Share of the group's labelled rows with the bad outcome (null below minLabelled). */
  bad_rate: number | null;
}

/**
 * Per-group performance of a probability score for the bad outcome, for each attribute (e.g. the protected
 * ones: sex, age_band, ethnicity) and each of its groups (sorted; rows with a null value are left out): ROC AUC
 * within the group (rocAuc), selection rate = favourable decisions / rows with favourable = score < threshold
 * (confusionCounts → groupRates, Fairlearn's selection_rate with the favourable decision as the positive
 * prediction) and the realised bad rate (labelled bads / labelled rows). ROC AUC and bad rate
 * are null below `minLabelled` labelled rows (default 30). O(n log n) per attribute.
 *
 * @throws {Error} if the columns differ in length
 * @example
 * groupPerformance([0.1, 0.6], [0.5, 0.5], [false, true], {sex: ["f", "m"]}, {minLabelled: 1})[0].selection_rate; // => 1
 */
export function groupPerformance(
  scores: ArrayLike<number>,
  thresholds: ArrayLike<number>,
  labels: ArrayLike<boolean | null>,
  attributes: Record<string, ArrayLike<string | null>>,
  {minLabelled = 30}: {minLabelled?: number} = {}
): GroupPerformance[] {
  const n = scores.length;
  if (thresholds.length !== n || labels.length !== n)
    throw new Error(`column lengths differ: ${n}, ${thresholds.length} and ${labels.length}`);
  const favourable = Array.from({length: n}, (_, i) => scores[i] < thresholds[i]);
  const good = Array.from({length: n}, (_, i) => (labels[i] === null ? null : !labels[i]));
  const out: GroupPerformance[] = [];
  for (const [attribute, values] of Object.entries(attributes)) {
    if (values.length !== n) throw new Error(`column lengths differ: ${n} and ${values.length} (${attribute})`);
    const {codes, levels} = encodeFactor(values);
    const counts = confusionCounts(favourable, good, codes, levels.length);
    const selected = counts.reduce((t, c) => t + c.tp + c.fp + c.up, 0);
    levels.forEach((group, g) => {
      const c = counts[g];
      const rates = groupRates(c, selected);
      const labelled = c.tp + c.fp + c.tn + c.fn;
      const enough = labelled >= minLabelled && labelled > 0;
      const s: number[] = [];
      const y: (boolean | null)[] = [];
      for (let i = 0; i < n; ++i)
        if (codes[i] === g) {
          s.push(scores[i]);
          y.push(labels[i]);
        }
      out.push({
        attribute,
        group,
        n: labelled + c.up + c.un,
        n_labelled: labelled,
        n_bad: c.fp + c.tn,
        roc_auc: enough ? rocAuc(s, y) : null,
        selection_rate: rates.selection_rate,
        bad_rate: enough ? (c.fp + c.tn) / labelled : null
      });
    });
  }
  return out;
}
