import {ruleText} from "./ruleText.js";
import type {SpcSignal} from "./spcAnalysis.js";

/**
 * A signal with its rule's pattern and plain-words meaning (see ruleText), for the list of violations on
 * the SPC page.
 *
 * @throws {Error} for an unknown rule id
 * @example describeSignal({bucket: "2026-05-21", index: 140, phase: 1, chart: "p", rule: "WE1"}).name; // => "1 point beyond 3σ"
 */
export function describeSignal(signal: SpcSignal): SpcSignal & {name: string; meaning: string} {
  return {...signal, ...ruleText(signal.rule)};
}
