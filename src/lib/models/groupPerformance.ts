import {confusionCounts} from "../fairness/confusionCounts.js";
import {encodeFactor, type Factor} from "../fairness/encodeFactor.js";
import {groupRates} from "../fairness/groupRates.js";
import {rocAuc, rocAucOfCounts} from "../fairness/rocAuc.js";
import {distinctRanks, type DistinctRanks} from "../stats/distinctRanks.js";

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
 * are null below `minLabelled` labelled rows (default 30). O(n log n) per attribute. Computed on typed columns
 * (groupPerformanceOfFactors).
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
  const label = new Int8Array(labels.length);
  for (let i = 0; i < labels.length; ++i) label[i] = labels[i] === null ? -1 : labels[i] ? 1 : 0;
  const factors: Record<string, Factor> = {};
  for (const [attribute, values] of Object.entries(attributes)) {
    if (values.length !== n) throw new Error(`column lengths differ: ${n} and ${values.length} (${attribute})`);
    factors[attribute] = encodeFactor(values);
  }
  return groupPerformanceOfFactors(scores, thresholds, label, factors, {minLabelled});
}

/**
 * groupPerformance on typed columns: labels 1 (bad), 0 (good) or −1 (unknown), and each attribute already encoded
 * (encodeFactor: codes into sorted levels, −1 for null). The same counts and the same ROC AUC per group (rocAuc
 * counts labels per distinct score, whatever the row order; `ranks`: the scores' distinctRanks if the caller has
 * them). O(n log n), no object per row.
 *
 * @throws {Error} if the columns differ in length
 * @example groupPerformanceOfFactors([0.1, 0.6], [0.5, 0.5], Int8Array.of(0, 1), {sex: encodeFactor(["f", "m"])}, {minLabelled: 1})[0].selection_rate; // => 1
 */
export function groupPerformanceOfFactors(
  scores: ArrayLike<number>,
  thresholds: ArrayLike<number>,
  labels: Int8Array,
  factors: Record<string, Factor>,
  {minLabelled = 30, ranks: given}: {minLabelled?: number; ranks?: DistinctRanks | null} = {}
): GroupPerformance[] {
  const n = scores.length;
  if (thresholds.length !== n || labels.length !== n)
    throw new Error(`column lengths differ: ${n}, ${thresholds.length} and ${labels.length}`);
  const favourable = new Uint8Array(n);
  const good = new Int8Array(n);
  for (let i = 0; i < n; ++i) {
    favourable[i] = scores[i] < thresholds[i] ? 1 : 0;
    good[i] = labels[i] < 0 ? -1 : 1 - labels[i];
  }
  const ranks = given !== undefined ? given : distinctRanks(scores); // one sort for every group's ROC AUC
  const positives = new Float64Array(ranks ? ranks.values.length : 0);
  const negatives = new Float64Array(ranks ? ranks.values.length : 0);
  const out: GroupPerformance[] = [];
  for (const [attribute, {codes, levels}] of Object.entries(factors)) {
    if (codes.length !== n) throw new Error(`column lengths differ: ${n} and ${codes.length} (${attribute})`);
    const counts = confusionCounts(favourable, good, codes, levels.length);
    const selected = counts.reduce((t, c) => t + c.tp + c.fp + c.up, 0);
    // each group's scores and labels, side by side: one pass over the rows for every group
    const offsets = new Int32Array(levels.length + 1);
    for (let i = 0; i < n; ++i) if (codes[i] >= 0) ++offsets[codes[i] + 1];
    for (let g = 0; g < levels.length; ++g) offsets[g + 1] += offsets[g];
    // with ranks the scores themselves are not needed: ranks and labels only
    const s = new Float64Array(ranks ? 0 : offsets[levels.length]);
    const y = new Int8Array(offsets[levels.length]);
    const r = new Int32Array(ranks ? offsets[levels.length] : 0);
    const next = offsets.slice(0, levels.length);
    if (ranks)
      for (let i = 0; i < n; ++i) {
        const g = codes[i];
        if (g < 0) continue;
        r[next[g]] = ranks.rank[i];
        y[next[g]++] = labels[i];
      }
    else
      for (let i = 0; i < n; ++i) {
        const g = codes[i];
        if (g < 0) continue;
        s[next[g]] = scores[i];
        y[next[g]++] = labels[i];
      }
    // ROC AUC from label counts per distinct score (rocAuc's own route, the same sums in the same order)
    const auc = (g: number) => {
      if (!ranks) return rocAuc(s.subarray(offsets[g], offsets[g + 1]), y.subarray(offsets[g], offsets[g + 1]));
      positives.fill(0);
      negatives.fill(0);
      for (let k = offsets[g]; k < offsets[g + 1]; ++k)
        if (y[k] === 1) ++positives[r[k]];
        else if (y[k] === 0) ++negatives[r[k]];
      return rocAucOfCounts({scores: ranks.values, positives, negatives});
    };
    levels.forEach((group, g) => {
      const c = counts[g];
      const rates = groupRates(c, selected);
      const labelled = c.tp + c.fp + c.tn + c.fn;
      const enough = labelled >= minLabelled && labelled > 0;
      out.push({
        attribute,
        group,
        n: labelled + c.up + c.un,
        n_labelled: labelled,
        n_bad: c.fp + c.tn,
        roc_auc: enough ? auc(g) : null,
        selection_rate: rates.selection_rate,
        bad_rate: enough ? (c.fp + c.tn) / labelled : null
      });
    });
  }
  return out;
}
