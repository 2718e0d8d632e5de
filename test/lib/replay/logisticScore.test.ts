import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {logisticScore} from "../../../src/lib/replay/logisticScore.js";

describe("logisticScore", () => {
  it("computes σ(b + w·x) per row", () => {
    // hand derivation: row 1: 2·1 + 2·(−1) + 0 = 0 → 0.5; row 2: 0.5·2 + 0.25·4 − 1 = 1 → σ(1)
    // = 0.7310585786300049 (scipy.special.expit)
    const s = logisticScore({weights: [0.5, 0.25], bias: -1}, Float32Array.of(0, 4, 2, 4));
    assert.equal(s.length, 2);
    assert.equal(s[0], 0.5);
    assert.ok(Math.abs(s[1] - 0.7310585786300049) < 1e-6);
  });

  it("rounds coefficients to float32 as the ONNX initializer does", () => {
    const a = logisticScore({weights: [0.1], bias: 0.3}, Float32Array.of(3));
    const b = logisticScore({weights: [Math.fround(0.1)], bias: Math.fround(0.3)}, Float32Array.of(3));
    assert.deepEqual(a, b);
  });

  it("throws for a feature length that is not a multiple of the weights", () => {
    assert.throws(
      () => logisticScore({weights: [1, 2], bias: 0}, Float32Array.of(1, 2, 3)),
      /invalid feature length: 3/
    );
    assert.throws(() => logisticScore({weights: [], bias: 0}, Float32Array.of()), /invalid feature length/);
  });
});
