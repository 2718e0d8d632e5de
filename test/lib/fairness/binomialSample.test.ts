import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {binomialSample} from "../../../src/lib/fairness/binomialSample.js";
import {mulberry32} from "../../../src/lib/random/mulberry32.js";

/** Pearson's chi-square of N seeded draws against the exact Binomial(n, p) pmf, tails merged to expected ≥ 5. */
function chiSquare(n: number, p: number, draws: number, seed: number): {stat: number; df: number} {
  // count n − x for p > 0.5 so the pmf recursion starts at (1 − p')^n with p' ≤ 0.5 (no underflow)
  const flip = p > 0.5;
  const q = flip ? 1 - p : p;
  const pmf = [Math.pow(1 - q, n)];
  for (let k = 0; k < n; ++k) pmf.push((pmf[k] * (n - k) * q) / ((k + 1) * (1 - q)));
  const counts = new Float64Array(n + 1);
  const random = mulberry32(seed);
  for (let i = 0; i < draws; ++i) {
    const x = binomialSample(n, p, random);
    ++counts[flip ? n - x : x];
  }
  let stat = 0;
  let df = -1;
  let obs = 0;
  let exp = 0;
  for (let k = 0; k <= n; ++k) {
    obs += counts[k];
    exp += pmf[k] * draws;
    if (exp >= 5 || k === n) {
      stat += ((obs - exp) * (obs - exp)) / Math.max(exp, 1e-12);
      ++df;
      obs = exp = 0;
    }
  }
  return {stat, df};
}

/** The 0.999 quantile of chi-square(df), Wilson–Hilferty approximation with z = 3.090 (scipy norm.ppf(0.999)). */
const critical = (df: number) => df * Math.pow(1 - 2 / (9 * df) + 3.090232306167813 * Math.sqrt(2 / (9 * df)), 3);

describe("binomialSample", () => {
  it("fits the exact pmf by inversion (n p < 10)", () => {
    const {stat, df} = chiSquare(20, 0.2, 20_000, 3);
    assert.ok(stat < critical(df), `chi2 ${stat} df ${df}`);
  });
  it("fits the exact pmf by BTRS (n p ≥ 10), including p > 0.5", () => {
    for (const [n, p] of [
      [100, 0.3],
      [400, 0.85]
    ]) {
      const {stat, df} = chiSquare(n, p, 20_000, 5);
      assert.ok(stat < critical(df), `n ${n} p ${p}: chi2 ${stat} df ${df}`);
    }
  });
  it("has mean n p for n = 1e6 (within 5 standard errors)", () => {
    const random = mulberry32(11);
    let s = 0;
    const draws = 2000;
    for (let i = 0; i < draws; ++i) s += binomialSample(1_000_000, 0.01, random);
    const se = Math.sqrt((1_000_000 * 0.01 * 0.99) / draws);
    assert.ok(Math.abs(s / draws - 10_000) < 5 * se, `${s / draws}`);
  });
  it("handles the edges and rejects bad input", () => {
    const random = mulberry32(1);
    assert.equal(binomialSample(0, 0.5, random), 0);
    assert.equal(binomialSample(7, 0, random), 0);
    assert.equal(binomialSample(7, 1, random), 7);
    assert.throws(() => binomialSample(2.5, 0.5, random), /invalid n: 2.5/);
    assert.throws(() => binomialSample(2, 1.5, random), /invalid p: 1.5/);
  });
});
