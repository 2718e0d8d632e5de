import type {FairnessPolicy} from "../../src/lib/fairness/fairnessTree.js";
import type {Contract} from "./Contract.js";
import {contractError} from "./contractError.js";
import {isMapping} from "./isMapping.js";

const KEYS = ["intervention", "interventionDecision", "scarce", "concern", "representation"];

/**
 * What a system's decision does to people, for the "which metric fits your decision" guide (fairnessTree), from
 * the contract's `customProperties: fairness` mapping (a workbench extension of ODCS v3):
 *
 *   - property: fairness
 *     value: {intervention: assistive, interventionDecision: approve, scarce: false, concern: errors}
 *
 * `intervention` assistive | punitive (required); `interventionDecision` the decision value that is the
 * intervention, one of the allowed values of a column tagged `decision` or `final_decision` (required); `scarce`
 * true | false (default false); `concern` errors | representation (default errors); `representation`
 * proportional | equal (default proportional, only with concern representation). Null when the contract has no
 * such property.
 *
 * @throws {InputError} `<file>: customProperties.fairness.<key>: ...` for an unknown key or a value out of range
 * @example fairnessPolicy(contract) // => {intervention: "assistive", interventionDecision: "approve", scarce: false, concern: "errors"}
 */
export function fairnessPolicy(contract: Contract): FairnessPolicy | null {
  const raw = contract.customProperties.fairness;
  if (raw === undefined) return null;
  const fail = (key: string, message: string) =>
    contractError(contract.file, `customProperties.fairness${key ? `.${key}` : ""}`, message);
  if (!isMapping(raw)) throw fail("", `not a mapping: ${JSON.stringify(raw)}`);
  for (const key of Object.keys(raw))
    if (!KEYS.includes(key)) throw fail(key, `unknown key (known: ${KEYS.join(", ")})`);
  const oneOf = <T extends string>(key: string, values: readonly T[], fallback?: T): T => {
    const v = raw[key] ?? fallback;
    if (!values.includes(v as T)) throw fail(key, `must be ${values.join(" or ")}, got ${JSON.stringify(raw[key])}`);
    return v as T;
  };
  const intervention = oneOf("intervention", ["assistive", "punitive"] as const);
  const decision = raw.interventionDecision;
  if (typeof decision !== "string" || decision === "")
    throw fail("interventionDecision", `missing or not a string: ${JSON.stringify(decision)}`);
  const allowed = contract.schema[0].properties
    .filter((p) => p.tags.includes("decision") || p.tags.includes("final_decision"))
    .flatMap((p) => p.validValues ?? []);
  if (allowed.length && !allowed.includes(decision))
    throw fail("interventionDecision", `"${decision}" is not a decision value (${[...new Set(allowed)].join(", ")})`);
  const scarce = raw.scarce ?? false;
  if (typeof scarce !== "boolean") throw fail("scarce", `must be true or false, got ${JSON.stringify(scarce)}`);
  const concern = oneOf("concern", ["errors", "representation"] as const, "errors");
  const policy: FairnessPolicy = {intervention, interventionDecision: decision, scarce, concern};
  if (raw.representation !== undefined || concern === "representation")
    policy.representation = oneOf("representation", ["proportional", "equal"] as const, "proportional");
  return policy;
}
