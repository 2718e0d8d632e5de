import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {confusionCurve} from "../../../src/lib/fairness/confusionCurve.js";
import {confusionCounts} from "../../../src/lib/fairness/confusionCounts.js";
import {equalizeThresholds} from "../../../src/lib/fairness/equalizeThresholds.js";
import {mulberry32} from "../../../src/lib/random/mulberry32.js";

describe("confusionCurve", () => {
  const h = {pos: [1, 3], neg: [4, 2], unk: [1, 0]};
  it("counts predicted positives above (or below) each bin edge (hand count)", () => {
    const higher = confusionCurve(h, "higher");
    assert.equal(higher.length, 3);
    assert.deepEqual(higher[0], {tp: 4, fp: 6, up: 1, fn: 0, tn: 0, un: 0});
    assert.deepEqual(higher[1], {tp: 3, fp: 2, up: 0, fn: 1, tn: 4, un: 1});
    assert.deepEqual(higher[2], {tp: 0, fp: 0, up: 0, fn: 4, tn: 6, un: 1});
    assert.deepEqual(confusionCurve(h, "lower")[1], {tp: 1, fp: 4, up: 1, fn: 3, tn: 2, un: 0});
  });
  it("equals row-level counting at a grid threshold (seeded rows)", () => {
    const random = mulberry32(5);
    const bins = 20;
    const scores = Array.from({length: 2000}, () => random());
    const labels = scores.map((s) => (random() < s ? 1 : 0));
    const pos = new Float64Array(bins);
    const neg = new Float64Array(bins);
    scores.forEach((s, i) => ++(labels[i] ? pos : neg)[Math.min(bins - 1, Math.floor(s * bins))]);
    const k = 7; // threshold 0.35
    const [rowLevel] = confusionCounts(
      scores.map((s) => (s < k / bins ? 1 : 0)),
      labels
    );
    assert.deepEqual(confusionCurve({pos, neg, unk: new Float64Array(bins)}, "lower")[k], rowLevel);
  });
  it("rejects malformed input", () => {
    assert.throws(() => confusionCurve({pos: [1], neg: [], unk: [0]}, "higher"), /histogram lengths differ/);
    assert.throws(() => confusionCurve(h, "up" as "higher"), /invalid direction: up/);
  });
});

describe("equalizeThresholds", () => {
  // Two groups, 10 bins, higher score = positive. Group x is scored higher for the same label than group y.
  const x = {pos: [0, 0, 0, 0, 0, 2, 4, 6, 6, 2], neg: [2, 4, 6, 6, 2, 0, 0, 0, 0, 0], unk: Array(10).fill(0)};
  const y = {pos: [0, 0, 0, 0, 4, 6, 6, 4, 0, 0], neg: [4, 6, 6, 4, 0, 0, 0, 0, 0, 0], unk: Array(10).fill(0)};
  it("finds per-group thresholds with equal TPR and reports the cost against one global threshold", () => {
    const r = equalizeThresholds([x, y], "tpr", "higher", {steps: 20, tolerance: 0});
    // hand derivation: both groups separate perfectly (x at edge 5, y at edge 4): TPR 1, FPR 0, accuracy 1
    assert.deepEqual(r.best?.cuts, [5, 4]);
    assert.equal(r.best?.accuracy, 1);
    assert.deepEqual(r.best?.rates, [1, 1]);
    // a single threshold cannot: edge 4 approves x's 2 negatives in bin 4, edge 5 declines y's 4 positives in bin 4
    assert.equal(r.global.cut, 4);
    assert.equal(r.global.accuracy, 78 / 80);
    assert.equal(r.curve.length, 21);
  });
  it("equalises selection rates on a target grid and every curve point's gap is its rates' spread", () => {
    const r = equalizeThresholds([x, y], "selection_rate", "higher", {steps: 10, tolerance: 0.05});
    for (const p of r.curve) {
      const rs = p.rates as number[];
      assert.equal(p.gap, Math.max(...rs) - Math.min(...rs));
    }
    assert.ok(r.best && r.best.gap! <= 0.05);
  });
  it("rejects bad options", () => {
    assert.throws(() => equalizeThresholds([x], "tpr", "higher", {steps: 0}), /invalid steps: 0/);
    assert.throws(() => equalizeThresholds([x], "npv" as "tpr", "higher"), /invalid rate: npv/);
  });
});
