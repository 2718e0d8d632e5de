import type {ControlPoint, RunRule} from "./runRule.js";
import {runRules} from "./runRules.js";

/**
 * The ids of the rules each point violates, in the order of `rules` (default: every rule, see runRules),
 * across the whole series (Phase I and Phase II points together, as qcc does).
 *
 * @throws {Error} if a rule id is given twice
 * @example applyRules([{value: 4, center: 0, sigma: 1}]); // => [["WE1"]]
 */
export function applyRules(points: readonly ControlPoint[], rules: readonly RunRule[] = runRules): string[][] {
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new Error(`duplicate rule: ${rule.id}`);
    ids.add(rule.id);
  }
  const out = points.map((): string[] => []);
  for (const rule of rules) rule.test(points).forEach((flag, i) => flag && out[i].push(rule.id));
  return out;
}
