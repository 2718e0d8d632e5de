import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {averagePrecision} from "../../../src/lib/fairness/averagePrecision.js";
import {brierScore} from "../../../src/lib/fairness/brierScore.js";
import {classificationMetrics} from "../../../src/lib/fairness/classificationMetrics.js";
import {logLoss} from "../../../src/lib/fairness/logLoss.js";
import {rocAuc} from "../../../src/lib/fairness/rocAuc.js";

const close = (a: number | null, b: number, tol = 1e-12) =>
  assert.ok(a !== null && Math.abs(a - b) < tol, `${a} != ${b}`);

// Deterministic data with many ties: i = 0..499, score = floor((i·7919 mod 1000) / 100) / 10, label = (31 i mod 7) < 3
const N = 500;
const tiedScores = Array.from({length: N}, (_, i) => Math.floor(((i * 7919) % 1000) / 100) / 10);
const labels = Array.from({length: N}, (_, i) => ((i * 31) % 7 < 3 ? 1 : 0));

describe("classificationMetrics", () => {
  it("matches sklearn on a hand-built table (tp 3, fp 1, tn 4, fn 2)", () => {
    // sklearn 1.2.1 accuracy_score / precision_score / recall_score / f1_score on the expanded rows
    const m = classificationMetrics({tp: 3, fp: 1, tn: 4, fn: 2, up: 0, un: 0});
    close(m.accuracy, 0.7);
    close(m.precision, 0.75);
    close(m.recall, 0.6);
    close(m.f1, 2 / 3);
    close(m.fpr, 0.2);
    close(m.fnr, 0.4);
    close(m.selection_rate, 0.4);
    close(m.prevalence, 0.5);
  });
  it("gives null where sklearn's zero_division would apply, and counts unlabelled rows only in selection", () => {
    const m = classificationMetrics({tp: 0, fp: 0, tn: 4, fn: 0, up: 2, un: 4});
    assert.equal(m.precision, null);
    assert.equal(m.recall, null);
    assert.equal(m.f1, null);
    assert.equal(m.n, 10);
    close(m.selection_rate, 0.2);
    close(m.accuracy, 1);
  });
});

describe("rocAuc", () => {
  it("matches sklearn roc_auc_score (sklearn 1.2.1)", () => {
    close(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.75);
    close(rocAuc([0.1, 0.4, 0.35, 0.8, 0.4, 0.4, 0.2, 0.9, 0.35, 0.6], [0, 0, 1, 1, 1, 0, 0, 1, 0, 1]), 0.86);
    close(rocAuc(tiedScores, labels), 0.48846480622181554);
  });
  it("is 0.5 when all scores tie, null with one class, and skips unknown labels", () => {
    close(rocAuc([1, 1, 1], [0, 1, 1]), 0.5);
    assert.equal(rocAuc([0.2, 0.4], [1, 1]), null);
    close(rocAuc([0.1, 0.9, 0.5, NaN], [0, 1, null, 1]), 1);
  });
});

describe("averagePrecision", () => {
  it("matches sklearn average_precision_score (sklearn 1.2.1)", () => {
    close(averagePrecision([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.8333333333333333);
    close(
      averagePrecision([0.1, 0.4, 0.35, 0.8, 0.4, 0.4, 0.2, 0.9, 0.35, 0.6], [0, 0, 1, 1, 1, 0, 0, 1, 0, 1]),
      0.8583333333333332
    );
    close(averagePrecision(tiedScores, labels), 0.41973005170338107);
    assert.equal(averagePrecision([0.3], [0]), null);
  });
});

describe("brierScore and logLoss", () => {
  it("match sklearn brier_score_loss and log_loss (sklearn 1.2.1)", () => {
    close(brierScore([0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0]), 0.0375);
    close(logLoss([0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0]), 0.19763488164214868);
  });
  it("clip at float64 epsilon like sklearn 1.2 (eps='auto')", () => {
    close(logLoss([0, 1], [1, 0]), 36.04365338911715, 1e-9);
    // p = (i·7919 mod 1000) / 1000 with p[0] = 0 (label 1) and p[1] = 1 (label 0), labels as above
    const p = Array.from({length: N}, (_, i) => ((i * 7919) % 1000) / 1000);
    p[0] = 0;
    p[1] = 1;
    close(brierScore(p, labels), 0.339394378);
    close(logLoss(p, labels), 1.152905443551925, 1e-9);
  });
  it("skip unlabelled rows and reject probabilities outside [0, 1]", () => {
    close(brierScore([0.5, 0.2], [1, null]), 0.25);
    assert.equal(logLoss([0.5], [null]), null);
    assert.throws(() => brierScore([1.5], [1]), /invalid probability: 1.5/);
    assert.throws(() => logLoss([-0.1], [0]), /invalid probability: -0.1/);
  });
});
