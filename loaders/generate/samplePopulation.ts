import type {Rng} from "../../src/lib/random/rng.js";
import {creditLineTrueLogit, sampleCreditLine} from "./creditLinePopulation.js";
import {sampleHour} from "./diurnal.js";
import {encodeFeatures} from "../models/encodeFeatures.js";
import {fraudScreenTrueLogit, sampleFraudScreen} from "./fraudScreenPopulation.js";
import type {Row, SystemName} from "./systems.js";

/** One member of a system's population with its ground truth. */
export interface Applicant {
  /** Feature, protected and PII columns keyed by contract column name. */
  row: Row;
  /** encodeFeatures(system, row). */
  x: Float32Array;
  /** The true probability of the bad outcome (default, fraud): σ(trueLogit(system, x)). */
  trueProbability: number;
  /** The outcome: Bernoulli(trueProbability). */
  label: boolean;
}

/**
 * The true log-odds of the bad outcome for an encoded row: creditLineTrueLogit or fraudScreenTrueLogit.
 * Protected attributes never enter it.
 */
export function trueLogit(system: SystemName, x: Float32Array): number {
  return system === "credit-line" ? creditLineTrueLogit(x) : fraudScreenTrueLogit(x);
}

/**
 * Draws one labelled member of a system's population as it looks on a given day (0–179; the drift windows
 * of PLAN change the mix), exactly as `workbench generate` does before any decision is taken: features and
 * protected attributes (sampleCreditLine / sampleFraudScreen), the true probability and a Bernoulli label.
 * For fraud-screen the transaction's UTC hour is drawn from HOURLY_WEIGHTS unless given.
 * Use it to draw labelled training sets from the same distribution as the sample decision logs:
 *
 * @example
 * const rng = sfc32(deriveSeed(1, "training"));
 * const {x, label} = samplePopulation("credit-line", rng, 60); // x: Float32Array(30), label: boolean
 */
export function samplePopulation(system: SystemName, rng: Rng, day: number, hour?: number): Applicant {
  let row: Row;
  if (system === "credit-line") row = sampleCreditLine(rng, day);
  else if (system === "fraud-screen") row = sampleFraudScreen(rng, day, hour ?? sampleHour[system](rng));
  else throw new Error(`unknown system: ${system}`);
  const x = encodeFeatures(system, row);
  const trueProbability = 1 / (1 + Math.exp(-trueLogit(system, x)));
  return {row, x, trueProbability, label: rng() < trueProbability};
}
