import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {deriveSeed} from "../../../src/lib/random/deriveSeed.js";

describe("deriveSeed", () => {
  it("deriveSeed(42, 'credit-line', 17) matches an independent Python FNV-1a + mix64 port", () => {
    // Python: mix64(fnv1a64(b"credit-line\x1f17") ^ mix64(42))
    assert.equal(deriveSeed(42, "credit-line", 17), 0x753cb533f0af4e89n);
    assert.equal(deriveSeed(0), 0xf52a15e9a9b5e89bn);
  });

  it("different paths and seeds give different seeds", () => {
    const seeds = new Set([
      deriveSeed(42, "credit-line", 17),
      deriveSeed(42, "credit-line", 18),
      deriveSeed(42, "fraud-screen", 17),
      deriveSeed(43, "credit-line", 17),
      deriveSeed(42, "credit-line17")
    ]);
    assert.equal(seeds.size, 5);
  });

  it("deriveSeed rejects a non-integer seed", () => {
    assert.throws(() => deriveSeed(0.5, "x"), /invalid seed: 0.5/);
  });
});
