import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {modelScore} from "../../../src/lib/replay/modelScore.js";
import {replaySample} from "../../../src/lib/replay/replaySample.js";
import {tsRuntime} from "./tsRuntime.js";

describe("replaySample", () => {
  const model = {type: "logistic_regression" as const, weights: [1, -1], bias: 0};
  const entry = {
    features: ["a", "b"],
    input: {name: "features", dtype: "float32" as const},
    output: {name: "score", meaning: "p"},
    decision: {threshold: 0.5, below: "pass", above: "flag", threshold_changes: [{from: "2026-03-17", threshold: 0.42}]}
  };
  const score = (x: number[]) => modelScore(model, Float32Array.from(x))[0];

  it("reproduces rows logged with the policy in force at their time, and times the scoring", async () => {
    const x1 = [0, 0.2]; // σ(−0.2) ≈ 0.45: pass before 2026-03-17, flag after
    const rows = [
      {decision_id: "a", decided_at: "2026-03-16T12:00:00Z", score: score(x1), decision: "pass", x: x1},
      {decision_id: "b", decided_at: "2026-03-17T12:00:00Z", score: score(x1), decision: "flag", x: x1},
      {decision_id: "c", decided_at: "2026-03-17T12:00:00Z", score: score(x1) + 0.01, decision: "flag", x: x1}
    ];
    let t = 0;
    const clock = {now: () => (t += 5)};
    const r = await replaySample(tsRuntime(model), rows, entry, {clock});
    assert.equal(r.report.reproduced, 2);
    assert.deepEqual(
      r.report.mismatches.map((m) => [m.decision_id, m.reason]),
      [["c", "score"]]
    );
    assert.equal(r.ms, 5);
    assert.equal(r.rows_per_second, 600);
  });

  it("rejects a feature vector of the wrong length", async () => {
    const rows = [{decision_id: "z", decided_at: "2026-01-01T00:00:00Z", score: 0.5, decision: "pass", x: [1]}];
    await assert.rejects(
      replaySample(tsRuntime(model), rows, entry, {clock: performance}),
      /invalid feature vector: z has 1, need 2/
    );
  });
});
