/**
 * CBPE's estimate of ROC AUC without labels (NannyML "how it works: performance estimation"): at every
 * threshold t among the distinct scores, the expected TPR(t) = Σ_{sᵢ ≥ t} p̂ᵢ / Σ p̂ᵢ and
 * FPR(t) = Σ_{sᵢ ≥ t} (1 − p̂ᵢ) / Σ (1 − p̂ᵢ), with p̂ the calibrated probabilities; the AUC is the trapezoidal
 * area under these points from (0, 0) to (1, 1). With p̂ equal to the true labels (0/1) this is the usual
 * ROC AUC (ties counted one half). Rows with a null/NaN score or probability are skipped. O(n log n).
 *
 * @throws {Error} when the arrays differ in length
 * @example
 * expectedRocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]); // => 0.75 (= sklearn roc_auc_score for 0/1 p̂)
 */
export function expectedRocAuc(
  scores: ArrayLike<number | null>,
  probabilities: ArrayLike<number | null>
): number | null {
  if (scores.length !== probabilities.length)
    throw new Error(`length mismatch: ${scores.length}, ${probabilities.length}`);
  return expectedRocAucInOrder(scores, probabilities, descendingOrder(scores, probabilities));
}

/**
 * The indices of the rows with a score and a probability (neither null nor NaN), by score descending, rows with
 * equal scores in input order (a stable sort): the order expectedRocAuc walks. O(n log n), no object per row.
 *
 * @example descendingOrder([0.2, 0.9, 0.2], [0, 1, 0]); // => Uint32Array [1, 0, 2]
 */
export function descendingOrder(
  scores: ArrayLike<number | null>,
  probabilities: ArrayLike<number | null>
): Uint32Array {
  const order = new Uint32Array(scores.length);
  const s = new Float64Array(scores.length);
  let n = 0;
  for (let i = 0; i < scores.length; ++i) {
    const x = scores[i];
    const p = probabilities[i];
    if (x === null || p === null || Number.isNaN(x) || Number.isNaN(p)) continue;
    s[i] = x;
    order[n++] = i;
  }
  return order.subarray(0, n).sort((a, b) => s[b] - s[a] || a - b);
}

/**
 * expectedRocAuc over the rows `order` lists, in that order (descendingOrder's: score descending, ties in input
 * order); the sums run in that order, so the result is the same bits as expectedRocAuc's on those rows.
 */
export function expectedRocAucInOrder(
  scores: ArrayLike<number | null>,
  probabilities: ArrayLike<number | null>,
  order: ArrayLike<number>
): number | null {
  const n = order.length;
  let positives = 0;
  for (let k = 0; k < n; ++k) positives += probabilities[order[k]]!;
  const negatives = n - positives;
  if (!(positives > 0 && negatives > 0)) return null;
  let area = 0;
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < n;) {
    const s = scores[order[k]];
    const tp0 = tp;
    const fp0 = fp;
    for (; k < n && scores[order[k]] === s; ++k) {
      const p = probabilities[order[k]]!;
      tp += p;
      fp += 1 - p;
    }
    area += ((fp - fp0) / negatives) * ((tp + tp0) / 2 / positives);
  }
  return area;
}

/**
 * expectedRocAuc from rows counted per distinct score, when every row of a score has the same p̂ (p̂ a function of the
 * score, as CBPE's calibration is): `counts[k]` rows have the k-th distinct score (ascending) and probability
 * `probabilities[k]`. Walks the scores descending and adds each row's p̂ and 1 − p̂ once per row, the very additions
 * expectedRocAucInOrder makes in the same order, so the same bits, without an order of the rows. O(n + d).
 *
 * @example expectedRocAucOfCounts(Float64Array.of(1, 1, 1, 1), Float64Array.of(0, 0, 1, 1)); // => 1
 */
export function expectedRocAucOfCounts(counts: ArrayLike<number>, probabilities: ArrayLike<number>): number | null {
  let n = 0;
  let positives = 0;
  for (let k = counts.length - 1; k >= 0; --k) {
    const p = probabilities[k];
    for (let c = counts[k]; c > 0; --c) positives += p;
    n += counts[k];
  }
  const negatives = n - positives;
  if (!(positives > 0 && negatives > 0)) return null;
  let area = 0;
  let tp = 0;
  let fp = 0;
  for (let k = counts.length - 1; k >= 0; --k) {
    if (!counts[k]) continue;
    const p = probabilities[k];
    const tp0 = tp;
    const fp0 = fp;
    for (let c = counts[k]; c > 0; --c) {
      tp += p;
      fp += 1 - p;
    }
    area += ((fp - fp0) / negatives) * ((tp + tp0) / 2 / positives);
  }
  return area;
}
