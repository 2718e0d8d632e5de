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
});
