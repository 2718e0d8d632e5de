import {flipMatrix, type FlipCell} from "../shadow/flipMatrix.js";
import {decide, type DecisionPolicy} from "./decide.js";
import {runScores, type ScoringRuntime} from "./runScores.js";

/** A change to one feature for every row of a segment: x ← x · multiply + add. */
export interface FeatureShift {
  feature: number;
  add?: number;
  multiply?: number;
}

/** Before and after a segment what-if. */
export interface SegmentWhatIf {
  rows: number;
  before: Record<string, number>;
  after: Record<string, number>;
  /** before → after decision counts (group "all"). */
  flips: FlipCell[];
  changed: number;
  mean_score_before: number | null;
  mean_score_after: number | null;
}

/**
 * What-if for a segment: re-scores the segment's feature rows (row-major, n × k) as logged and with an
 * optional feature shift applied (result rounded to float32), decides the first with `policy` and the second
 * with `newPolicy` (e.g. a different threshold), and returns the decision mix before and after, the flip
 * counts and the mean scores. Two scoring passes of n rows.
 *
 * @throws {Error} for a feature index outside the row or a non-finite add/multiply
 * @example
 * await segmentWhatIf(runtime, rows, 17, policy, {threshold: 0.25, below: "approve", above: "decline"});
 */
export async function segmentWhatIf(
  runtime: ScoringRuntime,
  features: Float32Array,
  k: number,
  policy: DecisionPolicy,
  newPolicy: DecisionPolicy = policy,
  shift?: FeatureShift
): Promise<SegmentWhatIf> {
  const shifted = Float32Array.from(features);
  if (shift) {
    const {feature, add = 0, multiply = 1} = shift;
    if (!(Number.isInteger(feature) && feature >= 0 && feature < k))
      throw new Error(`invalid feature index: ${feature}`);
    if (!Number.isFinite(add) || !Number.isFinite(multiply)) throw new Error(`invalid shift: ${add}, ${multiply}`);
    for (let o = feature; o < shifted.length; o += k) shifted[o] = shifted[o] * multiply + add;
  }
  const s0 = await runScores(runtime, features, k);
  const s1 = shift ? await runScores(runtime, shifted, k) : s0;
  const d0 = Array.from(s0, (s) => decide(s, policy));
  const d1 = Array.from(s1, (s) => decide(s, newPolicy));
  const tally = (ds: string[]) => ds.reduce<Record<string, number>>((t, d) => ((t[d] = (t[d] ?? 0) + 1), t), {});
  const mean = (s: Float32Array) => (s.length ? s.reduce((a, b) => a + b, 0) / s.length : null);
  return {
    rows: s0.length,
    before: tally(d0),
    after: tally(d1),
    flips: flipMatrix(d0, d1),
    changed: d0.reduce((c, d, i) => c + (d !== d1[i] ? 1 : 0), 0),
    mean_score_before: mean(s0),
    mean_score_after: mean(s1)
  };
}
