import type {RunRule} from "../runRule.js";
import {sigmaUnits} from "../sigmaUnits.js";
import {trailingRun} from "./trailingRun.js";

/**
 * Western Electric rule 4: 8 consecutive points strictly on one side of the centre line (a point on the line
 * breaks the run). Nelson's rule 2 is the same with 9 points; we use 8 as the Western Electric handbook
 * (1956) and qcc `qccRulesViolatingWER4` (R) do.
 *
 * @example we4.test(Array(8).fill({value: 0.1, center: 0, sigma: 1})).at(-1); // => true
 */
export const we4: RunRule = {
  id: "WE4",
  name: "8 in a row on one side",
  meaning: "The process runs persistently above or below its centre: a level shift, possibly small.",
  test(points) {
    const z = points.map(sigmaUnits);
    const above = trailingRun(
      z.map((v) => v > 0),
      8
    );
    const below = trailingRun(
      z.map((v) => v < 0),
      8
    );
    return above.map((a, i) => a || below[i]);
  }
};
