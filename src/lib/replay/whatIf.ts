import {decide, type DecisionPolicy} from "./decide.js";
import {runScores, type ScoringRuntime} from "./runScores.js";

/** A score and the decision the policy gives it. */
export interface Scored {
  score: number;
  decision: string;
}

/**
 * What-if for one decision: scores the logged feature row and a copy with `edits` applied (feature index →
 * new value, rounded to float32 as the model sees it) in one `run` call, and returns both scores and
 * decisions. `policy` decides the original, `newPolicy` (default: the same) the edited row, so a threshold
 * change is a what-if too.
 *
 * @throws {Error} for an edit index outside the row or a non-finite edit value
 * @example
 * await whatIf(runtime, row, new Map([[0, 52000]]), policy); // => {before: {...}, after: {...}}
 */
export async function whatIf(
  runtime: ScoringRuntime,
  row: Float32Array,
  edits: ReadonlyMap<number, number>,
  policy: DecisionPolicy,
  newPolicy: DecisionPolicy = policy
): Promise<{before: Scored; after: Scored}> {
  const k = row.length;
  const both = new Float32Array(2 * k);
  both.set(row, 0);
  both.set(row, k);
  for (const [index, value] of edits) {
    if (!(Number.isInteger(index) && index >= 0 && index < k)) throw new Error(`invalid feature index: ${index}`);
    if (!Number.isFinite(value)) throw new Error(`invalid value: ${value}`);
    both[k + index] = value;
  }
  const [s0, s1] = await runScores(runtime, both, k);
  return {before: {score: s0, decision: decide(s0, policy)}, after: {score: s1, decision: decide(s1, newPolicy)}};
}
