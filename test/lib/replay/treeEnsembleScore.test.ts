import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {sigmoid} from "../../../src/lib/replay/sigmoid.js";
import {treeEnsembleScore, type Tree} from "../../../src/lib/replay/treeEnsembleScore.js";

/** A stump on feature f: x_f <= t → left leaf l, else right leaf r. */
function stump(f: number, t: number, l: number, r: number): Tree {
  return {
    feature: Int32Array.of(f, -1, -1),
    threshold: Float32Array.of(t, 0, 0),
    left: Int32Array.of(1, -1, -1),
    right: Int32Array.of(2, -1, -1),
    value: Float32Array.of(0, l, r)
  };
}

describe("treeEnsembleScore", () => {
  it("sends x <= threshold left, sums leaves in tree order, adds the base, applies σ", () => {
    // hand derivation: row (0.5, 3): tree 1 left (x0 = 0.5 <= 0.5) −1, tree 2 right (3 > 2) +0.25; base 0.5
    // → z = −0.25; row (0.6, 1): +1 −0.5 +0.5 = 1
    const model = {nFeatures: 2, base: 0.5, trees: [stump(0, 0.5, -1, 1), stump(1, 2, -0.5, 0.25)]};
    const s = treeEnsembleScore(model, Float32Array.of(0.5, 3, 0.6, 1));
    assert.deepEqual(Array.from(s), [sigmoid(-0.25), sigmoid(1)]);
  });

  it("compares in float32: a threshold of 0.1 is fround(0.1), and NaN goes right", () => {
    const model = {nFeatures: 1, base: 0, trees: [stump(0, 0.1, -2, 2)]};
    const s = treeEnsembleScore(model, Float32Array.of(0.1, NaN, 0.10000001));
    assert.deepEqual(Array.from(s), [sigmoid(-2), sigmoid(2), sigmoid(2)]);
  });

  it("walks deeper trees by node id", () => {
    // node 0: x0 <= 0 → node 1 (x1 <= 0 → leaf 3: −1, else leaf 4: 1), else leaf 2: 3
    const tree: Tree = {
      feature: Int32Array.of(0, 1, -1, -1, -1),
      threshold: Float32Array.of(0, 0, 0, 0, 0),
      left: Int32Array.of(1, 3, -1, -1, -1),
      right: Int32Array.of(2, 4, -1, -1, -1),
      value: Float32Array.of(0, 0, 3, -1, 1)
    };
    const s = treeEnsembleScore({nFeatures: 2, base: 0, trees: [tree]}, Float32Array.of(-1, -1, -1, 1, 1, 0));
    assert.deepEqual(Array.from(s), [sigmoid(-1), sigmoid(1), sigmoid(3)]);
  });

  it("throws for a feature length that is not a multiple of nFeatures", () => {
    assert.throws(
      () => treeEnsembleScore({nFeatures: 2, base: 0, trees: []}, Float32Array.of(1)),
      /invalid feature length: 1/
    );
  });
});
