import {decide, type DecisionPolicy} from "./decide.js";

/** A logged model-made decision: its id, the score and decision the log says the model produced. */
export interface LoggedDecision {
  decision_id: string;
  score: number | null;
  decision: string;
}

/** A logged decision the replay did not reproduce. */
export interface Mismatch {
  decision_id: string;
  logged_score: number | null;
  replayed_score: number;
  /** replayed − logged score (null when the logged score is missing). */
  score_delta: number | null;
  logged_decision: string;
  replayed_decision: string;
  reason: "score" | "decision" | "score and decision" | "missing score";
}

/** The log-integrity audit: how many logged decisions the registered model reproduces. */
export interface ReproductionReport {
  rows: number;
  reproduced: number;
  /** reproduced / rows (null for no rows). */
  reproduced_share: number | null;
  /** Number of mismatches, all of them even when the list is truncated. */
  mismatch_count: number;
  /** The first maxMismatches mismatches in input order. */
  mismatches: Mismatch[];
}

/**
 * Compares logged model decisions with a replay of the same inputs through the registered model version:
 * a row is reproduced when |replayed − logged score| ≤ tolerance (default 1e-6) and the policy applied to
 * the replayed score gives the logged decision. A missing logged score is a mismatch. `policy` may be a
 * function of the row index when the registered threshold changed over time. O(n).
 *
 * @param logged rows made by one model version (decision_source "model"), in the order of `replayed`
 * @param replayed the replayed score of each row
 * @throws {Error} when the lengths differ, a replayed score is NaN, or the tolerance is negative
 * @example
 * reproductionCheck([{decision_id: "a", score: 0.1, decision: "approve"}], [0.1],
 *   {threshold: 0.2, below: "approve", above: "decline"}).reproduced_share; // => 1
 */
export function reproductionCheck(
  logged: readonly LoggedDecision[],
  replayed: ArrayLike<number>,
  policy: DecisionPolicy | ((index: number) => DecisionPolicy),
  {tolerance = 1e-6, maxMismatches = 100}: {tolerance?: number; maxMismatches?: number} = {}
): ReproductionReport {
  if (logged.length !== replayed.length)
    throw new Error(`length mismatch: ${logged.length} logged, ${replayed.length} replayed`);
  if (!(tolerance >= 0)) throw new Error(`invalid tolerance: ${tolerance}`);
  const mismatches: Mismatch[] = [];
  let count = 0;
  for (let i = 0; i < logged.length; ++i) {
    const {decision_id, score, decision} = logged[i];
    const replayed_score = replayed[i];
    const replayed_decision = decide(replayed_score, typeof policy === "function" ? policy(i) : policy);
    const missing = score === null || Number.isNaN(score);
    const scoreOk = !missing && Math.abs(replayed_score - score) <= tolerance;
    const decisionOk = replayed_decision === decision;
    if (scoreOk && decisionOk) continue;
    if (++count > maxMismatches) continue;
    mismatches.push({
      decision_id,
      logged_score: missing ? null : score,
      replayed_score,
      score_delta: missing ? null : replayed_score - score,
      logged_decision: decision,
      replayed_decision,
      reason: missing
        ? "missing score"
        : !scoreOk && !decisionOk
          ? "score and decision"
          : scoreOk
            ? "decision"
            : "score"
    });
  }
  const rows = logged.length;
  return {
    rows,
    reproduced: rows - count,
    reproduced_share: rows ? (rows - count) / rows : null,
    mismatch_count: count,
    mismatches
  };
}
