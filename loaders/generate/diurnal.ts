import {categorical} from "../../src/lib/random/categorical.js";
import type {SystemName} from "./systems.js";

/**
 * Relative volume by UTC hour 0–23: credit applications follow office and evening hours, card transactions
 * peak around lunch and in the evening with a thin night (when fraud is likelier, see fraudScreenTrueLogit).
 */
export const HOURLY_WEIGHTS: Readonly<Record<SystemName, readonly number[]>> = {
  "credit-line": [1, 0.5, 0.3, 0.3, 0.3, 0.5, 1, 2, 4, 6, 7, 7, 6, 7, 7, 6, 6, 5, 5, 5, 4, 3, 2, 1.5],
  "fraud-screen": [1.5, 1, 0.7, 0.5, 0.5, 0.7, 1.5, 3, 4.5, 5, 5.5, 6, 7, 6.5, 6, 6, 6.5, 7, 7.5, 7.5, 7, 5.5, 4, 2.5]
};

/** A sampler of the UTC hour of a decision for a system (weights HOURLY_WEIGHTS). */
export const sampleHour: Readonly<Record<SystemName, (rng: () => number) => number>> = {
  "credit-line": categorical(HOURLY_WEIGHTS["credit-line"]),
  "fraud-screen": categorical(HOURLY_WEIGHTS["fraud-screen"])
};
