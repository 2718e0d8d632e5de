import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {
  descendingOrder,
  expectedRocAuc,
  expectedRocAucInOrder,
  expectedRocAucOfCounts
} from "../../../src/lib/shadow/expectedRocAuc.js";
import {distinctRanks} from "../../../src/lib/stats/distinctRanks.js";
import {rocAuc} from "../../../src/lib/fairness/rocAuc.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";

describe("expectedRocAuc", () => {
  it("equals the ROC AUC when the probabilities are the labels", () => {
    // sklearn.metrics.roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75; ties: [0,1,0,1] on [.5,.5,.2,.9] = 0.75
    assert.equal(expectedRocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.75);
    assert.equal(expectedRocAuc([0.5, 0.5, 0.2, 0.9], [0, 1, 0, 1]), rocAuc([0.5, 0.5, 0.2, 0.9], [0, 1, 0, 1]));
  });

  it("estimates the realised AUC of calibrated scores within sampling error", () => {
    const rng = sfc32(9);
    const p = Array.from({length: 40000}, () => rng() ** 3);
    const y = p.map((q) => (rng() < q ? 1 : 0));
    assert.ok(Math.abs(expectedRocAuc(p, p)! - rocAuc(p, y)!) < 0.01);
    assert.equal(expectedRocAuc([0.1, 0.2], [0, 0]), null);
  });

  it("gives the same bits as a stable sort of (score, probability) pairs, ties summed in input order", () => {
    // the previous implementation, kept as the reference: an array per row, Array.prototype.sort (stable)
    const pairs = (scores: (number | null)[], probabilities: number[]) => {
      const rows: [number, number][] = [];
      scores.forEach((s, i) => {
        if (s !== null && !Number.isNaN(s) && !Number.isNaN(probabilities[i])) rows.push([s, probabilities[i]]);
      });
      rows.sort((a, b) => b[0] - a[0]);
      const positives = rows.reduce((t, r) => t + r[1], 0);
      const negatives = rows.length - positives;
      let [area, tp, fp] = [0, 0, 0];
      for (let i = 0; i < rows.length;) {
        const [s, tp0, fp0] = [rows[i][0], tp, fp];
        for (; i < rows.length && rows[i][0] === s; ++i) [tp, fp] = [tp + rows[i][1], fp + (1 - rows[i][1])];
        area += ((fp - fp0) / negatives) * ((tp + tp0) / 2 / positives);
      }
      return area;
    };
    const rng = sfc32(21);
    for (const digits of [1, 2, 3, 0]) {
      const scores: (number | null)[] = Array.from({length: 20000}, () =>
        digits ? Math.round(rng() * 10 ** digits) / 10 ** digits : rng()
      );
      const p = scores.map((s) => Math.min(1, (s ?? 0) * 0.7 + rng() * 0.3));
      [scores[3], scores[4], scores[5], p[6]] = [null, NaN, -0, NaN];
      scores[7] = 0;
      const expected = pairs(scores, p);
      assert.ok(Object.is(expectedRocAuc(scores, p), expected), `${digits} digits`);
      assert.ok(Object.is(expectedRocAucInOrder(scores, p, descendingOrder(scores, p)), expected));
    }
  });

  it("expectedRocAucOfCounts gives expectedRocAuc's bits when p̂ is a function of the score", () => {
    const rng = sfc32(8);
    for (const digits of [1, 2, 4]) {
      const scores = Float64Array.from({length: 30000}, () => Math.round(rng() * 10 ** digits) / 10 ** digits);
      scores[0] = -0; // one score with 0
      const {values, rank} = distinctRanks(scores)!;
      const byValue = values.map((v) => Math.min(1, v * 0.6 + rng() * 0.4)); // p̂ per distinct score, not monotone
      const p = Float64Array.from(rank, (r) => byValue[r]);
      const counts = new Float64Array(values.length);
      for (const r of rank) ++counts[r];
      assert.ok(Object.is(expectedRocAucOfCounts(counts, byValue), expectedRocAuc(scores, p)), `${digits} digits`);
    }
    // a score no row has (count 0) is skipped; one class only: null
    assert.equal(expectedRocAucOfCounts(Float64Array.of(1, 0, 1), Float64Array.of(0, 0.5, 1)), 1);
    assert.equal(expectedRocAucOfCounts(Float64Array.of(2, 3), Float64Array.of(0, 0)), null);
  });

  it("orders rows by score descending, equal scores in input order, without null or NaN rows", () => {
    assert.deepEqual([...descendingOrder([0.2, 0.9, 0.2, null, 0.5, NaN], [0, 1, 0, 1, NaN, 1])], [1, 0, 2]);
    assert.deepEqual([...descendingOrder([0, -0, 0.3, 0], [1, 1, 1, 1])], [2, 0, 1, 3]);
  });
});
