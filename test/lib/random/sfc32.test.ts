import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {sfc32} from "../../../src/lib/random/sfc32.js";

describe("sfc32", () => {
  it("sfc32(42) matches a Python port of PractRand's sfc32::raw32 with splitmix64 seeding", () => {
    // /tmp/ref_prng.py: sfc32(42) raw outputs after discarding 12
    const rng = sfc32(42);
    const raw = Array.from({length: 5}, () => rng() * 2 ** 32);
    assert.deepEqual(raw, [1281811455, 3891476829, 219889211, 2835935739, 2097133875]);
    const zero = sfc32(0);
    assert.deepEqual(
      [zero(), zero(), zero()].map((u) => u * 2 ** 32),
      [2658987508, 2604259909, 2066695093]
    );
  });

  it("the same seed gives the same stream, a different seed a different one", () => {
    const a = sfc32(7);
    const b = sfc32(7);
    const c = sfc32(8);
    const xs = Array.from({length: 100}, () => a());
    assert.deepEqual(
      Array.from({length: 100}, () => b()),
      xs
    );
    assert.notDeepEqual(
      Array.from({length: 100}, () => c()),
      xs
    );
  });

  it("outputs lie in [0, 1) and are uniform (chi-square over 20 bins)", () => {
    const rng = sfc32(123);
    const n = 200_000;
    const bins = new Array(20).fill(0);
    for (let i = 0; i < n; ++i) {
      const u = rng();
      assert.ok(u >= 0 && u < 1);
      ++bins[Math.floor(u * 20)];
    }
    const expected = n / 20;
    const chi2 = bins.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    // scipy.stats.chi2.ppf(0.999, 19) = 43.82 (scipy 1.17): fails by chance once in 1000 seeds; seed fixed
    assert.ok(chi2 < 43.82, `chi2 ${chi2}`);
  });
});
