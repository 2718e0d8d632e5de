import type {RunRule} from "../runRule.js";
import {mOfNBeyond} from "./mOfNBeyond.js";

/**
 * Western Electric rule 3 (= Nelson rule 6): 4 of 5 consecutive points strictly beyond 1σ on the same side;
 * the flagged point is itself beyond 1σ. Source: Western Electric Statistical Quality Control Handbook
 * (1956); qcc `qccRulesViolatingWER3` (R).
 *
 * @example we3.test([1.5, 1.5, 0, 1.5, 1.5].map((value) => ({value, center: 0, sigma: 1}))); // => [false, false, false, false, true]
 */
export const we3: RunRule = {
  id: "WE3",
  name: "4 of 5 beyond 1σ, same side",
  meaning: "A small but sustained shift of the process level.",
  test: (points) => mOfNBeyond(points, {m: 4, n: 5, k: 1})
};
