import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {cusum} from "../../../src/lib/spc/cusum.js";

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} != ${expected} ± ${tolerance}`);

describe("cusum", () => {
  it("matches Montgomery Example 9.1 (μ₀ = 10, σ = 1, k = 0.5, h = 5)", () => {
    // Montgomery, Introduction to Statistical Quality Control, 7th ed., Table 9.1 data and Table 9.2:
    // C⁺₂₉ = 5.28 is the first value beyond H = 5 (recomputed with numpy 2.4.6: C⁺₂₈ = 4.47, C⁺₃₀ = 5.30).
    const x = [9.45, 7.99, 9.29, 11.66, 12.16, 10.18, 8.04, 11.46, 9.2, 10.34, 9.03, 11.47, 10.51, 9.4, 10.08];
    x.push(9.37, 10.62, 10.31, 8.52, 10.84, 10.9, 9.33, 12.29, 11.5, 10.6, 11.08, 10.38, 11.62, 11.31, 10.52);
    const points = cusum(x, {center: 10, sigma: 1});
    close(points[27].cPlus, 4.47, 0.005);
    close(points[28].cPlus, 5.28, 0.005);
    close(points[29].cPlus, 5.3, 0.005);
    close(points[1].cMinus, 1.56, 0.005); // C⁻₂ = max(0, 9.5 − 7.99 + 0.05)
    assert.equal(points.findIndex((p) => p.signal) + 1, 29);
    assert.ok(points[29].signal, "no reset after a signal");
  });

  it("in σ units reproduces Montgomery & Runger Table 16-8 halved (μ₀ = 99, σ = 2, K = 1, H = 10)", () => {
    // Montgomery & Runger, Applied Statistics and Probability for Engineers, 3rd ed., Example 16-6, Table 16-8:
    // K = 1 = 0.5σ and H = 10 = 5σ with σ = 2, so our σ-unit sums are their sH(i), sL(i) divided by 2.
    const x = [102.0, 94.8, 98.3, 98.4, 102.0, 98.5, 99.0, 97.7, 100.0, 98.1, 101.3, 98.7, 101.1, 98.4, 97.0];
    x.push(96.7, 100.3, 101.4, 97.2, 101.0);
    const sH = [2.0, 0, 0, 0, 2.0, 0.5, 0, 0, 0, 0, 1.3, 0, 1.1, 0, 0, 0, 0.3, 1.7, 0, 1.0];
    const sL = [0, 3.2, 2.9, 2.5, 0, 0, 0, 0.3, 0, 0, 0, 0, 0, 0, 1.0, 2.3, 0, 0, 0.8, 0];
    const points = cusum(x, {center: 99, sigma: 2});
    points.forEach((p, i) => {
      close(p.cPlus, sH[i] / 2, 1e-9);
      close(p.cMinus, sL[i] / 2, 1e-9);
    });
    assert.ok(points.every((p) => !p.signal));
  });

  it("matches the Lucas & Crosier example without head start (k = 0.5, h = 5)", () => {
    // Lucas & Crosier (1982), Technometrics 24(3), Table 5, as reprinted in "Six Sigma: Advanced Tools for
    // Black Belts" (2006), Table 24.1: standardised x = 0.8, 1.9, 1.4, 2.0, 1.1, 0.7, 2.6 →
    // C⁺ = 0.3, 1.7, 2.6, 4.1, 4.7, 4.9, 7.0; signal at sample 7.
    const points = cusum([0.8, 1.9, 1.4, 2.0, 1.1, 0.7, 2.6], {center: 0, sigma: 1});
    [0.3, 1.7, 2.6, 4.1, 4.7, 4.9, 7.0].forEach((c, i) => close(points[i].cPlus, c, 1e-9));
    assert.deepEqual(
      points.map((p) => p.signal),
      [false, false, false, false, false, false, true]
    );
  });

  it("signals only when a sum strictly exceeds h, on either side", () => {
    // hand derivation: y = −5.5 → C⁻₁ = 5.5 − 0.5 = 5 = h: no signal; one more −0.6 → C⁻₂ = 5.1 > h.
    const points = cusum([-5.5, -0.6], {center: 0, sigma: 1});
    assert.equal(points[0].cMinus, 5);
    assert.equal(points[0].signal, false);
    close(points[1].cMinus, 5.1, 1e-12);
    assert.equal(points[1].signal, true);
    assert.equal(points[1].cPlus, 0);
  });

  it("throws on bad parameters, with the value", () => {
    assert.throws(() => cusum([1], {center: 0, sigma: 0}), /invalid sigma: 0/);
    assert.throws(() => cusum([1], {center: 0, sigma: 1, k: -1}), /invalid k: -1/);
    assert.throws(() => cusum([1], {center: 0, sigma: 1, h: 0}), /invalid h: 0/);
    assert.throws(() => cusum([NaN], {center: 0, sigma: 1}), /invalid value: NaN/);
  });
});
