import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {performanceMetrics} from "../../../src/lib/models/performanceMetrics.js";

const close = (a: number | null, b: number, eps = 1e-12) =>
  assert.ok(a !== null && Math.abs(a - b) < eps, `${a} vs ${b}`);

describe("performanceMetrics", () => {
  const scores = [0.1, 0.3, 0.8, 0.6];
  const thresholds = [0.5, 0.5, 0.5, 0.5];
  const labels = [false, true, true, null];

  it("computes realised metrics on the labelled rows, predicting bad at score ≥ threshold", () => {
    const m = performanceMetrics(scores, thresholds, labels, {minLabelled: 1});
    // hand derivation: labelled rows 0.1 (good, TN), 0.3 (bad, FN), 0.8 (bad, TP) → precision 1, recall 1/2, F1 2/3
    assert.deepEqual([m.n, m.n_labelled], [4, 3]);
    assert.equal(m.precision, 1);
    assert.equal(m.recall, 0.5);
    close(m.f1, 2 / 3);
    close(m.prevalence, 2 / 3);
    // sklearn 1.2.1: roc_auc_score([0,1,1],[.1,.3,.8]) = 1.0, brier_score_loss = 0.18, log_loss = 0.5108256237659907
    assert.equal(m.roc_auc, 1);
    close(m.brier, 0.18);
    close(m.log_loss, 0.5108256237659907);
    // hand derivation: bins 1 {0.1 → 0}, 3 {0.3 → 1}, 8 {0.8 → 1}: ECE = (0.1 + 0.7 + 0.2) / 3
    close(m.ece, 1 / 3);
    assert.equal(m.reliability.length, 10);
    assert.equal(m.est_roc_auc, null);
  });

  it("estimates without labels from calibrated probabilities of every row (CBPE)", () => {
    const m = performanceMetrics(scores, thresholds, labels, {calibrate: (s) => s, minRows: 1});
    // hand derivation (p̂ = score): predicted bad 0.8, 0.6 → TP 1.4, FP 0.6; good 0.1, 0.3 → TN 1.6, FN 0.4
    close(m.est_precision, 0.7);
    close(m.est_recall, 1.4 / 1.8);
    close(m.est_f1, (2 * 0.7 * (1.4 / 1.8)) / (0.7 + 1.4 / 1.8));
    // numpy trapz of the expected ROC points (0,0) (.2/2.2,.8/1.8) (.6/2.2,1.4/1.8) (1.3/2.2,1.7/1.8) (1,1)
    close(m.est_roc_auc, 0.8030303030303028);
  });

  it("leaves realised metrics null below minLabelled and estimates null below minRows", () => {
    const m = performanceMetrics(scores, thresholds, labels, {calibrate: (s) => s, minLabelled: 4, minRows: 5});
    assert.deepEqual(
      [m.roc_auc, m.precision, m.brier, m.ece, m.est_roc_auc, m.est_precision],
      [null, null, null, null, null, null]
    );
    assert.equal(m.n_labelled, 3);
    assert.equal(
      m.reliability.reduce((t, b) => t + b.count, 0),
      3
    );
  });

  it("throws for columns of different lengths", () => {
    assert.throws(() => performanceMetrics([0.1], [0.5, 0.5], [null]), /column lengths differ: 1, 2 and 1/);
  });
});
