import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {confidenceBand} from "../../../src/lib/models/confidenceBand.js";
import {outsideThresholds} from "../../../src/lib/models/outsideThresholds.js";
import {referenceThresholds} from "../../../src/lib/models/referenceThresholds.js";

const close = (a: number | null, b: number, tol = 1e-12) =>
  assert.ok(a !== null && Math.abs(a - b) <= tol, `${a} vs ${b}`);

describe("referenceThresholds", () => {
  it("is mean ± 3 population standard deviations of the reference values (nannyml/thresholds.py)", () => {
    // hand: mean 0.83, deviations ±0.03, ±0.01 → variance 0.002 / 4 = 0.0005, σ = 0.0223607 (ddof 0, np.nanstd)
    const t = referenceThresholds([0.8, 0.84, null, 0.82, 0.86, NaN]);
    close(t.lower, 0.83 - 3 * Math.sqrt(0.0005));
    close(t.upper, 0.83 + 3 * Math.sqrt(0.0005));
    close(referenceThresholds([0.8, 0.84], {std: 2}).upper, 0.86);
  });

  it("clips to the metric's limits, a threshold equal to a limit included", () => {
    // mean 0.97, σ = √(0.0008/3) = 0.01633: upper 1.019 → 1
    assert.equal(referenceThresholds([0.95, 0.99, 0.97]).upper, 1);
    assert.deepEqual(referenceThresholds([0.5, 1]), {lower: 0, upper: 1}); // 0.75 ± 0.75: both exactly at a limit
    // mean 0.5, σ 0.25 (exact in binary): k = 1 stays inside the limits [0.125, 0.875], k = 2 is clipped to them
    assert.deepEqual(referenceThresholds([0.25, 0.75], {std: 1}, [0.125, 0.875]), {lower: 0.25, upper: 0.75});
    assert.deepEqual(referenceThresholds([0.25, 0.75], {std: 2}, [0.125, 0.875]), {lower: 0.125, upper: 0.875});
  });

  it("takes a constant rule as given (clipped), and has no thresholds without reference values", () => {
    assert.deepEqual(referenceThresholds([0.1], {constant: {lower: 0.7, upper: null}}), {lower: 0.7, upper: null});
    assert.deepEqual(referenceThresholds([], {constant: {lower: -0.2, upper: 1.2}}), {lower: 0, upper: 1});
    assert.deepEqual(referenceThresholds([null]), {lower: null, upper: null});
    assert.throws(() => referenceThresholds([], {constant: {lower: 0.8, upper: 0.8}}), /invalid thresholds/);
    assert.throws(() => referenceThresholds([0.5], {std: -1}), /invalid k: -1/);
  });
});

describe("outsideThresholds", () => {
  it("alerts strictly outside only", () => {
    const t = {lower: 0.77, upper: 0.9};
    assert.equal(outsideThresholds(0.77, t), false);
    assert.equal(outsideThresholds(0.77 - 1e-12, t), true);
    assert.equal(outsideThresholds(0.9, t), false);
    assert.equal(outsideThresholds(0.9 + 1e-12, t), true);
    assert.equal(outsideThresholds(null, t), false);
    assert.equal(outsideThresholds(0.1, {lower: null, upper: 0.9}), false);
  });
});

describe("confidenceBand", () => {
  it("is value ± 3 SE clipped to [0, 1]", () => {
    const [lo, hi] = confidenceBand(0.5, 0.1);
    close(lo, 0.2);
    close(hi, 0.8);
    assert.deepEqual(confidenceBand(0.95, 0.02)[1], 1);
    assert.deepEqual(confidenceBand(0.05, 0.02)[0], 0);
    assert.deepEqual(confidenceBand(null, 0.1), [null, null]);
    assert.deepEqual(confidenceBand(0.5, null), [null, null]);
  });
});
