/**
 * How a model score becomes a decision, as the sample systems decide (loaders/generate/plan.ts): the
 * favourable decision `below` when score < threshold, else `above`; with a refer band, scores with
 * |score − threshold| < refer_band get `refer` instead (credit-line: approve / refer / decline around 0.2 ± 0.05;
 * fraud-screen: pass / flag, no refer).
 */
export interface DecisionPolicy {
  threshold: number;
  below: string;
  above: string;
  refer_band?: number;
  refer?: string;
  /** The deployed service rounds the score to this many decimals (half up) before logging and deciding. */
  score_decimals?: number;
}

/**
 * The decision a policy gives a score, computed with exactly the float64 operations written above: with
 * score_decimals d the score is first rounded as the service logs it, `Math.round(score · 10^d) / 10^d`;
 * then `Math.abs(score - threshold) < refer_band` refers, else `score < threshold` gives `below`. So a
 * float32 model output decides the same way in the generator, in replay and in the browser.
 *
 * @throws {Error} for a NaN score or threshold, or a refer band without a refer decision
 * @example
 * decide(0.1, {threshold: 0.2, below: "approve", above: "decline"}); // => "approve"
 * decide(0.22, {threshold: 0.2, below: "approve", above: "decline", refer_band: 0.05, refer: "refer"}); // => "refer"
 */
export function decide(score: number, policy: DecisionPolicy): string {
  const {threshold, below, above, refer_band, refer, score_decimals} = policy;
  if (Number.isNaN(score)) throw new Error(`invalid score: ${score}`);
  if (score_decimals !== undefined) {
    const f = 10 ** score_decimals;
    score = Math.round(score * f) / f;
  }
  if (Number.isNaN(threshold)) throw new Error(`invalid threshold: ${threshold}`);
  if (refer_band !== undefined) {
    if (refer === undefined) throw new Error(`invalid policy: refer_band ${refer_band} without refer`);
    if (Math.abs(score - threshold) < refer_band) return refer;
  }
  return score < threshold ? below : above;
}
