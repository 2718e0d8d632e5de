import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {sigmoid} from "../../../src/lib/replay/sigmoid.js";

describe("sigmoid", () => {
  it("is within 1e-6 of the exact logistic function", () => {
    // scipy.special.expit(1.0) = 0.7310585786300049, expit(-3.0) = 0.04742587317756678 (scipy 1.17)
    assert.ok(Math.abs(sigmoid(1) - 0.7310585786300049) < 1e-6);
    assert.ok(Math.abs(sigmoid(-3) - 0.04742587317756678) < 1e-6);
    assert.equal(sigmoid(0), 0.5);
    for (let z = -30; z <= 30; z += 0.37) {
      const exact = 1 / (1 + Math.exp(-z));
      assert.ok(Math.abs(sigmoid(z) - exact) < 1e-6, `z = ${z}`);
      assert.ok(Math.abs(sigmoid(z, false) - exact) < 1e-6, `z = ${z} unfused`);
    }
  });

  it("returns float32 values in [0, 1], non-decreasing up to 2e-7 (MLAS is not exactly monotone), NaN for NaN", () => {
    let previous = 0;
    for (let z = -25; z <= 25; z += 0.01) {
      const s = sigmoid(z);
      assert.equal(Math.fround(s), s);
      assert.ok(s >= previous - 2e-7 && s >= 0 && s <= 1, `z = ${z}`);
      previous = s;
    }
    assert.equal(sigmoid(1e6), sigmoid(18), "clamped at 18 like MLAS");
    assert.ok(Number.isNaN(sigmoid(NaN)));
  });

  it("fused and unfused multiply-adds differ in a few ulps only (onnxruntime-node vs -web)", () => {
    let differ = 0;
    for (let z = -10; z <= 10; z += 0.001) {
      const d = Math.abs(sigmoid(z) - sigmoid(z, false));
      assert.ok(d < 3e-7, `z = ${z}`);
      if (d > 0) ++differ;
    }
    assert.ok(differ > 0, "the two kernels are distinguishable");
  });
});
