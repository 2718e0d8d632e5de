import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {sigmoid} from "../../../src/lib/replay/sigmoid.js";
import {whatIf} from "../../../src/lib/replay/whatIf.js";
import {tsRuntime} from "./tsRuntime.js";

describe("whatIf", () => {
  // score = σ(x0 − x1): x = (1, 1) → 0.5 (decline at cut 0.4); x0 := −1 → σ(−2) ≈ 0.119 (approve)
  const runtime = tsRuntime({type: "logistic_regression", weights: [1, -1], bias: 0});
  const policy = {threshold: 0.4, below: "approve", above: "decline"};

  it("re-scores the edited row and decides it", async () => {
    const r = await whatIf(runtime, Float32Array.of(1, 1), new Map([[0, -1]]), policy);
    assert.deepEqual(r.before, {score: 0.5, decision: "decline"});
    assert.deepEqual(r.after, {score: sigmoid(-2), decision: "approve"});
  });

  it("applies a new policy to the edited row (a threshold what-if)", async () => {
    const r = await whatIf(runtime, Float32Array.of(1, 1), new Map(), policy, {...policy, threshold: 0.6});
    assert.equal(r.before.decision, "decline");
    assert.equal(r.after.decision, "approve");
    assert.equal(r.after.score, r.before.score);
  });

  it("rejects edits outside the row or non-finite values", async () => {
    await assert.rejects(whatIf(runtime, Float32Array.of(1, 1), new Map([[2, 0]]), policy), /invalid feature index: 2/);
    await assert.rejects(whatIf(runtime, Float32Array.of(1, 1), new Map([[0, NaN]]), policy), /invalid value: NaN/);
  });
});
