import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {normal} from "../../../src/lib/random/normal.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";

describe("normal", () => {
  it("normal(sfc32(7)) matches a Python Box–Muller over the same uniforms", () => {
    // /tmp/ref_prng.py sfc32(7): sqrt(-2 ln(1-u1)) cos(2 pi u2)
    const rng = sfc32(7);
    assert.equal(normal(rng), 0.2169979835957894);
    assert.equal(normal(rng), 1.3009976090862805);
  });

  it("has the requested mean and sd and normal tail mass", () => {
    const rng = sfc32(1);
    const n = 100_000;
    let sum = 0;
    let sum2 = 0;
    let within1 = 0;
    let within196 = 0;
    for (let i = 0; i < n; ++i) {
      const x = normal(rng, 10, 2);
      sum += x;
      sum2 += x * x;
      const z = Math.abs((x - 10) / 2);
      if (z < 1) ++within1;
      if (z < 1.959964) ++within196;
    }
    const mean = sum / n;
    const sd = Math.sqrt(sum2 / n - mean * mean);
    // standard errors: mean 2/sqrt(n) = 0.0063, sd ≈ 2/sqrt(2n) = 0.0045; tolerances ≈ 5 SE
    assert.ok(Math.abs(mean - 10) < 0.032, `mean ${mean}`);
    assert.ok(Math.abs(sd - 2) < 0.023, `sd ${sd}`);
    // scipy.stats.norm.cdf(1) - norm.cdf(-1) = 0.682689; SE sqrt(p(1-p)/n) = 0.0015
    assert.ok(Math.abs(within1 / n - 0.682689) < 0.0075);
    assert.ok(Math.abs(within196 / n - 0.95) < 0.0035);
  });

  it("rejects a negative sd", () => {
    assert.throws(() => normal(sfc32(1), 0, -1), /invalid sd: -1/);
  });
});
