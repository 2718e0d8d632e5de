import type {RunRule} from "../runRule.js";
import {mOfNBeyond} from "./mOfNBeyond.js";

/**
 * Western Electric rule 2 (= Nelson rule 5): 2 of 3 consecutive points strictly beyond 2σ on the same side;
 * the flagged point is itself beyond 2σ. Source: Western Electric Statistical Quality Control Handbook
 * (1956); qcc `qccRulesViolatingWER2` (R).
 *
 * @example we2.test([2.1, 0, 2.1].map((value) => ({value, center: 0, sigma: 1}))); // => [false, false, true]
 */
export const we2: RunRule = {
  id: "WE2",
  name: "2 of 3 beyond 2σ, same side",
  meaning: "Points near a control limit: the process level has probably moved.",
  test: (points) => mOfNBeyond(points, {m: 2, n: 3, k: 2})
};
