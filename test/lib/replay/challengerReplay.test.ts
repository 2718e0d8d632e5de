import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {challengerReplay} from "../../../src/lib/replay/challengerReplay.js";
import {tsRuntime} from "./tsRuntime.js";

describe("challengerReplay", () => {
  it("scores logged inputs with the challenger and compares with the logged decisions per group", async () => {
    // challenger score = σ(x0): x0 = −2, 2, −2, 2 → approve, decline, approve, decline at cut 0.5
    const runtime = tsRuntime({type: "logistic_regression", weights: [1], bias: 0});
    const logged = ["approve", "approve", "approve", "decline"];
    const r = await challengerReplay(
      runtime,
      Float32Array.of(-2, 2, -2, 2),
      1,
      logged,
      {threshold: 0.5, below: "approve", above: "decline"},
      ["young", "young", "old", "old"]
    );
    assert.deepEqual(r.decisions, ["approve", "decline", "approve", "decline"]);
    assert.equal(r.agreement, 0.75);
    assert.deepEqual(r.flips, [
      {group: "old", from: "approve", to: "approve", count: 1},
      {group: "old", from: "decline", to: "decline", count: 1},
      {group: "young", from: "approve", to: "approve", count: 1},
      {group: "young", from: "approve", to: "decline", count: 1}
    ]);
  });
});
