import type {RunRule} from "../runRule.js";
import {sigmaUnits} from "../sigmaUnits.js";

/**
 * Western Electric rule 1 (= Nelson rule 1): one point strictly beyond 3σ from the centre line, i.e.
 * outside the control limits. Source: Western Electric Statistical Quality Control Handbook (1956), p. 25–27;
 * qcc `qccRulesViolatingWER1` (R).
 *
 * @example we1.test([{value: 3.1, center: 0, sigma: 1}]); // => [true]
 */
export const we1: RunRule = {
  id: "WE1",
  name: "1 point beyond 3σ",
  meaning: "A single point outside the control limits: a sudden, large change (an outage, a release, a data break).",
  test: (points) => points.map((p) => Math.abs(sigmaUnits(p)) > 3)
};
