import {splitByLabel} from "./splitByLabel.js";

/**
 * A score's distinct values in ascending order with, for each, the number of rows labelled positive and negative:
 * everything ROC AUC, average precision, the Brier score and log loss need, and what an engine returns for
 * `GROUP BY score` with two filtered counts, so no row has to reach JavaScript.
 */
export interface LabelCounts {
  scores: Float64Array;
  positives: Float64Array;
  negatives: Float64Array;
}

/**
 * The LabelCounts of rows: labels 1/true positive, 0/false negative, anything else left out; non-finite scores left
 * out (splitByLabel). 0 and −0 are one score, 0. O(n log n).
 *
 * @throws {Error} if the columns differ in length
 * @example labelCounts([0.9, 0.2, 0.9, 0.5], [1, 0, 0, null]); // => scores [0.2, 0.9], positives [0, 1], negatives [1, 1]
 */
export function labelCounts(scores: ArrayLike<number | null>, labels: ArrayLike<number | boolean | null>): LabelCounts {
  const {positives: p, negatives: n} = splitByLabel(scores, labels);
  const size = p.length + n.length;
  const out = {scores: new Float64Array(size), positives: new Float64Array(size), negatives: new Float64Array(size)};
  let [i, j, d] = [0, 0, -1];
  while (i < p.length || j < n.length) {
    const s = j >= n.length || (i < p.length && p[i] <= n[j]) ? p[i] : n[j];
    out.scores[++d] = s + 0;
    for (; i < p.length && p[i] === s; ++i) ++out.positives[d];
    for (; j < n.length && n[j] === s; ++j) ++out.negatives[d];
  }
  return {
    scores: out.scores.slice(0, d + 1),
    positives: out.positives.slice(0, d + 1),
    negatives: out.negatives.slice(0, d + 1)
  };
}

/**
 * Label counts from an engine's rows ordered by score (distinct, ascending), checked: counts non-negative integers,
 * scores finite and strictly ascending (equal neighbours, 0 and −0, merged).
 *
 * @throws {Error} naming the offending score
 * @example countedLabels(Float64Array.of(0.1, 0.7), Float64Array.of(0, 2), Float64Array.of(3, 1)).positives; // => [0, 2]
 */
export function countedLabels(scores: Float64Array, positives: Float64Array, negatives: Float64Array): LabelCounts {
  const m = scores.length;
  if (positives.length !== m || negatives.length !== m)
    throw new Error(`countedLabels: ${m} scores, ${positives.length} and ${negatives.length} counts`);
  // checked in a loop of its own: with the throws in the merging loop V8 ran it about 10 times slower
  for (let k = 0; k < m; ++k) {
    const [s, p, n] = [scores[k], positives[k], negatives[k]];
    if (!Number.isFinite(s)) throw new Error(`invalid score: ${s}`);
    if (!Number.isSafeInteger(p) || p < 0) throw new Error(`invalid count at score ${s}: ${p}`);
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`invalid count at score ${s}: ${n}`);
    if (k > 0 && s < scores[k - 1]) throw new Error(`countedLabels: scores out of order: ${scores[k - 1]} before ${s}`);
  }
  const out = {scores: new Float64Array(m), positives: new Float64Array(m), negatives: new Float64Array(m)};
  let d = -1;
  for (let k = 0; k < m; ++k) {
    const s = scores[k];
    if (d >= 0 && s === out.scores[d]) {
      out.positives[d] += positives[k];
      out.negatives[d] += negatives[k];
    } else {
      out.scores[++d] = s + 0;
      out.positives[d] = positives[k];
      out.negatives[d] = negatives[k];
    }
  }
  return {
    scores: out.scores.slice(0, d + 1),
    positives: out.positives.slice(0, d + 1),
    negatives: out.negatives.slice(0, d + 1)
  };
}

/**
 * The same counts under `s → a − s` (e.g. a score where lower means positive, a = 0, or the probability of the
 * other label, a = 1): scores mapped, their order reversed, scores that round to one merged.
 *
 * @example reflectScores(labelCounts([0.2, 0.9], [1, 0]), 1).scores; // => [0.09999999999999998, 0.8]
 */
export function reflectScores(counts: LabelCounts, a: number): LabelCounts {
  const n = counts.scores.length;
  const out = {scores: new Float64Array(n), positives: new Float64Array(n), negatives: new Float64Array(n)};
  for (let k = 0; k < n; ++k) {
    out.scores[k] = a - counts.scores[n - 1 - k];
    out.positives[k] = counts.positives[n - 1 - k];
    out.negatives[k] = counts.negatives[n - 1 - k];
  }
  return countedLabels(out.scores, out.positives, out.negatives); // a − s may round two scores to one
}
