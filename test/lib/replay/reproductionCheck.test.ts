import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {reproductionCheck} from "../../../src/lib/replay/reproductionCheck.js";

describe("reproductionCheck", () => {
  const policy = {threshold: 0.2, below: "approve", above: "decline"};
  const logged = [
    {decision_id: "a", score: 0.1, decision: "approve"},
    {decision_id: "b", score: 0.5, decision: "decline"},
    {decision_id: "c", score: 0.3, decision: "decline"},
    {decision_id: "d", score: 0.19, decision: "decline"},
    {decision_id: "e", score: null, decision: "approve"}
  ];

  it("reproduces rows within the tolerance and with the same decision, and lists the others", () => {
    const replayed = [0.1 + 9e-7, 0.5, 0.1, 0.19, 0.1];
    const r = reproductionCheck(logged, replayed, policy);
    assert.equal(r.rows, 5);
    assert.equal(r.reproduced, 2);
    assert.equal(r.reproduced_share, 0.4);
    assert.equal(r.mismatch_count, 3);
    assert.deepEqual(
      r.mismatches.map((m) => [m.decision_id, m.reason, m.replayed_decision]),
      [
        ["c", "score and decision", "approve"],
        ["d", "decision", "approve"],
        ["e", "missing score", "approve"]
      ]
    );
    assert.ok(Math.abs(r.mismatches[0].score_delta! - -0.2) < 1e-12);
    assert.equal(r.mismatches[2].score_delta, null);
  });

  it("treats a score off by more than the tolerance as a mismatch even when the decision agrees", () => {
    const r = reproductionCheck(logged.slice(0, 1), [0.1 + 2e-6], policy);
    assert.equal(r.mismatches[0].reason, "score");
    assert.equal(reproductionCheck(logged.slice(0, 1), [0.1 + 2e-6], policy, {tolerance: 1e-5}).reproduced, 1);
  });

  it("truncates the list but counts every mismatch", () => {
    const r = reproductionCheck(logged, [0.1, 0.9, 0.9, 0.9, 0.9], policy, {maxMismatches: 2});
    assert.equal(r.mismatch_count, 4);
    assert.equal(r.mismatches.length, 2);
    assert.equal(r.reproduced, 1);
  });

  it("handles no rows and rejects length mismatches", () => {
    assert.equal(reproductionCheck([], [], policy).reproduced_share, null);
    assert.throws(() => reproductionCheck(logged, [0.1], policy), /length mismatch: 5 logged, 1 replayed/);
  });
});

describe("reproductionCheck with a policy per row", () => {
  it("decides each row with the policy in force for it", () => {
    const early = {threshold: 0.5, below: "pass", above: "flag"};
    const late = {threshold: 0.42, below: "pass", above: "flag"};
    const logged = [
      {decision_id: "x", score: 0.45, decision: "pass"},
      {decision_id: "y", score: 0.45, decision: "flag"}
    ];
    const r = reproductionCheck(logged, [0.45, 0.45], (i) => (i === 0 ? early : late));
    assert.equal(r.reproduced, 2);
    assert.equal(reproductionCheck(logged, [0.45, 0.45], early).mismatches[0].decision_id, "y");
  });
});
