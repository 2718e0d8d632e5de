import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {expectedRocAuc} from "../../../src/lib/shadow/expectedRocAuc.js";
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
});
