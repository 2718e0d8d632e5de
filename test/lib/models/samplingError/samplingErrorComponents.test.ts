import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {confusionComponents} from "../../../../src/lib/models/samplingError/confusionComponents.js";
import {rocAucComponents} from "../../../../src/lib/models/samplingError/rocAucComponents.js";
import {samplingErrorComponents} from "../../../../src/lib/models/samplingError/samplingErrorComponents.js";
import {standardError} from "../../../../src/lib/models/samplingError/standardError.js";
import {sfc32} from "../../../../src/lib/random/sfc32.js";
import {distinctRanks} from "../../../../src/lib/stats/distinctRanks.js";

// The reference used throughout, derived by hand after nannyml/sampling_error/binary_classification.py (NannyML
// 0.13.1, functions auroc_/precision_/recall_/f1_sampling_error_components and _universal_sampling_error):
//   scores 0.1 0.2 0.3 0.4 0.6 0.7 0.8 0.9, labels 0 0 1 0 0 1 1 1, predicted positive = score >= 0.5.
// ROC AUC: mean(y) = 0.5 is not > 0.5, so no class swap. Sorted ranks 0..7, positive_ranks [0,0,2,0,0,5,6,7],
//   np.unique(...)[1:] = [2,5,6,7], ser = [2-0, 5-1, 6-2, 7-3] = [2,4,4,4], / n_neg 4 = [0.5, 1, 1, 1];
//   mean 0.875, population variance (0.375² + 3 · 0.125²) / 4 = 0.046875, std = √3/8; fraction = n_pos/n = 0.5.
// Confusion at 0.5: tp 3 (0.7, 0.8, 0.9), fp 1 (0.6), fn 1 (0.3), tn 3.
//   precision: values [1,1,1,0] → std √(0.75 · 0.25) = √3/4; fraction = predicted positives / n = 4/8.
//   recall: values [1,1,1,0] → std √3/4; fraction = sum(y_true)/n = 4/8.
//   F1: TP,FN,FP values [1,1,1,0,0] × correcting factor 5 / ((1 + 1) · 0.5 + 3) = 1.25 → [1.25,1.25,1.25,0,0],
//   mean 0.75, variance (3 · 0.25 + 2 · 0.5625) / 5 = 0.375, std = √0.375; fraction = 5/8.
const scores = [0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9];
const labels = [false, false, true, false, false, true, true, true];
const predicted = scores.map((s) => s >= 0.5);
const close = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

describe("samplingErrorComponents", () => {
  it("matches the hand derivation of NannyML's components for every estimated metric", () => {
    const c = samplingErrorComponents({scores, labels, predicted});
    close(c.roc_auc!.std, Math.sqrt(3) / 8);
    close(c.roc_auc!.fraction, 0.5);
    close(c.precision!.std, Math.sqrt(3) / 4);
    close(c.precision!.fraction, 0.5);
    close(c.recall!.std, Math.sqrt(3) / 4);
    close(c.recall!.fraction, 0.5);
    close(c.f1!.std, Math.sqrt(0.375));
    close(c.f1!.fraction, 5 / 8);
  });

  it("agrees with NannyML's own functions on 20 random rows (majority positive: classes swapped)", () => {
    // nannyml/sampling_error/binary_classification.py at 0.13.1, run with numpy 2.4.6 on these rows (generated with
    // numpy default_rng(8), scores rounded to 3 digits; no ties, lowest score negative, so the conventions agree)
    const s = [
      0.327, 0.987, 0.319, 0.789, 0.87, 0.391, 0.438, 0.373, 0.107, 0.479, 0.241, 0.257, 0.185, 0.194, 0.814, 0.423,
      0.256, 0.591, 0.604, 0.647
    ];
    const y = [0, 1, 0, 1, 1, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 1].map((v) => v === 1);
    const c = samplingErrorComponents({scores: s, labels: y, predicted: s.map((v) => v >= 0.5)});
    close(c.roc_auc!.std, 0.18680042433239324, 1e-15);
    close(c.roc_auc!.fraction, 0.45);
    close(c.precision!.std, 0.4517539514526256, 1e-15);
    close(c.precision!.fraction, 0.35);
    close(c.recall!.std, 0.49792959773196915, 1e-15);
    close(c.recall!.fraction, 0.55);
    close(c.f1!.std, 0.7027283689263066, 1e-15);
    close(c.f1!.fraction, 0.65);
  });

  it("skips rows without a label and rejects columns of different lengths", () => {
    const c = samplingErrorComponents({
      scores: [...scores, 0.5],
      labels: [...labels, null],
      predicted: [...predicted, true]
    });
    close(c.roc_auc!.std, Math.sqrt(3) / 8);
    close(c.precision!.fraction, 0.5);
    assert.throws(() => samplingErrorComponents({scores, labels: labels.slice(1), predicted}), /column lengths differ/);
  });
});

