import type {RunRule} from "../runRule.js";
import {sigmaUnits} from "../sigmaUnits.js";

/**
 * Nelson rule 8: 8 points in a row strictly beyond 1σ, with at least one above and one below the centre
 * (none within 1σ). Source: Nelson, Journal of Quality Technology 16(4), 1984; qcc
 * `qccRulesViolatingNEL8` (R).
 *
 * @example nel8.test([2, -2, 2, -2, 2, -2, 2, -2].map((value) => ({value, center: 0, sigma: 1}))).at(-1); // => true
 */
export const nel8: RunRule = {
  id: "NEL8",
  name: "8 in a row beyond 1σ, both sides",
  meaning: "A mixture: the series switches between two levels (two populations or two regimes).",
  test(points) {
    const z = points.map(sigmaUnits);
    return z.map((_, i) => {
      if (i < 7) return false;
      const w = z.slice(i - 7, i + 1);
      return w.every((v) => Math.abs(v) > 1) && w.some((v) => v > 1) && w.some((v) => v < -1);
    });
  }
};
