import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {labelDrift} from "../../../src/lib/drift/labelDrift.js";

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.abs(expected),
    `${actual} != ${expected} (rel ${tolerance})`
  );

describe("labelDrift", () => {
  it("tests the positive rate with chi-square on the 2 × 2 table (scipy chi2_contingency, correction=False)", () => {
    // scipy 1.17.1: chi2_contingency([[2588, 18068], [520, 1988]], correction=False) → 129.59174671134778, p 5.0335247239488186e-30
    const d = labelDrift({labelled: 20656, positive: 2588}, {labelled: 2508, positive: 520});
    close(d.chi2.statistic, 129.59174671134778, 1e-12);
    close(d.chi2.pvalue, 5.0335247239488186e-30, 1e-9);
    assert.equal(d.chi2.dof, 1);
    assert.equal(d.reference_rate, 2588 / 20656);
    assert.equal(d.current_rate, 520 / 2508);
    assert.equal(d.difference, 520 / 2508 - 2588 / 20656);
    assert.equal(d.drifted, true);
  });

  it("identical rates give 0 and p 1; the threshold is p < alpha", () => {
    const same = labelDrift({labelled: 1000, positive: 100}, {labelled: 1000, positive: 100});
    assert.deepEqual([same.chi2.statistic, same.chi2.pvalue, same.drifted], [0, 1, false]);
    // scipy 1.17.1: chi2_contingency([[10, 20], [20, 10]], correction=False) → 6.666666666666667, p 0.009823274507519235
    const near = labelDrift({labelled: 30, positive: 10}, {labelled: 30, positive: 20});
    close(near.chi2.pvalue, 0.009823274507519235, 1e-9);
    assert.equal(near.drifted, true); // 0.0098 < 0.01
    assert.equal(labelDrift({labelled: 30, positive: 10}, {labelled: 30, positive: 20}, 0.005).drifted, false);
  });

  it("needs labelled decisions in both windows and sane counts", () => {
    assert.throws(
      () => labelDrift({labelled: 0, positive: 0}, {labelled: 5, positive: 1}),
      /labelled decisions in the reference window/
    );
    assert.throws(() => labelDrift({labelled: 5, positive: 1}, {labelled: 0, positive: 0}), /current window/);
    assert.throws(() => labelDrift({labelled: 5, positive: 6}, {labelled: 5, positive: 1}), /6 of 5/);
    assert.throws(() => labelDrift({labelled: 5, positive: 1}, {labelled: 5, positive: 1}, 0), /invalid alpha: 0/);
  });
});
