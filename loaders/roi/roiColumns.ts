import {columnWithTag} from "../contract/columnWithTag.js";
import type {Contract} from "../contract/Contract.js";
import {outcomeLabel} from "../contract/outcomeLabel.js";
import {InputError} from "../cli/errors.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
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
 * The decision-log and outcome columns the ROI report needs: tags `time`, `decision_source`, `review`,
 * `reviewer`, `review_decision`, `handling_time`, `final_decision` on the decisions object, the cost model's
 * `amount`, and the outcome object's primary key, `time` column and label.
 *
 * @throws {InputError} when a tag is missing or on several columns, or an object has no single primary key
 */
export function roiColumns(contract: Contract, model: CostModel): RoiColumns {
  const decisions = contract.schema[0];
  const outcomes = contract.schema.find((o) => o.name === outcomeLabel(contract).object)!;
  const key = (o: typeof decisions) => {
    const keys = o.properties.filter((p) => p.primaryKey);
    if (keys.length !== 1) throw new InputError(`object ${o.name}: needs one primaryKey column, has ${keys.length}`);
    return sqlIdentifier(keys[0].name);
  };
  const column = (tag: string) => sqlIdentifier(columnWithTag(decisions, tag).name);
  return {
    id: key(decisions),
    time: column("time"),
    decisionSource: column("decision_source"),
    review: column("review"),
    reviewer: column("reviewer"),
    reviewDecision: column("review_decision"),
    handlingTime: column("handling_time"),
    finalDecision: column("final_decision"),
    amount: sqlIdentifier(model.amount),
    outcomeId: key(outcomes),
    outcomeTime: sqlIdentifier(columnWithTag(outcomes, "time").name),
    label: sqlIdentifier(model.label)
  };
}
