import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {modelComparison} from "../../../src/lib/fairness/modelComparison.js";

// Hand case. Scores are risks: the favourable (positive) decision is score < threshold. Labels: true = favourable
// outcome. Group a: (0.1, T) (0.2, T) (0.6, F) (0.9, F); group b: (0.1, T) (0.4, T) (0.6, T) (0.9, F).
// Single threshold on 4 bins (edges 0, .25, .5, .75, 1), favourable below it: at 0.25 6 of 8 right, at 0.5 and 0.75
// 7 of 8; the first best, 0.5: a tp 2, tn 2; b tp 2, fn 1 (0.6), tn 1 → accuracy 7/8, balanced (4/5 + 3/3)/2 = 0.9;
// TPR a 1, b 2/3, FPR both 0 → equalized odds difference 1/3, demographic parity difference 0 (1/2 each).
// Per-group thresholds equalising TPR on 4 bins (edges 0, .25, .5, .75, 1): target 1 is reached by a at edge 0.25
// (first of the equally good edges 0.25 and 0.5) and by b at 0.75, all 8 rows right: accuracy 1, gap 0, EOD 0.
describe("modelComparison", () => {
  const scores = [0.1, 0.2, 0.6, 0.9, 0.1, 0.4, 0.6, 0.9];
  const labels = [true, true, false, false, true, true, true, false];
  const groups = ["a", "a", "a", "a", "b", "b", "b", "b"];
  const model = {model: "m@1", scores};

  it("places each model at its best single threshold and with per-group thresholds, by performance and disparity", () => {
    const [single, variant] = modelComparison([model], labels, groups, {bins: 4});
    assert.deepEqual([single.variant, single.performance, single.thresholds], ["single threshold", 7 / 8, [0.5, 0.5]]);
    assert.ok(Math.abs(single.disparity! - 1 / 3) < 1e-15); // 1 − 2/3 in floating point
    assert.equal(single.summary.demographic_parity_difference, 0);
    assert.deepEqual(
      [variant.variant, variant.performance, variant.disparity, variant.thresholds, variant.groups],
      ["per-group thresholds", 1, 0, [0.25, 0.75], ["a", "b"]]
    );
  });

  it("measures balanced accuracy and another disparity on request, and compares several models on the same rows", () => {
    // m@2 scores the other way round: its best single threshold cannot do better than approving nobody or everyone
    const other = {model: "m@2", scores: scores.map((s) => 1 - s)};
    const points = modelComparison([model, other], labels, groups, {
      bins: 4,
      performance: "balanced_accuracy",
      disparity: "demographic_parity_difference"
    });
    assert.deepEqual(
      points.map((p) => [p.model, p.variant]),
      [
        ["m@1", "single threshold"],
        ["m@1", "per-group thresholds"],
        ["m@2", "single threshold"],
        ["m@2", "per-group thresholds"]
      ]
    );
    assert.equal(points[0].performance, 0.9);
    assert.ok(points[2].performance! < points[0].performance!);
    assert.throws(() => modelComparison([model], labels.slice(1), groups), /column lengths differ/);
  });
});
