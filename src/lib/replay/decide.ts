/**
 * How a model score becomes a decision: ascending cut points split [0, 1] into intervals
 * [cuts[i−1], cuts[i]), and decisions[i] is the decision for interval i. A single threshold t with
 * "approve when score < t, else decline" is `{cuts: [t], decisions: ["approve", "decline"]}`; a refer band
 * [a, b) adds a cut and a decision: `{cuts: [a, b], decisions: ["approve", "refer", "decline"]}`.
 */
export interface DecisionPolicy {
  cuts: number[];
  decisions: string[];
}

/**
 * The decision a policy gives a score: decisions[i] for the first i with score < cuts[i], else the last
 * decision. Scores are compared as given (a float32 model output widened to float64, as logged).
 *
 * @throws {Error} for a NaN score, or a policy whose cuts are not ascending or do not number decisions − 1
 * @example
 * decide(0.1, {cuts: [0.2], decisions: ["approve", "decline"]}); // => "approve"
 * decide(0.2, {cuts: [0.2], decisions: ["approve", "decline"]}); // => "decline"
 */
export function decide(score: number, policy: DecisionPolicy): string {
  const {cuts, decisions} = policy;
  if (decisions.length !== cuts.length + 1)
    throw new Error(`invalid policy: ${cuts.length} cuts, ${decisions.length} decisions`);
  if (Number.isNaN(score)) throw new Error(`invalid score: ${score}`);
  for (let i = 0; i < cuts.length; ++i) {
    if (i > 0 && !(cuts[i] >= cuts[i - 1])) throw new Error(`invalid cuts: ${cuts.join(",")}`);
    if (score < cuts[i]) return decisions[i];
  }
  return decisions[cuts.length];
}
