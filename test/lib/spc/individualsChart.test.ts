import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {individualsChart} from "../../../src/lib/spc/individualsChart.js";

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} != ${expected} ± ${tolerance}`);

// Chemical process concentration data: Montgomery & Runger, Applied Statistics and Probability for Engineers,
// 3rd ed., Table 16-3 / Example 16-4: x̄ = 99.1, MR̄ = 2.59, UCL = 105.99, LCL = 92.21; MR chart UCL = 8.46.
const concentration = [102.0, 94.8, 98.3, 98.4, 102.0, 98.5, 99.0, 97.7, 100.0, 98.1];
concentration.push(101.3, 98.7, 101.1, 98.4, 97.0, 96.7, 100.3, 101.4, 97.2, 101.0);

describe("individualsChart", () => {
  it("matches the concentration example of Montgomery & Runger (Example 16-4)", () => {
    const chart = individualsChart(concentration);
    // exact: Σx = 1981.9 → x̄ = 99.095; Σ|Δx| = 49.2 → MR̄ = 49.2/19 = 2.58947 (numpy 2.4.6 agrees)
    close(chart.center, 99.095, 1e-12);
    close(chart.mrBar, 49.2 / 19, 1e-12);
    close(chart.sigma, 49.2 / 19 / 1.128, 1e-12);
    close(chart.points[0].ucl, 105.98, 0.01);
    close(chart.points[0].lcl, 92.21, 0.01);
    close(chart.mrUcl, 8.46, 0.005);
    assert.equal(chart.points[0].mr, null);
    close(chart.points[1].mr!, 7.2, 1e-12);
  });

  it("estimates on the baseline only and marks later points Phase II", () => {
    // hand derivation: baseline [1, 3, 2]: x̄ = 2, MR̄ = (2 + 1)/2 = 1.5, σ = 1.5/1.128 = 1.32979,
    // UCL = 2 + 3σ = 5.98936; the Phase II point 9 lies beyond it; its MR (7) is not in MR̄.
    const chart = individualsChart([1, 3, 2, 9], {baseline: {end: 3}});
    assert.equal(chart.center, 2);
    assert.equal(chart.mrBar, 1.5);
    close(chart.points[3].ucl, 5.98936, 1e-5);
    assert.deepEqual(
      chart.points.map((p) => p.phase),
      [1, 1, 1, 2]
    );
    assert.equal(chart.mrUcl, 3.267 * 1.5);
  });

  it("supports a baseline in the middle of the series", () => {
    // hand derivation: baseline indices 1..2 = [10, 14]: x̄ = 12, MR̄ = 4 (the pair 0–1 is not in the baseline)
    const chart = individualsChart([100, 10, 14, 13], {baseline: {start: 1, end: 3}});
    assert.equal(chart.center, 12);
    assert.equal(chart.mrBar, 4);
  });

  it("throws on too short a baseline or a non-finite value", () => {
    assert.throws(() => individualsChart([1]), /at least 2 baseline points/);
    assert.throws(() => individualsChart([1, 2, 3], {baseline: {end: 1}}), /at least 2 baseline points/);
    assert.throws(() => individualsChart([1, NaN]), /invalid value: NaN/);
  });
});
