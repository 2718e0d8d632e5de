import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {trainGbdt} from "../../../loaders/models/trainGbdt.js";
import {trainLogistic} from "../../../loaders/models/trainLogistic.js";
import {logisticScore} from "../../../src/lib/replay/logisticScore.js";
import {treeEnsembleScore} from "../../../src/lib/replay/treeEnsembleScore.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";

/** Mann–Whitney AUC of scores against 0/1 labels (no ties in continuous scores). */
function auc(scores: Float32Array, labels: Uint8Array): number {
  const order = Array.from(scores.keys()).sort((a, b) => scores[a] - scores[b]);
  let rankSum = 0;
  let positives = 0;
  order.forEach((i, rank) => {
    if (!labels[i]) return;
    rankSum += rank + 1;
    ++positives;
  });
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * (labels.length - positives));
}

describe("trainGbdt", () => {
  it("fits a single stump by hand: leaf = −G/(H+λ)", () => {
    // hand derivation: x = 0 (50 rows, 10 positive) and x = 1 (50 rows, 40 positive): base log(50/50) = 0,
    // p = 0.5, g = 0.5 − y, h = 0.25. Left G = 25 − 10 = 15, H = 12.5 → −15/12.5 = −1.2; right +1.2.
    const x = Float32Array.from({length: 100}, (_, i) => (i < 50 ? 0 : 1));
    const y = Uint8Array.from({length: 100}, (_, i) => (i < 50 ? (i < 10 ? 1 : 0) : i < 90 ? 1 : 0));
    const m = trainGbdt(x, y, 1, {trees: 1, maxDepth: 1, learningRate: 1, l2: 0, minSamplesLeaf: 1});
    assert.equal(m.base, 0);
    assert.equal(m.trees.length, 1);
    const t = m.trees[0];
    assert.deepEqual(Array.from(t.feature), [0, -1, -1]);
    assert.equal(t.threshold[0], 0);
    assert.deepEqual(Array.from(t.value), [0, Math.fround(-1.2), Math.fround(1.2)]);
  });

  it("learns an interaction a logistic regression cannot, deterministically", () => {
    const rng = sfc32(11);
    const n = 4000;
    const k = 3;
    const x = Float32Array.from({length: n * k}, () => rng() * 4 - 2);
    const y = Uint8Array.from({length: n}, (_, i) =>
      rng() < 1 / (1 + Math.exp(-2 * x[i * k] * x[i * k + 1])) ? 1 : 0
    );
    const options = {trees: 40, maxDepth: 3};
    const gbdt = trainGbdt(x, y, k, options);
    assert.deepEqual(trainGbdt(x, y, k, options), gbdt, "same data, same trees");
    const gbdtAuc = auc(treeEnsembleScore(gbdt, x), y);
    const lrAuc = auc(logisticScore(trainLogistic(x, y, k), x), y);
    assert.ok(gbdtAuc > 0.75 && lrAuc < 0.6, `gbdt ${gbdtAuc}, lr ${lrAuc}`);
    for (const t of gbdt.trees)
      for (let i = 0; i < t.feature.length; ++i)
        if (t.feature[i] >= 0) assert.ok(t.left[i] > i && t.right[i] > i, "children after parents");
  });

  it("throws when the labels are all equal or malformed", () => {
    assert.throws(() => trainGbdt(Float32Array.of(1, 2), Uint8Array.of(1, 1), 1), /labels all equal: 2 of 2/);
    assert.throws(() => trainGbdt(Float32Array.of(1, 2), Uint8Array.of(1, 3), 1), /invalid label: 3/);
  });
});
