import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {expectedConfusion} from "../../../src/lib/shadow/expectedConfusion.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";

describe("expectedConfusion", () => {
  it("adds p̂ and 1 − p̂ to the cells of each row's decision", () => {
    // hand derivation: positives 0.9, 0.6 → TP 1.5, FP 0.5; negative 0.2 → TN 0.8, FN 0.2
    const c = expectedConfusion([0.9, 0.2, 0.6], [true, false, true]);
    assert.deepEqual([c.n, c.tp, c.fp, c.tn, c.fn], [3, 1.5, 0.5, 0.8, 0.2]);
    assert.equal(c.precision, 0.75);
    assert.ok(Math.abs(c.recall! - 1.5 / 1.7) < 1e-12);
    assert.ok(Math.abs(c.accuracy! - 2.3 / 3) < 1e-12);
  });

  it("estimates the realised precision and recall of calibrated scores within sampling error", () => {
    const rng = sfc32(5);
    const p = Array.from({length: 50000}, () => rng() ** 2);
    const y = p.map((q) => (rng() < q ? 1 : 0));
    const predicted = p.map((q) => q >= 0.3);
    const e = expectedConfusion(p, predicted);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    predicted.forEach((d, i) => (d ? (y[i] ? ++tp : ++fp) : y[i] ? ++fn : 0));
    assert.ok(Math.abs(e.precision! - tp / (tp + fp)) < 0.01);
    assert.ok(Math.abs(e.recall! - tp / (tp + fn)) < 0.01);
  });

  it("throws for a probability outside [0, 1] and length mismatches", () => {
    assert.throws(() => expectedConfusion([1.2], [true]), /invalid probability: 1.2/);
    assert.throws(() => expectedConfusion([0.2], []), /length mismatch: 1, 0/);
  });
});
