import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {pairedDelta} from "../../../src/lib/shadow/pairedDelta.js";

describe("pairedDelta", () => {
  it("gives the mean paired difference with the normal interval of the differences", () => {
    // numpy: d = [0, -1, 0, 0]; d.mean() ± norm.ppf(0.975)·d.std(ddof=1)/√4 = -0.25 ± 0.4899909961 (scipy 1.17)
    const r = pairedDelta([1, 1, 0, 0], [1, 0, 0, 0]);
    assert.equal(r.n, 4);
    assert.equal(r.champion, 0.5);
    assert.equal(r.challenger, 0.25);
    assert.equal(r.delta, -0.25);
    assert.ok(Math.abs(r.low! - -0.7399909961350135) < 1e-9);
    assert.ok(Math.abs(r.high! - 0.2399909961350135) < 1e-9);
  });

  it("skips rows with a missing value and degrades to null without enough rows", () => {
    assert.equal(pairedDelta([1, null, 0], [0, 1, NaN]).n, 1);
    assert.equal(pairedDelta([1, null, 0], [0, 1, NaN]).low, null);
    assert.deepEqual(pairedDelta([], []), {n: 0, champion: null, challenger: null, delta: null, low: null, high: null});
    assert.throws(() => pairedDelta([1], []), /length mismatch: 1, 0/);
    assert.throws(() => pairedDelta([1], [1], 1), /invalid confidence: 1/);
  });
});
