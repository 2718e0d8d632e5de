import type {Contract} from "./Contract.js";
import {contractError} from "./contractError.js";

/**
 * The favourable decision value (`customProperties: positiveDecision`, e.g. `approve`): the outcome
 * counted as "selected" in fairness rates. Checked against the allowed values of every column tagged
 * `decision` or `final_decision` in the first schema object.
 *
 * @throws {InputError} `<file>: customProperties.positiveDecision: ...` when missing or not an allowed value
 * @example positiveDecision(contract) // => "approve"
 */
export function positiveDecision(contract: Contract): string {
  const value = contract.customProperties.positiveDecision;
  const fail = (message: string) => contractError(contract.file, "customProperties.positiveDecision", message);
  if (typeof value !== "string" || value === "") throw fail(`missing or not a string: ${JSON.stringify(value)}`);
  for (const p of contract.schema[0].properties)
    if (
      (p.tags.includes("decision") || p.tags.includes("final_decision")) &&
      p.validValues &&
      !p.validValues.includes(value)
    )
      throw fail(`"${value}" is not an allowed value of ${p.name}`);
  return value;
}
