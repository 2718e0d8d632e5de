import {normalQuantile} from "../stats/normalQuantile.js";
import type {Delta} from "./pairedDelta.js";

/**
 * The difference of two correlated ROC AUCs on the same labelled rows (challenger − champion), with
 * DeLong's variance (DeLong, DeLong & Clarke-Pearson 1988, Biometrics 44:837–845): each score's placement
 * values V10(xᵢ) = P̂(X > Y) + ½P̂(X = Y) over negatives Y for each positive xᵢ and V01(yⱼ) over positives,
 * S10 and S01 their 2×2 sample covariance matrices, Var(Â₂ − Â₁) = (S10₁₁ + S10₂₂ − 2S10₁₂)/m
 * + (S01₁₁ + S01₂₂ − 2S01₁₂)/n, and the interval Δ ± z·√Var (as R pROC's roc.test(method = "delong",
 * paired = TRUE)). Higher score = more likely positive. Placements by sorting: O(N log N).
 * Rows with a null/NaN score or a label other than 0/1 are skipped. Null when a class has < 2 rows.
 *
 * @throws {Error} when the arrays differ in length
 * @example
 * delongAucDelta([0.1, 0.4, 0.35, 0.8], [0.2, 0.3, 0.6, 0.7], [0, 0, 1, 1]).delta; // => 0.25
 */
export function delongAucDelta(
  champion: ArrayLike<number | null>,
  challenger: ArrayLike<number | null>,
  labels: ArrayLike<number | boolean | null>,
  confidence = 0.95
): Delta {
  if (champion.length !== challenger.length || champion.length !== labels.length)
    throw new Error(`length mismatch: ${champion.length}, ${challenger.length}, ${labels.length}`);
  const pos: [number, number][] = [];
  const neg: [number, number][] = [];
  for (let i = 0; i < labels.length; ++i) {
    const a = champion[i];
    const b = challenger[i];
    const y = labels[i];
    if (a === null || b === null || Number.isNaN(a) || Number.isNaN(b)) continue;
    if (y === 1 || y === true) pos.push([a, b]);
    else if (y === 0 || y === false) neg.push([a, b]);
  }
  const m = pos.length;
  const n = neg.length;
  const empty = {n: m + n, champion: null, challenger: null, delta: null, low: null, high: null};
  if (m < 2 || n < 2) return empty;
  const v10 = [0, 1].map((k) =>
    placements(
      pos.map((p) => p[k]),
      neg.map((q) => q[k])
    )
  );
  const v01 = [0, 1].map((k) =>
    placements(
      neg.map((q) => q[k]),
      pos.map((p) => p[k])
    ).map((v) => 1 - v)
  );
  const auc = v10.map((v) => v.reduce((s, x) => s + x, 0) / m);
  const s10 = covariance(v10[0], v10[1]);
  const s01 = covariance(v01[0], v01[1]);
  const variance = (s10[0] + s10[2] - 2 * s10[1]) / m + (s01[0] + s01[2] - 2 * s01[1]) / n;
  const delta = auc[1] - auc[0];
  const half = normalQuantile(1 - (1 - confidence) / 2) * Math.sqrt(Math.max(0, variance));
  return {n: m + n, champion: auc[0], challenger: auc[1], delta, low: delta - half, high: delta + half};
}

/** For each x: (#{y < x} + ½#{y = x}) / |ys|. */
function placements(xs: number[], ys: number[]): number[] {
  const sorted = Float64Array.from(ys).sort();
  const below = (v: number, strict: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? sorted[mid] < v : sorted[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return xs.map((x) => {
    const lt = below(x, true);
    return (lt + (below(x, false) - lt) / 2) / sorted.length;
  });
}

/** Sample covariance matrix [var a, cov ab, var b] (n − 1). */
function covariance(a: number[], b: number[]): [number, number, number] {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let aa = 0;
  let ab = 0;
  let bb = 0;
  for (let i = 0; i < n; ++i) {
    aa += (a[i] - ma) ** 2;
    ab += (a[i] - ma) * (b[i] - mb);
    bb += (b[i] - mb) ** 2;
  }
  return [aa / (n - 1), ab / (n - 1), bb / (n - 1)];
}
