import type {RunRule} from "../runRule.js";
import {sigmaUnits} from "../sigmaUnits.js";
import {trailingRun} from "./trailingRun.js";

/**
 * Nelson rule 7: 15 points in a row within 1σ of the centre line (on either side, boundary included).
 * Source: Nelson, Journal of Quality Technology 16(4), 1984; qcc `qccRulesViolatingNEL7` (R; it tests
 * `statistics >= lcl1 & statistics <= ucl1`).
 *
 * @example nel7.test(Array(15).fill({value: 0, center: 0, sigma: 1})).at(-1); // => true
 */
export const nel7: RunRule = {
  id: "NEL7",
  name: "15 in a row within 1σ",
  meaning: "Too little variation: limits estimated from a mix of sources, or smoothed or stuck data.",
  test: (points) =>
    trailingRun(
      points.map((p) => Math.abs(sigmaUnits(p)) <= 1),
      15
    )
};
