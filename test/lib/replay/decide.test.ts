import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {decide} from "../../../src/lib/replay/decide.js";

describe("decide", () => {
  const single = {threshold: 0.2, below: "approve", above: "decline"};
  const band = {...single, refer_band: 0.05, refer: "refer"};

  it("takes the favourable decision strictly below the threshold and the other at and above it", () => {
    assert.equal(decide(0.19999, single), "approve");
    assert.equal(decide(0.2, single), "decline");
    assert.equal(decide(Math.fround(0.2), single), "decline", "fround(0.2) = 0.200000003 > 0.2");
  });

  it("refers scores strictly within the band, with the float64 arithmetic written", () => {
    assert.equal(decide(0.1, band), "approve");
    assert.equal(decide(0.16, band), "refer");
    assert.equal(decide(0.2, band), "refer");
    assert.equal(decide(0.26, band), "decline");
    // hand derivation: 0.25 − 0.2 = 0.04999999999999999 in float64, < 0.05, so exactly 0.25 is referred,
    // while 0.2 − 0.15 = 0.05000000000000002 is not < 0.05, so 0.15 is approved
    assert.equal(decide(0.25, band), "refer");
    assert.equal(decide(0.15, band), "approve");
  });

  it("throws for NaN and a band without a refer decision", () => {
    assert.throws(() => decide(NaN, single), /invalid score: NaN/);
    assert.throws(() => decide(0.1, {...single, threshold: NaN}), /invalid threshold: NaN/);
    assert.throws(() => decide(0.1, {...single, refer_band: 0.05}), /invalid policy: refer_band 0.05 without refer/);
  });
});

describe("decide with score_decimals", () => {
  it("rounds half up to the logged precision before comparing, as the service logs and decides", () => {
    const policy = {threshold: 0.2, below: "approve", above: "decline", score_decimals: 6};
    assert.equal(decide(0.19999949, policy), "approve");
    assert.equal(decide(0.1999995, policy), "decline", "0.1999995 rounds to 0.2");
    assert.equal(decide(0.1999995, {...policy, score_decimals: undefined}), "approve");
  });
});
