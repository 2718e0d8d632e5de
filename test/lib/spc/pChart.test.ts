import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {pChart} from "../../../src/lib/spc/pChart.js";

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} != ${expected} ± ${tolerance}`);

describe("pChart", () => {
  it("matches the NIST/SEMATECH e-Handbook wafer example (§6.3.3.2)", () => {
    // NIST/SEMATECH e-Handbook §6.3.3.2: 30 samples of 50 wafers; p̄ = 0.2313, UCL = 0.4102, LCL = 0.0524.
    const defects = [12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12];
    defects.push(7, 13, 9, 6);
    const chart = pChart(defects.map((count) => ({count, n: 50})));
    close(chart.center, 0.2313, 5e-5);
    close(chart.points[0].ucl, 0.4102, 5e-5);
    close(chart.points[0].lcl, 0.0524, 5e-5);
    assert.deepEqual(chart.baseline, {start: 0, end: 30});
    assert.ok(chart.points.every((p) => p.phase === 1));
  });

  it("gives each subgroup its own limits and zones, clipped to [0, 1]", () => {
    // hand derivation: p̄ = (5 + 45)/(100 + 400) = 0.1, p̄(1 − p̄) = 0.09;
    // n = 100: σ = 0.03 → limits 0.01, 0.19; n = 400: σ = 0.015 → 0.055, 0.145;
    // n = 9 (Phase II): σ = 0.1 → LCL −0.2 clipped to 0, UCL 0.4, 2σ zone [0, 0.3], 1σ zone [0, 0.2].
    const chart = pChart(
      [
        {count: 5, n: 100},
        {count: 45, n: 400},
        {count: 5, n: 9}
      ],
      {baseline: {end: 2}}
    );
    close(chart.center, 0.1, 1e-15);
    const [a, b, c] = chart.points;
    close(a.sigma, 0.03, 1e-15);
    close(a.lcl, 0.01, 1e-15);
    close(a.ucl, 0.19, 1e-15);
    close(a.lower2, 0.04, 1e-15);
    close(a.upper1, 0.13, 1e-15);
    close(b.lcl, 0.055, 1e-15);
    close(b.ucl, 0.145, 1e-15);
    assert.equal(c.lcl, 0);
    assert.equal(c.lower2, 0);
    close(c.lower1, 0, 1e-15);
    close(c.ucl, 0.4, 1e-15);
    close(c.upper2, 0.3, 1e-15);
    close(c.p, 5 / 9, 1e-15);
    assert.deepEqual(
      chart.points.map((p) => p.phase),
      [1, 1, 2]
    );
  });

  it("clips the upper limit at 1", () => {
    // hand derivation: p̄ = 9/10 = 0.9, n = 10: σ = sqrt(0.09/10) = 0.0949, p̄ + 3σ = 1.185 → 1.
    const chart = pChart([{count: 9, n: 10}]);
    assert.equal(chart.points[0].ucl, 1);
    close(chart.points[0].lcl, 0.9 - 3 * Math.sqrt(0.009), 1e-15);
  });

  it("throws on bad input, with the value", () => {
    assert.throws(() => pChart([]), /at least one subgroup/);
    assert.throws(() => pChart([{count: 1, n: 0}]), /invalid subgroup size: 0/);
    assert.throws(() => pChart([{count: 3, n: 2}]), /invalid count: 3 of 2/);
    assert.throws(() => pChart([{count: 1.5, n: 2}]), /invalid count: 1.5/);
    assert.throws(() => pChart([{count: 1, n: 2}], {baseline: {start: 1, end: 1}}), /invalid baseline: 1..1 of 1/);
  });
});
