import type {ScoreDirection} from "../../src/lib/fairness/confusionCurve.js";
import type {Contract} from "../contract/Contract.js";
import {columnWithTag} from "../contract/columnWithTag.js";
import {columnsByTag} from "../contract/columnsByTag.js";
import {outcomeLabel} from "../contract/outcomeLabel.js";
import {positiveDecision} from "../contract/positiveDecision.js";
import {InputError} from "../cli/errors.js";

/**
 * A decision system's fairness conventions, read from its contract:
 * - positive prediction = the favourable decision (`customProperties.positiveDecision`: approve, pass);
 * - positive label = the favourable outcome, i.e. the adverse event of `customProperties.outcomeLabel`
 *   (defaulted, confirmed_fraud) did NOT happen; so TPR is "share of good customers who got the favourable
 *   decision" (equal opportunity in the sense of Hardt et al.);
 * - the score (tag `score`) is the probability of the adverse event, so the favourable decision is taken when
 *   score < threshold (direction "lower") and the probability of the positive label is 1 − score;
 * - protected attributes = columns tagged `protected`; time = tag `time`; the model's decision = tag `decision`,
 *   the decision after human review = tag `final_decision`; review = tag `review`, override = tag `override`.
 */
export interface FairnessConvention {
  system: string;
  positiveDecision: string;
  decision: string;
  finalDecision: string | null;
  score: string;
  threshold: string | null;
  direction: ScoreDirection;
  label: {object: string; column: string};
  /** The label value that is the favourable outcome ("false": the adverse event did not happen). */
  positiveLabel: "false";
  protected: string[];
  time: string;
  modelVersion: string | null;
  decisionSource: string | null;
  review: string | null;
  override: string | null;
  /** The decisions' primary key, to join the outcomes on. */
  key: string;
}

/**
 * The fairness conventions of a contract (see FairnessConvention).
 * @throws {InputError} when the contract lacks a role the review needs (decision, score, time, protected, key)
 * @example fairnessConvention(await readContract("data/contracts/credit-line.odcs.yaml")).protected;
 * // => ["sex", "age_band", "ethnicity"]
 */
export function fairnessConvention(contract: Contract): FairnessConvention {
  const decisions = contract.schema[0];
  const protectedColumns = columnsByTag(decisions, "protected").map((p) => p.name);
  if (!protectedColumns.length)
    throw new InputError(`object ${decisions.name}: no column tagged protected`, {file: contract.file});
  const key = decisions.properties.find((p) => p.primaryKey);
  if (!key) throw new InputError(`object ${decisions.name}: no primaryKey column`, {file: contract.file});
  const models = columnsByTag(decisions, "model");
  return {
    system: String(contract.customProperties.system ?? contract.name),
    positiveDecision: positiveDecision(contract),
    decision: columnWithTag(decisions, "decision").name,
    finalDecision: columnWithTag(decisions, "final_decision", true)?.name ?? null,
    score: columnWithTag(decisions, "score").name,
    threshold: columnWithTag(decisions, "threshold", true)?.name ?? null,
    direction: "lower",
    label: outcomeLabel(contract),
    positiveLabel: "false",
    protected: protectedColumns,
    time: columnWithTag(decisions, "time").name,
    modelVersion: (models.find((p) => p.name.endsWith("version")) ?? models.at(-1))?.name ?? null,
    decisionSource: columnWithTag(decisions, "decision_source", true)?.name ?? null,
    review: columnWithTag(decisions, "review", true)?.name ?? null,
    override: columnWithTag(decisions, "override", true)?.name ?? null,
    key: key.name
  };
}
