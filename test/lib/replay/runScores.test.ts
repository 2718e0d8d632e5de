import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {modelScore} from "../../../src/lib/replay/modelScore.js";
import {runScores} from "../../../src/lib/replay/runScores.js";
import {tsRuntime} from "./tsRuntime.js";

describe("runScores", () => {
  const model = {type: "logistic_regression" as const, weights: [0.5, -0.25], bias: 0.1};
  const features = Float32Array.from({length: 14}, (_, i) => i / 3);

  it("scores every row through run(feeds) in batches, in order", async () => {
    const calls: number[] = [];
    const s = await runScores(tsRuntime(model, calls), features, 2, {batchSize: 3});
    assert.deepEqual(calls, [3, 3, 1]);
    assert.deepEqual(s, modelScore(model, features));
  });

  it("rejects bad shapes and outputs", async () => {
    await assert.rejects(runScores(tsRuntime(model), features, 3), /invalid feature length: 14 for 3/);
    await assert.rejects(runScores(tsRuntime(model), features, 2, {output: "nope"}), /missing output: nope/);
    const wrong = {
      Tensor: tsRuntime(model).Tensor,
      session: {run: async () => ({score: {data: new Float32Array(1), dims: [1]}})}
    };
    await assert.rejects(runScores(wrong, features, 2), /invalid output: score has 1 values for 7 rows/);
  });
});
