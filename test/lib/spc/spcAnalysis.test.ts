import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {spcAnalysis} from "../../../src/lib/spc/spcAnalysis.js";
import {we1} from "../../../src/lib/spc/rules/we1.js";

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} != ${expected} ± ${tolerance}`);

// Four baseline days at 10 % and 12 % of 100, then a Phase II day at 25 %.
const series = [10, 12, 10, 12, 25].map((count, i) => ({bucket: `2024-01-0${i + 1}`, count, n: 100}));

describe("spcAnalysis", () => {
  it("flags a Phase II shift on the p-chart, the EWMA and the CUSUM", () => {
    // hand derivation: p̄ = 44/400 = 0.11, σ₅ = sqrt(0.11·0.89/100) = 0.031289, UCL = 0.203867 < 0.25 → WE1;
    // individuals of p: x̄ = 0.11, MR̄ = 0.02, σ = 0.02/1.128 = 0.017730;
    // EWMA (λ 0.2): z₅ = 0.138525 > UCL₅ = 0.126752; CUSUM: C⁺₅ = 0.064 + (0.14/σ − 0.5) = 7.46 > 5
    // (recomputed with Python 3, same formulas).
    const a = spcAnalysis(series, {baseline: {to: "2024-01-04"}});
    assert.equal(a.kind, "proportion");
    assert.deepEqual(a.baseline, {start: 0, end: 4, from: "2024-01-01", to: "2024-01-04"});
    close(a.pChart!.center, 0.11, 1e-15);
    close(a.pChart!.points[4].ucl, 0.203867, 1e-6);
    assert.deepEqual(
      a.pChart!.points.map((d) => d.rules),
      [[], [], [], [], ["WE1"]]
    );
    close(a.individuals.sigma, 0.02 / 1.128, 1e-15);
    close(a.ewma!.points[4].z, 0.1385248, 1e-9);
    close(a.ewma!.points[4].ucl, 0.1267516, 1e-7);
    close(a.cusum!.points[4].cPlus, 7.46, 1e-9);
    assert.deepEqual(
      a.signals.map((s) => [s.bucket, s.phase, s.chart, s.rule]),
      [
        ["2024-01-05", 2, "p", "WE1"],
        ["2024-01-05", 2, "ewma", "EWMA"],
        ["2024-01-05", 2, "cusum", "CUSUM+"]
      ]
    );
  });

  it("charts a value series as individuals with run rules", () => {
    // hand derivation: baseline [10, 12, 10, 12]: x̄ = 11, σ = 2/1.128 = 1.7730, UCL = 16.319 < 30 → WE1
    const values = [10, 12, 10, 12, 30].map((value, i) => ({bucket: `2024-01-0${i + 1}`, value}));
    const a = spcAnalysis(values, {baseline: {to: "2024-01-04"}, rules: [we1]});
    assert.equal(a.kind, "value");
    assert.equal(a.pChart, null);
    close(a.individuals.points[4].ucl, 11 + (3 * 2) / 1.128, 1e-12);
    assert.deepEqual(a.individuals.points[4].rules, ["WE1"]);
    assert.deepEqual(a.signals[0], {bucket: "2024-01-05", index: 4, phase: 2, chart: "individuals", rule: "WE1"});
  });

  it("starts EWMA and CUSUM at the baseline's first bucket", () => {
    // hand derivation: a bucket before the baseline at 90 % would, at the start, push C⁺ to ≈ 44; starting at
    // the baseline (2024-01-02 .. 2024-01-05: 12, 10, 12, 10 %) it neither feeds nor triggers them
    const shifted = [
      {bucket: "2024-01-01", count: 90, n: 100},
      ...series.slice(1, 4),
      {bucket: "2024-01-05", count: 10, n: 100}
    ];
    const a = spcAnalysis(shifted, {baseline: {from: "2024-01-02"}});
    assert.deepEqual(
      a.ewma!.points.map((d) => d.bucket),
      ["2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"]
    );
    assert.equal(a.cusum!.points.length, 4);
    assert.ok(
      a.signals.every((s) => s.chart === "p"),
      JSON.stringify(a.signals)
    );
    assert.deepEqual(a.pChart!.points[0].rules, ["WE1"]);
  });

  it("passes λ, L, k and h through", () => {
    const a = spcAnalysis(series, {lambda: 1, L: 2, k: 0, h: 100});
    // hand derivation: λ = 1 makes z the value itself; with k = 0, C⁺₁ = max(0, (0.1 − x̄)/σ) = 0
    assert.equal(a.ewma!.points[1].z, 0.12);
    assert.equal(a.ewma!.L, 2);
    assert.equal(a.cusum!.h, 100);
    assert.ok(a.cusum!.points.every((d) => !d.signal));
  });

  it("omits EWMA and CUSUM when the baseline has no variation", () => {
    const flat = [5, 5, 5].map((count, i) => ({bucket: `d${i}`, count, n: 10}));
    const a = spcAnalysis(flat);
    assert.equal(a.ewma, null);
    assert.equal(a.cusum, null);
    assert.deepEqual(a.signals, []);
  });

  it("throws on an empty or mixed series", () => {
    assert.throws(() => spcAnalysis([]), /at least one bucket/);
    assert.throws(
      () =>
        spcAnalysis([
          {bucket: "a", count: 1, n: 2},
          {bucket: "b", n: 2}
        ]),
      /mixed series: bucket b/
    );
  });
});
