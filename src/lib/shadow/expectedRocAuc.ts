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
  const rows: [number, number][] = [];
  for (let i = 0; i < scores.length; ++i) {
    const s = scores[i];
    const p = probabilities[i];
    if (s === null || p === null || Number.isNaN(s) || Number.isNaN(p)) continue;
    rows.push([s, p]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  const positives = rows.reduce((t, r) => t + r[1], 0);
  const negatives = rows.length - positives;
  if (!(positives > 0 && negatives > 0)) return null;
  let area = 0;
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < rows.length;) {
    const s = rows[i][0];
    const [tp0, fp0] = [tp, fp];
    for (; i < rows.length && rows[i][0] === s; ++i) {
      tp += rows[i][1];
      fp += 1 - rows[i][1];
    }
    area += ((fp - fp0) / negatives) * ((tp + tp0) / 2 / positives);
  }
  return area;
}
