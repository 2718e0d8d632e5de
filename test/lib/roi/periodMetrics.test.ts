import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {periodMetrics} from "../../../src/lib/roi/periodMetrics.js";
import {cells, model} from "./fixture.js";

const before = cells.filter((c) => c.day < "2026-01-30");
const after = cells.filter((c) => c.day >= "2026-01-30");

describe("periodMetrics", () => {
  it("summarises the manual baseline (hand-counted from the fixture)", () => {
    assert.deepEqual(periodMetrics(before, model, {platformDays: 0}), {
      days: 2,
      decisions: 6,
      decisionsPerDay: 3,
      costPerDecision: 30,
      netValuePerDecision: -20, // (0.1·1600 − 0.5·200 − 180) / 6
      automationRate: 0,
      reviewRate: 1,
      reviewedPerDay: 3,
      reviewerHoursPerDay: 1.5,
      handlingMinutesPerDecision: 30,
      handlingMinutesPerReview: 30,
      approvalRate: 4 / 6,
      lossRate: 0.25, // 1 bad of 4 approvals with an outcome
      lossAmountRate: 200 / 1800,
      maturedShare: 1
    });
  });

  it("summarises the automated period with pending approvals", () => {
    const m = periodMetrics(after, model, {platformDays: 3});
    assert.equal(m.decisions, 17);
    assert.equal(m.costPerDecision, 93 / 17);
    assert.equal(m.reviewRate, 3 / 17);
    assert.equal(m.handlingMinutesPerReview, 2400 / 60 / 3);
    assert.equal(m.approvalRate, 12 / 17);
    assert.equal(m.lossRate, 1 / 7); // 1 bad of 4 + 1 + 2 approvals with an outcome
    assert.equal(m.maturedShare, 7 / 12);
    // hand: outcome value 0.1·3000 − 0.5·400 + 2300/34 = 167.647…; minus 93 → 74.647… / 17
    assert.ok(Math.abs(m.netValuePerDecision - (100 + 2300 / 34 - 93) / 17) < 1e-12);
  });

  it("reports null rates when there is nothing to rate, and rejects an empty period", () => {
    const m = periodMetrics([{...after[7], reviewed: 0, handlingSeconds: 0}], model, {platformDays: 0});
    assert.deepEqual([m.handlingMinutesPerReview, m.lossRate, m.maturedShare], [null, null, null]);
    assert.throws(() => periodMetrics([], model, {platformDays: 0}), /at least one decision: 0/);
  });
});
