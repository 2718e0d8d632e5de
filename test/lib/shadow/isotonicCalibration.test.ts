import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {isotonicCalibration} from "../../../src/lib/shadow/isotonicCalibration.js";

describe("isotonicCalibration", () => {
  it("pools tied scores and fits the pool-adjacent-violators solution", () => {
    // scipy.optimize.isotonic_regression([1,0,1,1,0,0,1], weights=[1,1,2,1,1,1,1]).x
    // = [0.5, 0.5, 0.6, 0.6, 0.6, 0.6, 1.0] (scipy 1.17); 0.3 appears twice with labels 1, 1
    const c = isotonicCalibration([0.1, 0.2, 0.3, 0.3, 0.4, 0.5, 0.6, 0.7], [1, 0, 1, 1, 1, 0, 0, 1]);
    assert.deepEqual(c.x, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    assert.deepEqual(
      c.y.map((v) => Math.round(v * 1e12) / 1e12),
      [0.5, 0.5, 0.6, 0.6, 0.6, 0.6, 1]
    );
  });

  it("interpolates linearly between knots and clips outside them (sklearn's predict)", () => {
    const c = isotonicCalibration([0.1, 0.2, 0.3, 0.4], [0, 1, 0, 1]);
    assert.deepEqual(c.y, [0, 0.5, 0.5, 1]);
    assert.equal(c.apply(0.05), 0);
    assert.ok(Math.abs(c.apply(0.15) - 0.25) < 1e-12);
    assert.equal(c.apply(0.25), 0.5);
    assert.ok(Math.abs(c.apply(0.35) - 0.75) < 1e-12);
    assert.equal(c.apply(2), 1);
  });

  it("throws without labelled rows", () => {
    assert.throws(() => isotonicCalibration([0.1], [null]), /requires at least one labelled row/);
  });
});
