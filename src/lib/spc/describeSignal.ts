import {runRules} from "./runRules.js";
import type {SpcSignal} from "./spcAnalysis.js";

const other: Record<string, {name: string; meaning: string}> = {
  EWMA: {
    name: "EWMA beyond its limits",
    meaning: "The exponentially smoothed level has left its limits: a small but sustained shift of the level."
  },
  "CUSUM+": {
    name: "CUSUM upper sum beyond h",
    meaning: "Deviations above target have accumulated past the decision interval: a sustained upward shift."
  },
  "CUSUM-": {
    name: "CUSUM lower sum beyond h",
    meaning: "Deviations below target have accumulated past the decision interval: a sustained downward shift."
  }
};

/**
 * A signal with its rule's name and plain-words meaning (from runRules, or for EWMA and CUSUM signals the
 * texts above), for the list of violations on the SPC page.
 *
 * @throws {Error} for an unknown rule id
 * @example describeSignal({bucket: "2026-05-21", index: 140, phase: 1, chart: "p", rule: "WE1"}).name; // => "1 point beyond 3σ"
 */
export function describeSignal(signal: SpcSignal): SpcSignal & {name: string; meaning: string} {
  const known = runRules.find((r) => r.id === signal.rule) ?? other[signal.rule];
  if (!known) throw new Error(`unknown rule: ${signal.rule}`);
  return {...signal, name: known.name, meaning: known.meaning};
}
