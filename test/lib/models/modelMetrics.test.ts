import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {rocAuc} from "../../../src/lib/fairness/rocAuc.js";
import {modelMetrics, type ScoredDecision} from "../../../src/lib/models/modelMetrics.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";
import {isotonicCalibration} from "../../../src/lib/shadow/isotonicCalibration.js";

describe("modelMetrics", () => {
  const row = (day: string, score: number, label: boolean | null, role: ScoredDecision["role"] = "production") => ({
    day,
    score,
    threshold: 0.5,
    label,
    role
  });
  const rows: ScoredDecision[] = [
    row("2026-01-30", 0.2, false),
    row("2026-01-31", 0.7, true),
    row("2026-02-02", 0.4, true, "shadow"),
    row("2026-02-03", 0.9, null),
    row("2026-02-09", 0.1, null)
  ];

  it("gives the all window, then months and ISO weeks in time order, with roles and counts", () => {
    const {metrics, reliability} = modelMetrics(rows, {minLabelled: 1, minRows: 1});
    assert.deepEqual(
      metrics.map((m) => [m.granularity, m.window_start, m.window_end, m.n, m.n_labelled, m.role]),
      [
        ["all", "2026-01-30", "2026-02-10", 5, 3, "production+shadow"],
        ["month", "2026-01-01", "2026-02-01", 2, 2, "production"],
        ["month", "2026-02-01", "2026-03-01", 3, 1, "production+shadow"],
        ["week", "2026-01-26", "2026-02-02", 2, 2, "production"],
        ["week", "2026-02-02", "2026-02-09", 2, 1, "production+shadow"],
        ["week", "2026-02-09", "2026-02-16", 1, 0, "production"]
      ]
    );
    assert.equal(reliability.length, 6 * 10);
    assert.deepEqual(
      reliability.filter((b) => b.granularity === "all" && b.count > 0).map((b) => [b.bin, b.count]),
      [
        [2, 1],
        [4, 1],
        [7, 1]
      ]
    );
  });

  it("calibrates once on every labelled row and estimates every window, labelled or not", () => {
    const {metrics} = modelMetrics(rows, {minLabelled: 1, minRows: 1});
    // hand derivation: isotonic fit on (0.2, 0), (0.4, 1), (0.7, 1) → knots y = 0, 1, 1; the last week holds
    // only 0.1, clipped to p̂ = 0, so it is predicted good with expected TN 1, FN 0: precision undefined
    const last = metrics[metrics.length - 1];
    assert.equal(last.roc_auc, null);
    assert.deepEqual([last.est_precision, last.est_recall, last.est_roc_auc], [null, null, null]);
    // week of 02-02: scores 0.4 (p̂ 1, predicted good → FN 1) and 0.9 (p̂ 1, predicted bad → TP 1)
    const week = metrics.find((m) => m.granularity === "week" && m.window_start === "2026-02-02")!;
    assert.deepEqual([week.est_precision, week.est_recall], [1, 0.5]);
    assert.deepEqual(isotonicCalibration([0.2, 0.4, 0.7], [0, 1, 1]).y, [0, 1, 1]);
  });

  it("has no estimates when no row is labelled, and nothing for no rows", () => {
    const {metrics} = modelMetrics([row("2026-03-01", 0.3, null)], {minLabelled: 1, minRows: 1});
    assert.equal(metrics[0].est_roc_auc, null);
    assert.deepEqual(modelMetrics([]), {metrics: [], reliability: []});
  });

  it("estimates an unlabelled month's ROC AUC close to the AUC its hidden labels give (calibrated scores)", () => {
    const rng = sfc32(11);
    const all: ScoredDecision[] = [];
    const hidden: boolean[] = [];
    for (let i = 0; i < 40000; ++i) {
      const month = i < 30000 ? "2026-01-15" : "2026-02-15";
      // covariate shift in February: riskier applicants, same P(bad | score)
      const score = month === "2026-01-15" ? rng() ** 3 : rng() ** 1.5;
      const bad = rng() < score;
      all.push({day: month, score, threshold: 0.3, label: month === "2026-01-15" ? bad : null, role: "production"});
      if (month === "2026-02-15") hidden.push(bad);
    }
    const feb = modelMetrics(all, {granularities: ["month"]}).metrics.find((m) => m.window_start === "2026-02-01")!;
    const realised = rocAuc(
      all.slice(30000).map((r) => r.score),
      hidden
    )!;
    assert.equal(feb.roc_auc, null);
    assert.ok(Math.abs(feb.est_roc_auc! - realised) < 0.01, `${feb.est_roc_auc} vs ${realised}`);
  });

  it("draws CBPE bands from the reference's components and thresholds from its chunks (hand derivation)", () => {
    // Reference [2026-01-01, 2026-03-01), threshold 0.5: January 0.1:0 0.2:0 0.3:1 0.4:0, February 0.6:0 0.7:1
    // 0.8:1 0.9:1 (labels). Analysis: March, 24 unlabelled rows at 0.35 and 24 at 0.75.
    // Components (samplingErrorComponents.test.ts derives them): ROC AUC std √3/8, fraction 1/2; precision and recall
    // std √3/4, fraction 1/2; F1 std √0.375, fraction 5/8.
    // Isotonic fit on the 8 reference rows: 0,0,1,0 pools to 1/3 over 0.3,0.4,0.6, so p̂(0.35) = 1/3, p̂(0.75) = 1.
    // March estimates: positive mass 24·1/3 + 24 = 32, negative mass 16; ROC AUC = (16/16)·((24 + 32)/2)/32 = 0.875;
    // predicted positive = the 0.75 rows: TP 24, FP 0, FN 8 → precision 1, recall 0.75, F1 6/7.
    // March band: SE(ROC AUC) = (√3/8)/√(48·1/2) = 1/(16√2), so [0.875 − 3/(16√2), 1] (upper clipped).
    // Thresholds from the realised reference months: ROC AUC Jan 2/3 (0.3 above 2 of 3 negatives), Feb 1 →
    // mean 5/6, σ 1/6 → [1/3, 4/3 → 1]; precision Jan null (no predicted positive), Feb 3/4 → [3/4, 3/4] (one
    // value, σ 0), so March's estimated precision 1 alerts; recall Jan 0, Feb 1 → [−1, 2] → [0, 1].
    // January's realised band: SE = (√3/8)/√(4·1/2) → [2/3 − 3√3/(8√2), 1].
    const r = (day: string, score: number, label: boolean | null): ScoredDecision => ({
      day,
      score,
      threshold: 0.5,
      label,
      role: "production"
    });
    const input = [
      r("2026-01-05", 0.1, false),
      r("2026-01-06", 0.2, false),
      r("2026-01-07", 0.3, true),
      r("2026-01-08", 0.4, false),
      r("2026-02-02", 0.6, false),
      r("2026-02-03", 0.7, true),
      r("2026-02-04", 0.8, true),
      r("2026-02-05", 0.9, true),
      ...Array.from({length: 48}, (_, i) => r("2026-03-10", i < 24 ? 0.35 : 0.75, null))
    ];
    const options = {
      granularities: ["month"] as const,
      reference: {from: "2026-01-01", to: "2026-03-01"},
      minLabelled: 1,
      minRows: 1
    };
    const {metrics} = modelMetrics(input, options);
    const close = (a: number | null, b: number) => assert.ok(a !== null && Math.abs(a - b) < 1e-12, `${a} vs ${b}`);
    assert.deepEqual(
      metrics.map((m) => [m.granularity, m.window_start, m.period]),
      [
        ["all", "2026-01-05", null],
        ["month", "2026-01-01", "reference"],
        ["month", "2026-02-01", "reference"],
        ["month", "2026-03-01", "analysis"]
      ]
    );
    const [all, jan, , mar] = metrics;
    close(mar.est_roc_auc, 0.875);
    close(mar.est_roc_auc_lower, 0.875 - 3 / (16 * Math.SQRT2));
    assert.equal(mar.est_roc_auc_upper, 1);
    close(mar.threshold_lower, 1 / 3);
    assert.equal(mar.threshold_upper, 1);
    assert.equal(mar.alert, false);
    close(mar.est_precision, 1);
    close(mar.est_recall, 0.75); // 24 / (24 + 24 · 1/3), with 1/3 in floating point
    close(mar.est_f1, 6 / 7);
    close(mar.est_precision_lower, 1 - (3 * Math.sqrt(3)) / 4 / Math.sqrt(24));
    close(mar.est_recall_upper, 1);
    close(mar.est_f1_lower, 6 / 7 - (3 * Math.sqrt(0.375)) / Math.sqrt(30));
    assert.deepEqual(
      [mar.precision_threshold_lower, mar.precision_threshold_upper, mar.precision_alert],
      [0.75, 0.75, true]
    );
    assert.deepEqual([mar.recall_threshold_lower, mar.recall_threshold_upper, mar.recall_alert], [0, 1, false]);
    close(jan.roc_auc, 2 / 3);
    close(jan.roc_auc_lower, 2 / 3 - (3 * Math.sqrt(3)) / 8 / Math.SQRT2);
    assert.equal(jan.roc_auc_upper, 1);
    assert.deepEqual(
      [all.threshold_lower, all.threshold_upper, all.alert, all.precision_alert],
      [null, null, false, false]
    );
    // a configured constant replaces the derived thresholds of that metric only; equal to the estimate: no alert
    const constant = modelMetrics(input, {...options, thresholds: {roc_auc: {constant: {lower: 0.9, upper: null}}}});
    const m2 = constant.metrics[3];
    assert.deepEqual([m2.threshold_lower, m2.threshold_upper, m2.alert, m2.precision_alert], [0.9, null, true, true]);
    const equal = modelMetrics(input, {
      ...options,
      thresholds: {roc_auc: {constant: {lower: mar.est_roc_auc, upper: null}}}
    });
    assert.equal(equal.metrics[3].alert, false);
  });

  it("chunks by a fixed number of rows in time order, and has no bands without a labelled reference", () => {
    const rows = [0.2, 0.7, 0.4, 0.9, 0.1].map((score, i) => ({
      day: `2026-01-0${5 - i}`,
      score,
      threshold: 0.5,
      label: i < 4 ? score > 0.5 : null,
      role: "production" as const
    }));
    const {metrics} = modelMetrics(rows, {granularities: [], chunkSize: 2, minLabelled: 1, minRows: 1});
    assert.deepEqual(
      metrics.map((m) => [m.granularity, m.window_start, m.window_end, m.n]),
      [
        ["all", "2026-01-01", "2026-01-06", 5],
        ["chunk", "2026-01-01", "2026-01-02", 2],
        ["chunk", "2026-01-03", "2026-01-04", 2],
        ["chunk", "2026-01-05", "2026-01-05", 1]
      ]
    );
    const none = modelMetrics([row("2026-03-01", 0.3, null)], {minLabelled: 1, minRows: 1}).metrics[1];
    assert.deepEqual([none.est_roc_auc_lower, none.threshold_lower, none.alert], [null, null, false]);
  });
});
