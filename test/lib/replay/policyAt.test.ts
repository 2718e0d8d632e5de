import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {policyAt} from "../../../src/lib/replay/policyAt.js";

describe("policyAt", () => {
  const decision = {
    threshold: 0.5,
    below: "pass",
    above: "flag",
    threshold_changes: [
      {from: "2026-03-17", threshold: 0.42},
      {from: "2026-05-01", threshold: 0.45}
    ]
  };

  it("uses the last threshold change at or before the time (00:00 UTC boundaries)", () => {
    assert.equal(policyAt(decision, "2026-03-16T23:59:59Z").threshold, 0.5);
    assert.equal(policyAt(decision, "2026-03-17T00:00:00Z").threshold, 0.42);
    assert.equal(policyAt(decision, "2026-04-30").threshold, 0.42);
    assert.equal(policyAt(decision, Date.UTC(2026, 4, 1)).threshold, 0.45);
    assert.deepEqual(policyAt(decision, "2026-01-01"), {threshold: 0.5, below: "pass", above: "flag"});
  });

  it("throws for an unparseable time", () => {
    assert.throws(() => policyAt(decision, "yesterday"), /invalid time: yesterday/);
  });
});
