import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {sfc32} from "../../../src/lib/random/sfc32.js";
import {weightedIndex} from "../../../src/lib/random/weightedIndex.js";

describe("weightedIndex", () => {
  it("draws indices with probabilities proportional to the weights, never a zero weight", () => {
    const rng = sfc32(4);
    const n = 80_000;
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < n; ++i) ++counts[weightedIndex(rng, [0, 3, 1, 0])];
    assert.equal(counts[0], 0);
    assert.equal(counts[3], 0);
    // expected 0.75, 0.25; SE 0.0015
    assert.ok(Math.abs(counts[1] / n - 0.75) < 0.008, `share ${counts[1] / n}`);
  });

  it("agrees with categorical's inversion on the same uniforms", () => {
    // both invert the cumulative weights: u·total < w0 → 0, < w0+w1 → 1, else 2
    const fixed = (u: number) => () => u;
    assert.equal(weightedIndex(fixed(0.1), [1, 1, 2]), 0);
    assert.equal(weightedIndex(fixed(0.3), [1, 1, 2]), 1);
    assert.equal(weightedIndex(fixed(0.9), [1, 1, 2]), 2);
  });

  it("rejects empty, negative and all-zero weights", () => {
    assert.throws(() => weightedIndex(sfc32(1), []), /invalid weight total: 0/);
    assert.throws(() => weightedIndex(sfc32(1), [1, -2]), /invalid weight: -2/);
    assert.throws(() => weightedIndex(sfc32(1), [0, 0]), /invalid weight total: 0/);
  });
});
