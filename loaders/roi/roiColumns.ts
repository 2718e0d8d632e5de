import {columnWithTag} from "../contract/columnWithTag.js";
import {InputError} from "../cli/errors.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {needRole} from "../system/needRole.js";
import type {System} from "../system/System.js";
import type {CostModel} from "../../src/lib/roi/parseCostModel.js";

/** SQL identifiers of the columns the ROI aggregates read, found by contract tags and the cost model. */
export interface RoiColumns {
  /** Primary key of the decisions object, joined to the outcomes' primary key. */
  id: string;
  time: string;
  decisionSource: string;
  review: string;
  reviewer: string;
  reviewDecision: string;
  handlingTime: string;
  finalDecision: string;
  amount: string;
  /** The outcome object's key, time and label columns. */
  outcomeId: string;
  outcomeTime: string;
  label: string;
}

/**
 * The decision-log and outcome columns the ROI report needs, a view of the system's roles: `time`,
 * `decision_source`, `review`, `reviewer`, `review_decision`, `handling_time`, `final_decision` on the decisions
 * object, the cost model's `amount`, and the outcome object's primary key, `time` column and label.
 *
 * @throws {InputError} when a role is missing, or an object has no single primary key
 */
export function roiColumns(system: Pick<System, "contract" | "roles">, model: CostModel): RoiColumns {
  const {contract} = system;
  const decisions = contract.schema[0];
  const outcomes = contract.schema.find((o) => o.name === needRole(system, "outcome").object)!;
  const key = (o: typeof decisions) => {
    const keys = o.properties.filter((p) => p.primaryKey);
    if (keys.length !== 1) throw new InputError(`object ${o.name}: needs one primaryKey column, has ${keys.length}`);
    return sqlIdentifier(keys[0].name);
  };
  const column = (
    role: "time" | "decisionSource" | "review" | "reviewer" | "reviewDecision" | "handlingTime" | "finalDecision"
  ) => sqlIdentifier(needRole(system, role));
  return {
    id: key(decisions),
    time: column("time"),
    decisionSource: column("decisionSource"),
    review: column("review"),
    reviewer: column("reviewer"),
    reviewDecision: column("reviewDecision"),
    handlingTime: column("handlingTime"),
    finalDecision: column("finalDecision"),
    amount: sqlIdentifier(model.amount),
    outcomeId: key(outcomes),
    outcomeTime: sqlIdentifier(columnWithTag(outcomes, "time").name),
    label: sqlIdentifier(model.label)
  };
}
