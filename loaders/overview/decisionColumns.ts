import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {needRole} from "../system/needRole.js";
import type {System} from "../system/System.js";

/** SQL identifiers of the decision-log columns the Overview reads, found by their contract tags. */
export interface DecisionColumns {
  system: string;
  time: string;
  decisionSource: string;
  review: string;
  finalDecision: string;
  latency: string;
  /** The favourable decision value (customProperties.positiveDecision), e.g. "approve". */
  positive: string;
}

/**
 * The decision-log columns of a system by role (`time`, `decision_source`, `review`, `final_decision`, `latency`),
 * quoted for SQL, so the Overview works for any contract that tags its columns.
 *
 * @throws {InputError} when the contract does not tag one of them
 */
export function decisionColumns(system: Pick<System, "contract" | "roles">): DecisionColumns {
  const column = (role: "time" | "decisionSource" | "review" | "finalDecision" | "latency") =>
    sqlIdentifier(needRole(system, role));
  return {
    system: system.roles.system,
    time: column("time"),
    decisionSource: column("decisionSource"),
    review: column("review"),
    finalDecision: column("finalDecision"),
    latency: column("latency"),
    positive: needRole(system, "positiveDecision")
  };
}
