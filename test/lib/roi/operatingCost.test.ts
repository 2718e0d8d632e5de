import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {costPerDecision} from "../../../src/lib/roi/costPerDecision.js";
import {netValue} from "../../../src/lib/roi/netValue.js";
import {operatingCost} from "../../../src/lib/roi/operatingCost.js";
import {cells, model} from "./fixture.js";

const before = cells.filter((c) => c.day < "2026-01-30");
const after = cells.filter((c) => c.day >= "2026-01-30");

describe("operatingCost, costPerDecision, netValue", () => {
  it("operatingCost of the baseline is handling time at the hourly rate", () => {
    // hand: 10800 s = 3 h × 60 = 180; no automated decision; no platform days
    assert.deepEqual(operatingCost(before, model, 0), {review: 180, automation: 0, platform: 0, total: 180});
  });

  it("operatingCost of the automated period adds run cost and platform days", () => {
    // hand: 2400 s = 2/3 h × 60 = 40; 17 automated × 1; 3 days × 365 × 12 / 365 = 36
    assert.deepEqual(operatingCost(after, model, 3), {review: 40, automation: 17, platform: 36, total: 93});
  });

  it("operatingCost adds review.perCase per reviewed case", () => {
    const m = {...model, review: {hourlyRate: 60, perCase: 2}};
    assert.equal(operatingCost(before, m, 0).review, 180 + 2 * 6);
  });

  it("costPerDecision divides by decisions: 180 / 6 and 93 / 17", () => {
    assert.equal(costPerDecision(before, model, 0), 30);
    assert.equal(costPerDecision(after, model, 3), 93 / 17);
  });

  it("netValue is outcome value minus operating cost", () => {
    // hand: outcomes 0.1 × 1600 − 0.5 × 200 = 60; minus 180
    assert.equal(netValue(before, model, {platformDays: 0}), -120);
  });

  it("rejects negative platform days and empty periods", () => {
    assert.throws(() => operatingCost(before, model, -1), /invalid platformDays: -1/);
    assert.throws(() => costPerDecision([], model, 0), /costPerDecision requires at least one decision: 0/);
  });
});
