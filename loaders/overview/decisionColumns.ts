import {columnWithTag} from "../contract/columnWithTag.js";
import type {Contract} from "../contract/Contract.js";
import {positiveDecision} from "../contract/positiveDecision.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";

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
 * The decision-log columns of a contract's first schema object by tag (`time`, `decision_source`,
 * `review`, `final_decision`, `latency`), quoted for SQL, so the Overview works for any contract
 * that tags its columns.
 *
 * @throws {InputError} when a tag is missing or on more than one column
 */
export function decisionColumns(contract: Contract): DecisionColumns {
  const object = contract.schema[0];
  const column = (tag: string) => sqlIdentifier(columnWithTag(object, tag).name);
  return {
    system: String(contract.customProperties.system ?? contract.name),
    time: column("time"),
    decisionSource: column("decision_source"),
    review: column("review"),
    finalDecision: column("final_decision"),
    latency: column("latency"),
    positive: positiveDecision(contract)
  };
}
