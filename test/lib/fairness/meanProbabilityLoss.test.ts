import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {meanProbabilityLoss} from "../../../src/lib/fairness/meanProbabilityLoss.js";

const absolute = (p: number, y: 0 | 1) => Math.abs(p - y);

describe("meanProbabilityLoss", () => {
  it("averages the loss over the rows with a 0/1 or boolean label and a finite probability", () => {
    // hand derivation: kept rows (0.2, 1), (0.25, false), (0.5, true) → (0.8 + 0.25 + 0.5) / 3
    const p = [0.2, 0.25, 0.5, 0.9, NaN, Infinity, null, 0.3];
    const y = [1, false, true, null, 0, 1, 1, 2];
    assert.equal(meanProbabilityLoss(p, y, absolute), (0.8 + 0.25 + 0.5) / 3);
  });
  it("passes y as 0 or 1 whatever the label's type", () => {
    const seen: number[] = [];
    meanProbabilityLoss([0.1, 0.2, 0.3, 0.4], [true, false, 1, 0], (_, y) => seen.push(y));
    assert.deepEqual(seen, [1, 0, 1, 0]);
  });
  it("is null when no row is kept", () => {
    assert.equal(meanProbabilityLoss([], [], absolute), null);
    assert.equal(meanProbabilityLoss([0.5, null], [null, 1], absolute), null);
  });
  it("rejects columns of different lengths and a kept probability outside [0, 1], not a skipped one", () => {
    assert.throws(() => meanProbabilityLoss([0.5], [1, 0], absolute), /column lengths differ: 1 and 2/);
    assert.throws(() => meanProbabilityLoss([0.5, 1.5], [1, 0], absolute), /invalid probability: 1.5/);
    assert.equal(meanProbabilityLoss([1.5, 0.5], [null, 1], absolute), 0.5);
  });
});