describe("rocAucComponents", () => {
  it("swaps the classes when positives are the majority (strictly more than half)", () => {
    // labels 1 1 1 0: swapped to 0 0 0 1 with reversed scores; the one new positive (old negative at 0.2) has all 3
    // new negatives below it in reversed order: placement 1, std 0, fraction 1/4
    assert.deepEqual(rocAucComponents([0.2, 0.5, 0.7, 0.9], [0, 1, 1, 1]), {std: 0, fraction: 0.25});
    // not swapped at exactly one half: positives 0.5 (placement 1/2) and 0.9 (1) → std 1/4, fraction 1/2
    assert.deepEqual(rocAucComponents([0.2, 0.5, 0.7, 0.9], [0, 1, 0, 1]), {std: 0.25, fraction: 0.5});
  });

  it("counts a tied negative one half (Mann–Whitney), and keeps a positive ranked lowest", () => {
    // positive 0.5 tied with negative 0.5 and above negative 0.1: placement (1 + 0.5) / 2 = 0.75; positive 0.9: 1
    const c = rocAucComponents([0.1, 0.5, 0.5, 0.9], [0, 0, 1, 1])!;
    close(c.std, 0.125);
    // a positive at the lowest score has placement 0 (NannyML would drop it): placements 0 and 1 → std 0.5
    assert.deepEqual(rocAucComponents([0.1, 0.2, 0.3, 0.9], [1, 0, 0, 1]), {std: 0.5, fraction: 0.5});
  });

  it("is null with one class, and skips unknown labels and non-finite scores", () => {
    assert.equal(rocAucComponents([0.1, 0.2], [1, 1]), null);
    assert.deepEqual(rocAucComponents([0.1, NaN, 0.3, 0.9], [0, 1, null, 1]), {std: 0, fraction: 0.5});
  });
});

describe("confusionComponents", () => {
  it("is null when the metric's rows are empty", () => {
    const c = {tp: 0, fp: 0, tn: 5, fn: 2, up: 3, un: 0};
    assert.equal(confusionComponents(c, "precision"), null);
    assert.deepEqual(confusionComponents(c, "recall"), {std: 0, fraction: 2 / 7});
    assert.equal(confusionComponents({tp: 0, fp: 0, tn: 5, fn: 0, up: 0, un: 0}, "f1"), null);
  });
});

describe("standardError", () => {
  it("is std / √(rows × fraction), NannyML's _universal_sampling_error", () => {
    // hand: (√3/8) / √(48 · 0.5) = 1 / (16 √2)
    close(standardError({std: Math.sqrt(3) / 8, fraction: 0.5}, 48)!, 1 / (16 * Math.SQRT2));
    assert.equal(standardError({std: 0.2, fraction: 0.5}, 0), null);
    assert.equal(standardError(null, 10), null);
    assert.throws(() => standardError({std: 0.2, fraction: 0.5}, 1.5), /invalid rows: 1.5/);
  });
});

describe("rocAucComponents with ranks", () => {
  it("gives the bits of the sorted-negatives route, with ties, −0 and 0, either class the minority", () => {
    const rng = sfc32(8);
    const scores = Array.from({length: 2000}, () => Math.round(rng() * 30) / 30);
    scores[3] = -0;
    scores[4] = 0;
    for (const share of [0.2, 0.8]) {
      const labels = scores.map(() => (rng() < 0.15 ? null : rng() < share ? 1 : 0));
      const plain = rocAucComponents(scores, labels);
      assert.ok(plain);
      assert.deepEqual(rocAucComponents(scores, labels, distinctRanks(scores)), plain);
      // a superset's ranks taken at these rows
      const wider = distinctRanks([...scores, 0.015, 2])!;
      const sub = {values: wider.values, rank: wider.rank.subarray(0, scores.length)};
      assert.deepEqual(rocAucComponents(scores, labels, sub), plain);
    }
    assert.equal(rocAucComponents([0.1, 0.2], [1, 1], distinctRanks([0.1, 0.2])), null);
  });
});
