import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {poisson} from "../../../src/lib/random/poisson.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";

describe("poisson", () => {
  it("has mean and variance lambda and P(0) = e^-lambda", () => {
    const rng = sfc32(9);
    const n = 100_000;
    let sum = 0;
    let sum2 = 0;
    let zeros = 0;
    for (let i = 0; i < n; ++i) {
      const k = poisson(rng, 2.5);
      assert.ok(Number.isInteger(k) && k >= 0);
      sum += k;
      sum2 += k * k;
      if (k === 0) ++zeros;
    }
    const mean = sum / n;
    const variance = sum2 / n - mean * mean;
    // SE of the mean sqrt(2.5/n) = 0.005
    assert.ok(Math.abs(mean - 2.5) < 0.025, `mean ${mean}`);
    assert.ok(Math.abs(variance - 2.5) < 0.06, `variance ${variance}`);
    // scipy.stats.poisson.pmf(0, 2.5) = 0.082085 (scipy 1.17); SE 0.00087
    assert.ok(Math.abs(zeros / n - 0.082085) < 0.0045);
  });

  it("returns 0 for lambda 0 and handles lambda 100", () => {
    const rng = sfc32(1);
    assert.equal(poisson(rng, 0), 0);
    const k = poisson(rng, 100);
    assert.ok(k > 50 && k < 150, `k ${k}`);
  });

  it("rejects invalid lambdas", () => {
    assert.throws(() => poisson(sfc32(1), -1), /invalid lambda: -1/);
    assert.throws(() => poisson(sfc32(1), 101), /invalid lambda: 101/);
    assert.throws(() => poisson(sfc32(1), NaN), /invalid lambda: NaN/);
  });
});
