import type {ScoreDirection} from "../../src/lib/fairness/confusionCurve.js";
import {InputError} from "../cli/errors.js";
import {needRole} from "../system/needRole.js";
import type {System} from "../system/System.js";
import {fairnessPolicy} from "../contract/fairnessPolicy.js";
import type {FairnessPolicy} from "../../src/lib/fairness/fairnessTree.js";

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
  /** What the decision does to people (customProperties.fairness, fairnessPolicy), for the metric guide; null if undeclared. */
  policy: FairnessPolicy | null;
}

/**
 * The fairness conventions of a system, a view of its roles (see FairnessConvention).
 * @throws {InputError} when the contract lacks a role the review needs (decision, score, time, protected, key)
 * @example fairnessConvention(system).protected; // => ["sex", "age_band", "ethnicity"]
 */
export function fairnessConvention(system: Pick<System, "contract" | "roles">): FairnessConvention {
  const {contract, roles} = system;
  const decisions = contract.schema[0];
  if (!roles.protected.length)
    throw new InputError(`object ${decisions.name}: no column tagged protected`, {file: contract.file});
  if (!roles.key.length) throw new InputError(`object ${decisions.name}: no primaryKey column`, {file: contract.file});
  const outcome = needRole(system, "outcome");
  return {
    system: roles.system,
    positiveDecision: needRole(system, "positiveDecision"),
    decision: needRole(system, "decision"),
    finalDecision: roles.finalDecision ?? null,
    score: needRole(system, "score"),
    threshold: roles.threshold ?? null,
    direction: "lower",
    label: {object: outcome.object, column: outcome.label},
    positiveLabel: "false",
    protected: roles.protected,
    time: needRole(system, "time"),
    modelVersion: roles.modelVersion ?? null,
    decisionSource: roles.decisionSource ?? null,
    review: roles.review ?? null,
    override: roles.override ?? null,
    key: roles.key[0],
    policy: fairnessPolicy(contract)
  };
}
