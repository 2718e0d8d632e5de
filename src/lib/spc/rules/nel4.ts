import type {RunRule} from "../runRule.js";
import {trailingRun} from "./trailingRun.js";

/**
 * Nelson rule 4: 14 points in a row alternating up and down, i.e. 13 consecutive differences of the charted
 * values whose signs alternate (12 sign changes in a row; a zero difference breaks the run). Judged on the raw
 * values. Source: Nelson, Journal of Quality Technology 16(4), 1984; qcc `qccRulesViolatingNEL4` (R).
 *
 * @example nel4.test([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1].map((value) => ({value, center: 0, sigma: 1}))).at(-1); // => true
 */
export const nel4: RunRule = {
  id: "NEL4",
  name: "14 in a row alternating",
  meaning: "A saw-tooth pattern: two alternating sources (shifts, systems, batches) or over-adjustment.",
  test(points) {
    const d = points.map((p, i) => (i === 0 ? 0 : p.value - points[i - 1].value));
    const flips = d.map((v, i) => i > 1 && v * d[i - 1] < 0);
    return trailingRun(flips, 12);
  }
};
