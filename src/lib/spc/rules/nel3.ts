import type {RunRule} from "../runRule.js";
import {trailingRun} from "./trailingRun.js";

/**
 * Nelson rule 3: 6 points in a row steadily increasing or steadily decreasing, i.e. 5 consecutive strictly
 * positive (or strictly negative) differences of the charted values; a tie breaks the run. Judged on the raw
 * values, not on sigma units. Source: Nelson, "The Shewhart Control Chart — Tests for Special Causes",
 * Journal of Quality Technology 16(4), 1984; qcc `qccRulesViolatingNEL3` (R).
 *
 * @example nel3.test([1, 2, 3, 4, 5, 6].map((value) => ({value, center: 0, sigma: 1}))).at(-1); // => true
 */
export const nel3: RunRule = {
  id: "NEL3",
  name: "6 in a row trending",
  meaning: "A steady drift up or down: wear, a slowly changing population, a gradual data problem.",
  test(points) {
    const d = points.map((p, i) => (i === 0 ? 0 : p.value - points[i - 1].value));
    const up = trailingRun(
      d.map((v, i) => i > 0 && v > 0),
      5
    );
    const down = trailingRun(
      d.map((v, i) => i > 0 && v < 0),
      5
    );
    return up.map((u, i) => u || down[i]);
  }
};
