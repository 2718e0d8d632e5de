import type {DecisionPolicy} from "./decide.js";
import type {ModelEntry} from "./modelEntry.js";

/**
 * The decision policy of a registered model in force at a time: the registry's policy with its threshold
 * replaced by the last threshold change whose `from` date (00:00 UTC) is at or before `at`.
 *
 * @param at epoch milliseconds or an ISO 8601 date/time string (UTC)
 * @throws {Error} for an unparseable time
 * @example
 * policyAt(entry.decision, "2026-03-20T10:00:00Z"); // => {threshold: 0.42, below: "pass", above: "flag"}
 */
export function policyAt(decision: ModelEntry["decision"], at: number | string): DecisionPolicy {
  const t = typeof at === "number" ? at : Date.parse(/T/.test(at) || at.length > 10 ? at : `${at}T00:00:00Z`);
  if (!Number.isFinite(t)) throw new Error(`invalid time: ${at}`);
  const {threshold_changes, ...policy} = decision;
  let threshold = policy.threshold;
  for (const change of threshold_changes) if (Date.parse(`${change.from}T00:00:00Z`) <= t) threshold = change.threshold;
  return {...policy, threshold};
}
