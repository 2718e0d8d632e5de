import {runRules} from "./runRules.js";

const other: Readonly<Record<string, {name: string; meaning: string}>> = {
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
 * The pattern and the plain-words meaning of a signal's rule id: a run rule's (see runRules), or the texts
 * of the EWMA and CUSUM signals ("EWMA", "CUSUM+", "CUSUM-"), for the SPC page.
 *
 * @throws {Error} for an unknown rule id
 * @example ruleText("WE1").name; // => "1 point beyond 3σ"
 */
export function ruleText(id: string): {name: string; meaning: string} {
  const rule = runRules.find((r) => r.id === id) ?? other[id];
  if (!rule) throw new Error(`unknown rule: ${id}`);
  return {name: rule.name, meaning: rule.meaning};
}
