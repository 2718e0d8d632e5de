import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {confusionCounts} from "../../../src/lib/fairness/confusionCounts.js";

describe("confusionCounts", () => {
  it("counts the four cells and the unlabelled predictions per group (hand count)", () => {
    const predicted = [1, 1, 0, 0, 1, 0, true, false];
    const actual = [1, 0, 1, 0, null, NaN, 1, -1];
    const codes = [0, 0, 0, 0, 1, 1, 1, 5];
    assert.deepEqual(confusionCounts(predicted, actual, codes, 2), [
      {tp: 1, fp: 1, tn: 1, fn: 1, up: 0, un: 0},
      {tp: 1, fp: 0, tn: 0, fn: 0, up: 1, un: 1}
    ]);
  });
  it("puts every row in one group without codes", () => {
    assert.deepEqual(confusionCounts(new Uint8Array([1, 0, 1]), new Int8Array([0, 0, 1])), [
      {tp: 1, fp: 1, tn: 1, fn: 0, up: 0, un: 0}
    ]);
  });
  it("matches a per-row reference on seeded typed columns", () => {
    const n = 10_000;
    const predicted = new Uint8Array(n);
    const actual = new Int8Array(n);
    const codes = new Int32Array(n);
    for (let i = 0; i < n; ++i) {
      predicted[i] = (i * 7) % 3 === 0 ? 1 : 0;
      actual[i] = (i * 13) % 5 === 0 ? -1 : (i * 11) % 4 < 2 ? 1 : 0;
      codes[i] = i % 4;
    }
    const counts = confusionCounts(predicted, actual, codes, 4);
    let tp2 = 0;
    for (let i = 2; i < n; i += 4) if (predicted[i] && actual[i] === 1) ++tp2;
    assert.equal(counts[2].tp, tp2);
    const total = counts.reduce((s, c) => s + c.tp + c.fp + c.tn + c.fn + c.up + c.un, 0);
    assert.equal(total, n);
  });
  it("rejects columns of different lengths", () => {
    assert.throws(() => confusionCounts([1, 0], [1]), /column lengths differ: 2 and 1/);
    assert.throws(() => confusionCounts([1], [1], [0], -1), /invalid groupCount: -1/);
  });
});
