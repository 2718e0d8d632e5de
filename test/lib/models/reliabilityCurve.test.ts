import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {calibrationError} from "../../../src/lib/models/calibrationError.js";
import {reliabilityCurve} from "../../../src/lib/models/reliabilityCurve.js";

const close = (a: number | null, b: number, eps = 1e-12) =>
  assert.ok(a !== null && Math.abs(a - b) < eps, `${a} vs ${b}`);

describe("reliabilityCurve", () => {
  it("bins labelled scores into ten equal-width bins with counts, mean score and observed rate", () => {
    // hand derivation: bin 0 = {0.05 → 0}; bin 1 = {0.15 → 0, 0.18 → 1}: mean 0.165, rate 0.5;
    // bin 9 = {0.95 → 1, 1.0 → 1} (1.0 falls in the last, closed bin); 0.5 has no label and is skipped
    const curve = reliabilityCurve([0.05, 0.15, 0.18, 0.95, 1, 0.5], [0, 0, 1, 1, true, null]);
    assert.equal(curve.length, 10);
    assert.deepEqual(
      curve.map((b) => b.count),
      [1, 2, 0, 0, 0, 0, 0, 0, 0, 2]
    );
    assert.deepEqual(curve[0], {bin: 0, lower: 0, upper: 0.1, count: 1, mean_score: 0.05, observed_rate: 0});
    close(curve[1].mean_score, 0.165);
    assert.equal(curve[1].observed_rate, 0.5);
    assert.deepEqual([curve[5].count, curve[5].mean_score, curve[5].observed_rate], [0, null, null]);
    close(curve[9].mean_score, 0.975);
    assert.equal(curve[9].observed_rate, 1);
  });

  it("puts a score on an inner edge in the upper bin", () => {
    // hand derivation: ⌊0.2 · 10⌋ = 2 and ⌊0.7 · 10⌋ = 7 (floating 7.000000000000001)
    const curve = reliabilityCurve([0.2, 0.7], [1, 0]);
    assert.equal(curve[2].count, 1);
    assert.equal(curve[7].count, 1);
    assert.equal(reliabilityCurve([0.5], [1], 4)[2].lower, 0.5);
  });

  it("matches sklearn's calibration_curve away from the edges", () => {
    const s = [0.02, 0.08, 0.13, 0.17, 0.22, 0.26, 0.29, 0.33, 0.41, 0.47, 0.52, 0.58, 0.66, 0.71, 0.74, 0.83, 0.88];
    const y = [0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 1, 1, 0, 1, 1, 1];
    s.push(0.91, 0.97, 0.99);
    y.push(0, 1, 1);
    // sklearn 1.2.1: calibration_curve(y, s, n_bins=10, strategy="uniform")
    const probTrue = [0.0, 0.5, 0.3333333333333333, 0.0, 0.5, 0.5, 1.0, 0.5, 1.0, 0.6666666666666666];
    const probPred = [0.05, 0.15, 0.25666666666666665, 0.33, 0.44, 0.55, 0.66, 0.725, 0.855, 0.9566666666666667];
    const curve = reliabilityCurve(s, y).filter((b) => b.count > 0);
    curve.forEach((b, i) => {
      close(b.observed_rate, probTrue[i]);
      close(b.mean_score, probPred[i]);
    });
  });

  it("throws for a score outside [0, 1], bad bins and length mismatches", () => {
    assert.throws(() => reliabilityCurve([1.2], [1]), /invalid score: 1.2/);
    assert.throws(() => reliabilityCurve([0.2], [1], 0), /invalid bins: 0/);
    assert.throws(() => reliabilityCurve([0.2], [1, 0]), /column lengths differ: 1 and 2/);
  });
});

describe("calibrationError", () => {
  it("weights each bin's gap between observed rate and mean score by its count", () => {
    // hand derivation: (1 · |0 − 0.05| + 2 · |0.5 − 0.165| + 1 · |1 − 0.95|) / 4 = 0.77 / 4 = 0.1925
    close(calibrationError(reliabilityCurve([0.05, 0.15, 0.18, 0.95], [0, 0, 1, 1])), 0.1925);
    assert.equal(calibrationError(reliabilityCurve([0.05], [null])), null);
  });
});
