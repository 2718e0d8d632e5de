import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {dayOfWeekFactors} from "../../../src/lib/quality/dayOfWeekFactors.js";
import {volumeAnomalies} from "../../../src/lib/quality/volumeAnomalies.js";

const close = (actual: number, expected: number, tolerance = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} != ${expected} ± ${tolerance}`);

/** n consecutive UTC days from 2026-01-05 (a Monday). */
const days = (n: number) =>
  Array.from({length: n}, (_, i) => new Date(Date.UTC(2026, 0, 5 + i)).toISOString().slice(0, 10));

describe("dayOfWeekFactors", () => {
  it("divides each weekday's baseline mean by the baseline mean", () => {
    // hand derivation: one week 10, 10, 10, 10, 10, 5, 5 → mean 60/7; weekdays 10/(60/7) = 7/6, weekend 5/(60/7) = 7/12
    const f = dayOfWeekFactors(days(7), [10, 10, 10, 10, 10, 5, 5]);
    [0, 1, 2, 3, 4].forEach((i) => close(f[i], 7 / 6));
    close(f[5], 7 / 12);
    close(f[6], 7 / 12);
  });

  it("takes the weekday means over the baseline only and applies them to later days", () => {
    // hand derivation: baseline = 2 weeks; Mondays 8 and 12 → mean 10; all 14 values sum 140 → mean 10; factor 1.
    // The third Monday (value 100, outside the baseline) gets the Monday factor 1 too.
    const values = [8, 10, 10, 10, 10, 10, 10, 12, 10, 10, 10, 10, 10, 10, 100];
    const f = dayOfWeekFactors(days(15), values, {end: 14});
    close(f[0], 1);
    close(f[14], 1);
  });

  it("throws when the baseline misses a weekday, on a bad day or a zero mean", () => {
    assert.throws(() => dayOfWeekFactors(days(6), [1, 1, 1, 1, 1, 1]), /no baseline value on weekday 0/);
    assert.throws(() => dayOfWeekFactors(["2026-1-5"], [1]), /invalid day: 2026-1-5/);
    assert.throws(() => dayOfWeekFactors(days(7), [0, 0, 0, 0, 0, 0, 0]), /baseline mean is 0/);
    assert.throws(() => dayOfWeekFactors(days(2), [1]), /2 days, 1 values/);
    assert.throws(() => dayOfWeekFactors(days(1), [-1]), /invalid value: -1/);
  });
});

describe("volumeAnomalies", () => {
  it("is an individuals chart on the counts when σ̂ exceeds the Poisson floor", () => {
    // hand derivation: x̄ = 560/5 = 112; MR̄ = (0 + 0 + 0 + 60)/4 = 15; σ̂ = 15/1.128 = 13.2979 > √112 = 10.583;
    // UCL = 112 + 3·13.2979 = 151.894 < 160 → high; LCL = 72.106
    const r = volumeAnomalies([100, 100, 100, 100, 160]);
    close(r.center, 112);
    close(r.sigma, 15 / 1.128);
    assert.equal(r.poissonFloor, false);
    close(r.points[4].ucl, 112 + (3 * 15) / 1.128);
    close(r.points[4].lcl, 112 - (3 * 15) / 1.128);
    assert.deepEqual(
      r.points.map((p) => p.anomaly),
      [null, null, null, null, "high"]
    );
  });

  it("floors σ̂ at √x̄ so a perfectly regular count does not flag a difference of one", () => {
    // hand derivation: baseline 4 × 900 → x̄ 900, MR̄ 0, σ̂ = √900 = 30; limits 810 … 990: 899 in, 1125 high, 700 low
    const r = volumeAnomalies([900, 900, 900, 900, 899, 1125, 700], {baseline: {end: 4}});
    assert.equal(r.sigma, 30);
    assert.equal(r.poissonFloor, true);
    assert.deepEqual(
      r.points.map((p) => p.anomaly),
      [null, null, null, null, null, "high", "low"]
    );
    assert.deepEqual(
      r.points.map((p) => p.phase),
      [1, 1, 1, 1, 2, 2, 2]
    );
  });

  it("scales the expected value and limits by each point's seasonal factor", () => {
    // hand derivation: a week 936 ×5, 515, 421 (the sample's credit-line pattern), then the same week with +25 %
    // on the weekdays. Factors from the first week: mean 5616/7 = 802.29; adjusted values all 802.29 → σ̂ = √802.29
    // = 28.325; weekday UCL = (7·936/5616)·(802.29 + 84.97) = 1035.1 < 1170 → high; weekend days stay in.
    const d = days(14);
    const week = [936, 936, 936, 936, 936, 515, 421];
    const values = [...week, ...week.map((v, i) => (i < 5 ? 1170 : v))];
    const factors = dayOfWeekFactors(d, values, {end: 7});
    const r = volumeAnomalies(values, {baseline: {end: 7}, factors});
    close(r.center, 5616 / 7, 1e-9);
    close(r.points[7].expected, 936, 1e-9);
    close(r.points[12].expected, 515, 1e-9);
    close(r.points[7].ucl, (936 / (5616 / 7)) * (5616 / 7 + 3 * Math.sqrt(5616 / 7)), 1e-9);
    assert.deepEqual(
      r.points.slice(7).map((p) => p.anomaly),
      ["high", "high", "high", "high", "high", null, null]
    );
    assert.ok(r.points.slice(0, 7).every((p) => p.anomaly === null));
  });

  it("clips the lower limit at 0 and validates its input", () => {
    // hand derivation: x̄ 2, MR̄ (2 + 2)/2 = 2 → σ̂ 1.773 > √2 = 1.414; LCL 2 − 5.32 < 0 → 0
    const r = volumeAnomalies([1, 3, 1]);
    assert.equal(r.points[0].lcl, 0);
    assert.throws(() => volumeAnomalies([1, 2], {factors: [1]}), /1 factors for 2 values/);
    assert.throws(() => volumeAnomalies([1, 2], {factors: [1, 0]}), /invalid factor: 0/);
    assert.throws(() => volumeAnomalies([5]), /at least 2 baseline points/);
  });
});
