import type {ModelEntry} from "./modelEntry.js";
import {policyAt} from "./policyAt.js";
import {reproductionCheck, type ReproductionReport} from "./reproductionCheck.js";
import {runScores, type ScoringRuntime} from "./runScores.js";

/** A logged decision with its encoded feature vector, as the Replay page receives it. */
export interface SampleRow {
  decision_id: string;
  decided_at: string;
  score: number | null;
  decision: string;
  x: ArrayLike<number>;
}

/** The audit of one model version on sampled rows, with how fast the runtime scored them. */
export interface SampleReplay {
  report: ReproductionReport;
  scores: Float32Array;
  /** Scoring time in ms (runScores only) and rows per second (null for no rows or no measurable time). */
  ms: number;
  rows_per_second: number | null;
}

/**
 * Replays sampled logged decisions of one registered model version: packs the rows' feature vectors into one
 * float32 matrix, scores it with the runtime (runScores), and audits the log with reproductionCheck under the
 * policy in force at each decided_at (policyAt). `clock` times the scoring (pass `performance`).
 *
 * @throws {Error} when a row's feature vector does not have the model's length
 * @example
 * const {report, rows_per_second} = await replaySample(runtime, rows, entry, {clock: performance});
 */
export async function replaySample(
  runtime: ScoringRuntime,
  rows: readonly SampleRow[],
  entry: Pick<ModelEntry, "features" | "decision" | "input" | "output">,
  {clock, tolerance = 1e-6}: {clock: {now(): number}; tolerance?: number}
): Promise<SampleReplay> {
  const k = entry.features.length;
  const x = new Float32Array(rows.length * k);
  rows.forEach((r, i) => {
    if (r.x.length !== k) throw new Error(`invalid feature vector: ${r.decision_id} has ${r.x.length}, need ${k}`);
    x.set(r.x, i * k);
  });
  const started = clock.now();
  const scores = await runScores(runtime, x, k, {input: entry.input.name, output: entry.output.name});
  const ms = clock.now() - started;
  const report = reproductionCheck(rows, scores, (i) => policyAt(entry.decision, rows[i].decided_at), {tolerance});
  return {report, scores, ms, rows_per_second: rows.length && ms > 0 ? (rows.length / ms) * 1000 : null};
}
