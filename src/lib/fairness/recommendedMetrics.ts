import {fairnessTree, type FairnessPolicy, type TreeAdvice} from "./fairnessTree.js";
import type {RateName} from "./rateFractions.js";

/** The rates a fairness review checks by default when the system declares no fairness policy. */
export const DEFAULT_RATES: readonly RateName[] = ["selection_rate", "tpr", "fpr"];

/**
 * The rates to check for a system whose review counts `positiveDecision` (the favourable decision) as the positive
 * prediction: the metrics the fairness tree recommends for its declared policy (fairnessTree, with the error rates
 * swapped when the intervention is another decision), or DEFAULT_RATES and no advice without a policy.
 *
 * @example recommendedMetrics({intervention: "assistive", interventionDecision: "approve", scarce: false, concern: "errors"}, "approve").rates; // => ["fnr", "selection_rate"]
 */
export function recommendedMetrics(
  policy: FairnessPolicy | null,
  positiveDecision: string
): {rates: RateName[]; advice: TreeAdvice | null} {
  if (!policy) return {rates: [...DEFAULT_RATES], advice: null};
  const advice = fairnessTree(policy, {positiveIsIntervention: policy.interventionDecision === positiveDecision});
  return {rates: advice.metrics, advice};
}
