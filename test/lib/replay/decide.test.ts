import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {decide} from "../../../src/lib/replay/decide.js";

describe("decide", () => {
  const single = {cuts: [0.2], decisions: ["approve", "decline"]};
  const band = {cuts: [0.15, 0.3], decisions: ["approve", "refer", "decline"]};

  it("takes the lower decision strictly below a cut and the upper one at and above it", () => {
    assert.equal(decide(0.19999, single), "approve");
    assert.equal(decide(0.2, single), "decline");
    assert.equal(decide(Math.fround(0.2), single), "decline", "fround(0.2) = 0.200000003 > 0.2");
    assert.equal(decide(0.1, band), "approve");
    assert.equal(decide(0.15, band), "refer");
    assert.equal(decide(0.3, band), "decline");
  });

  it("throws for NaN scores and malformed policies", () => {
    assert.throws(() => decide(NaN, single), /invalid score: NaN/);
    assert.throws(() => decide(0.1, {cuts: [0.2], decisions: ["a"]}), /invalid policy: 1 cuts, 1 decisions/);
    assert.throws(() => decide(0.5, {cuts: [0.3, 0.2], decisions: ["a", "b", "c"]}), /invalid cuts: 0.3,0.2/);
  });
});
