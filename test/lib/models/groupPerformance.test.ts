import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {groupPerformance} from "../../../src/lib/models/groupPerformance.js";

describe("groupPerformance", () => {
  it("gives each group's ROC AUC, selection rate (score < threshold) and bad rate", () => {
    const scores = [0.1, 0.6, 0.3, 0.2, 0.9, 0.4, 0.7];
    const thresholds = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    const labels = [false, true, false, true, true, null, false];
    const sex = ["f", "f", "f", "m", "m", "m", null];
    const groups = groupPerformance(scores, thresholds, labels, {sex}, {minLabelled: 2});
    // hand derivation: f = {0.1 good, 0.6 bad, 0.3 good}: selected 0.1, 0.3 → 2/3; AUC 1 (bad 0.6 above both
    // goods); bad rate 1/3. m = {0.2 bad, 0.9 bad, 0.4 unlabelled}: selected 0.2, 0.4 → 2/3; one class → AUC null;
    // bad rate 1. The row with sex null is left out.
    assert.deepEqual(
      groups.map((g) => [g.attribute, g.group, g.n, g.n_labelled, g.n_bad, g.roc_auc, g.selection_rate, g.bad_rate]),
      [
        ["sex", "f", 3, 3, 1, 1, 2 / 3, 1 / 3],
        ["sex", "m", 3, 2, 2, null, 2 / 3, 1]
      ]
    );
  });

  it("leaves ROC AUC and bad rate null below minLabelled but keeps the selection rate", () => {
    const [g] = groupPerformance([0.1, 0.9], [0.5, 0.5], [false, true], {band: ["a", "a"]}, {minLabelled: 3});
    assert.deepEqual([g.roc_auc, g.bad_rate, g.selection_rate], [null, null, 0.5]);
  });

  it("throws for columns of different lengths", () => {
    assert.throws(
      () => groupPerformance([0.1], [0.5], [null], {sex: ["f", "m"]}),
      /column lengths differ: 1 and 2 \(sex\)/
    );
  });
});
