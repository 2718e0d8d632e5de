import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {categorical} from "../../../src/lib/random/categorical.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";

describe("categorical", () => {
  it("draws indices with probabilities proportional to the weights, never a zero weight", () => {
    const sample = categorical([2, 0, 1, 1, 0]);
    const rng = sfc32(3);
    const n = 80_000;
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < n; ++i) ++counts[sample(rng)];
    assert.equal(counts[1], 0);
    assert.equal(counts[4], 0);
    // expected 0.5, 0.25, 0.25; SE ≤ 0.0018
    assert.ok(Math.abs(counts[0] / n - 0.5) < 0.009);
    assert.ok(Math.abs(counts[2] / n - 0.25) < 0.008);
    assert.ok(Math.abs(counts[3] / n - 0.25) < 0.008);
  });

  it("a single weight always gives 0", () => {
    const sample = categorical([3]);
    const rng = sfc32(1);
    for (let i = 0; i < 100; ++i) assert.equal(sample(rng), 0);
  });

  it("rejects empty, negative and all-zero weights", () => {
    assert.throws(() => categorical([]), /categorical requires at least 1 weight/);
    assert.throws(() => categorical([1, -1]), /invalid weight: -1/);
    assert.throws(() => categorical([0, 0]), /invalid weight total: 0/);
  });
});
