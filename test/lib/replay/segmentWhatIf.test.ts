import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {segmentWhatIf} from "../../../src/lib/replay/segmentWhatIf.js";
import {tsRuntime} from "./tsRuntime.js";

describe("segmentWhatIf", () => {
  // score = σ(x0): x0 = −2, −1, 0, 1 → 0.12, 0.27, 0.5, 0.73
  const runtime = tsRuntime({type: "logistic_regression", weights: [1], bias: 0});
  const rows = Float32Array.of(-2, -1, 0, 1);
  const policy = {threshold: 0.3, below: "approve", above: "decline"};

  it("shifts a feature and counts the flips", async () => {
    const r = await segmentWhatIf(runtime, rows, 1, policy, policy, {feature: 0, add: 1});
    // hand derivation: shifted x0 = −1, 0, 1, 2 → approve, decline, decline, decline
    assert.equal(r.rows, 4);
    assert.deepEqual(r.before, {approve: 2, decline: 2});
    assert.deepEqual(r.after, {approve: 1, decline: 3});
    assert.equal(r.changed, 1);
    assert.deepEqual(r.flips, [
      {group: "all", from: "approve", to: "approve", count: 1},
      {group: "all", from: "approve", to: "decline", count: 1},
      {group: "all", from: "decline", to: "decline", count: 2}
    ]);
    assert.ok(r.mean_score_after! > r.mean_score_before!);
  });

  it("changes only the threshold when no shift is given", async () => {
    const r = await segmentWhatIf(runtime, rows, 1, policy, {threshold: 0.6, below: "approve", above: "decline"});
    assert.deepEqual(r.after, {approve: 3, decline: 1});
    assert.equal(r.changed, 1);
    assert.equal(r.mean_score_after, r.mean_score_before);
  });

  it("rejects a bad feature index", async () => {
    await assert.rejects(
      segmentWhatIf(runtime, rows, 1, policy, policy, {feature: 1, add: 1}),
      /invalid feature index: 1/
    );
  });
});
