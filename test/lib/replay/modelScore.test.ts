import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {logisticScore} from "../../../src/lib/replay/logisticScore.js";
import {modelScore} from "../../../src/lib/replay/modelScore.js";
import {treeEnsembleScore} from "../../../src/lib/replay/treeEnsembleScore.js";

describe("modelScore", () => {
  it("dispatches on the model type and passes the fused option on", () => {
    const x = Float32Array.of(0.3, -1.7);
    const lr = {type: "logistic_regression" as const, weights: [0.7, 0.2], bias: -0.1};
    assert.deepEqual(modelScore(lr, x), logisticScore(lr, x));
    assert.deepEqual(modelScore(lr, x, {fused: false}), logisticScore(lr, x, {fused: false}));
    const tree = {
      feature: Int32Array.of(1, -1, -1),
      threshold: Float32Array.of(0, 0, 0),
      left: Int32Array.of(1, -1, -1),
      right: Int32Array.of(2, -1, -1),
      value: Float32Array.of(0, -1, 1)
    };
    const gbdt = {type: "gbdt" as const, nFeatures: 2, base: 0.2, trees: [tree]};
    assert.deepEqual(modelScore(gbdt, x), treeEnsembleScore(gbdt, x));
  });
});
