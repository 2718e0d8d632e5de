import type {ControlPoint} from "../runRule.js";
import {sigmaUnits} from "../sigmaUnits.js";

/**
 * For each index i, whether point i lies strictly beyond `k`σ on one side of the centre and at least `m` of
 * the `n` points ending at i (i included) lie beyond `k`σ on that same side. A full window is required, so
 * the first n − 1 points are never flagged. This is qcc's `qccRulesViolatingWER2` (R; it also requires the
 * newest point of the window to be beyond the limit, so the point completing the pattern is flagged).
 * Runs in O(n·window).
 *
 * @throws {Error} unless 1 ≤ m ≤ n are integers and k > 0
 * @example mOfNBeyond([0, 2.5, 2.5].map((value) => ({value, center: 0, sigma: 1})), {m: 2, n: 3, k: 2}); // => [false, false, true]
 */
export function mOfNBeyond(points: readonly ControlPoint[], {m, n, k}: {m: number; n: number; k: number}): boolean[] {
  if (!Number.isInteger(m) || !Number.isInteger(n) || m < 1 || m > n) throw new Error(`invalid window: ${m} of ${n}`);
  if (!(k > 0)) throw new Error(`invalid k: ${k}`);
  const z = points.map(sigmaUnits);
  return z.map((zi, i) => {
    if (i < n - 1) return false;
    const side = zi > k ? 1 : zi < -k ? -1 : 0;
    if (side === 0) return false;
    let beyond = 0;
    for (let j = i - n + 1; j <= i; ++j) if (side * z[j] > k) ++beyond;
    return beyond >= m;
  });
}
