import {flipMatrix, type FlipCell} from "../shadow/flipMatrix.js";
import {decide, type DecisionPolicy} from "./decide.js";
import {runScores, type ScoringRuntime} from "./runScores.js";

/** A challenger model scored on the champion's logged inputs. */
export interface ChallengerReplay {
  scores: Float32Array;
  decisions: string[];
  rows: number;
  /** Share of rows where the challenger's decision equals the logged champion decision (null for no rows). */
  agreement: number | null;
  /** champion → challenger decision counts per group. */
  flips: FlipCell[];
}

/**
 * Challenger replay: scores the same logged inputs with another model version (any runtime with `run`),
 * applies the challenger's policy, and compares with the logged champion decisions, overall and per group.
 *
 * @param features row-major float32 feature rows (n × k) as logged
 * @param championDecisions the logged decision of each row
 * @param groups optional segment of each row for the flip matrix
 * @throws {Error} when the lengths disagree
 * @example
 * const {agreement, flips} = await challengerReplay(runtime, features, 17, logged, policy, ageBands);
 */
export async function challengerReplay(
  runtime: ScoringRuntime,
  features: Float32Array,
  k: number,
  championDecisions: ArrayLike<string>,
  policy: DecisionPolicy,
  groups?: ArrayLike<string>
): Promise<ChallengerReplay> {
  const scores = await runScores(runtime, features, k);
  if (scores.length !== championDecisions.length)
    throw new Error(`length mismatch: ${scores.length} rows, ${championDecisions.length} decisions`);
  const decisions = Array.from(scores, (s) => decide(s, policy));
  let agree = 0;
  for (let i = 0; i < decisions.length; ++i) if (decisions[i] === championDecisions[i]) ++agree;
  return {
    scores,
    decisions,
    rows: decisions.length,
    agreement: decisions.length ? agree / decisions.length : null,
    flips: flipMatrix(championDecisions, decisions, groups)
  };
}
