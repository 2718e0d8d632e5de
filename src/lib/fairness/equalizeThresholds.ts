import {confusionCurve, type ScoreDirection, type ScoreHistogram} from "./confusionCurve.js";
import {groupRates} from "./groupRates.js";

export type EqualizedRate = "tpr" | "fpr" | "selection_rate";

export interface EqualizePoint {
  /** The rate every group is steered to. */
  target: number;
  /** Overall accuracy over labelled rows with each group at its own threshold. */
  accuracy: number | null;
  /** Per group: the chosen threshold index k (threshold = k-th bin edge) and the rate it achieves. */
  cuts: number[];
  rates: (number | null)[];
  /** max − min of the achieved rates across groups (exact equality is impossible on a finite grid). */
  gap: number | null;
}

export interface EqualizeResult {
  /** One point per target on the grid 0, 1/steps, …, 1: the trade-off curve of accuracy against the target. */
  curve: EqualizePoint[];
  /** The curve point with the highest accuracy among those whose gap ≤ tolerance (null if none). */
  best: EqualizePoint | null;
  /** The single shared threshold with the highest accuracy, for comparison (the cost is its accuracy − best's). */
  global: {cut: number; accuracy: number | null};
}

/**
 * Per-group thresholds that equalise a rate (TPR, FPR or selection rate) at the least cost in accuracy, by grid
 * search (the post-processing of Hardt, Price & Srebro 2016 restricted to deterministic per-group thresholds):
 * for each target r on a grid of `steps` + 1 values, each group takes the threshold on its bin grid whose rate is
 * closest to r (ties: more correct predictions), and the point's accuracy is Σ(tp + tn) / Σ labelled over all
 * groups. `best` is the most accurate point whose achieved gap is within `tolerance` (default 0.02).
 * Cost O(groups · bins · steps): about 1M steps for 10 groups, 1000 bins and 100 steps.
 * @throws {Error} if steps is not a positive integer, tolerance is negative, or the histograms are malformed or
 *   differ in bin count
 * @example
 * equalizeThresholds([ha, hb], "tpr", "lower").best?.cuts; // => the per-group threshold indices
 */
export function equalizeThresholds(
  histograms: readonly ScoreHistogram[],
  rate: EqualizedRate,
  direction: ScoreDirection,
  {steps = 100, tolerance = 0.02}: {steps?: number; tolerance?: number} = {}
): EqualizeResult {
  if (!Number.isSafeInteger(steps) || steps < 1) throw new Error(`invalid steps: ${steps}`);
  if (!(tolerance >= 0)) throw new Error(`invalid tolerance: ${tolerance}`);
  if (rate !== "tpr" && rate !== "fpr" && rate !== "selection_rate") throw new Error(`invalid rate: ${rate}`);
  const curves = histograms.map((h) => confusionCurve(h, direction));
  for (const c of curves) if (c.length !== curves[0].length) throw new Error(`bin counts differ: ${c.length - 1}`);
  const correct = curves.map((curve) => curve.map((c) => c.tp + c.tn));
  const values = curves.map((curve) => curve.map((c) => groupRates(c, 0)[rate]));
  const labelled = curves.reduce((s, curve) => s + (curve.length ? total(curve[0]) : 0), 0);

  const curve: EqualizePoint[] = [];
  for (let s = 0; s <= steps; ++s) {
    const target = s / steps;
    const cuts: number[] = [];
    const rates: (number | null)[] = [];
    let right = 0;
    values.forEach((vals, g) => {
      let bestK = -1;
      for (let k = 0; k < vals.length; ++k) {
        const v = vals[k];
        if (v === null) continue;
        const d = Math.abs(v - target);
        const bd = bestK < 0 ? Infinity : Math.abs(vals[bestK]! - target);
        if (d < bd - 1e-15 || (Math.abs(d - bd) <= 1e-15 && correct[g][k] > correct[g][bestK])) bestK = k;
      }
      cuts.push(bestK);
      rates.push(bestK < 0 ? null : vals[bestK]);
      right += bestK < 0 ? 0 : correct[g][bestK];
    });
    const defined = rates.filter((r): r is number => r !== null);
    curve.push({
      target,
      accuracy: labelled > 0 ? right / labelled : null,
      cuts,
      rates,
      gap: defined.length ? Math.max(...defined) - Math.min(...defined) : null
    });
  }
  let best: EqualizePoint | null = null;
  for (const p of curve)
    if (p.gap !== null && p.gap <= tolerance && p.accuracy !== null && (!best || p.accuracy > best.accuracy!)) best = p;

  let globalCut = 0;
  let globalRight = -1;
  const cutsCount = curves.length ? curves[0].length : 0;
  for (let k = 0; k < cutsCount; ++k) {
    const right = correct.reduce((s, c) => s + c[k], 0);
    if (right > globalRight) {
      globalRight = right;
      globalCut = k;
    }
  }
  return {curve, best, global: {cut: globalCut, accuracy: labelled > 0 ? globalRight / labelled : null}};
}

function total(c: {tp: number; fp: number; tn: number; fn: number}): number {
  return c.tp + c.fp + c.tn + c.fn;
}
