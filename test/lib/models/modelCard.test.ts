import assert from "node:assert/strict";
import {describe, it} from "node:test";
import type {GroupPerformance} from "../../../src/lib/models/groupPerformance.js";
import {modelCard, type CardWindow} from "../../../src/lib/models/modelCard.js";
import type {ModelEntry} from "../../../src/lib/replay/modelEntry.js";

const entry: ModelEntry = {
  name: "credit-lr",
  version: "1.0.0",
  system: "credit-line",
  type: "logistic_regression",
  status: "production",
  status_history: [
    {status: "candidate", date: "2026-01-20", approver: "model-risk@bank.example", note: "validation passed"},
    {status: "production", date: "2026-01-31", approver: "credit-committee@bank.example"}
  ],
  owner: "credit-risk-analytics@bank.example",
  purpose: "Probability of default for credit-line applications.",
  limitations: "Learnt a region=south effect.",
  training: {
    window: {from: "2025-07-01", to: "2025-12-31"},
    rows: 60000,
    seed: 1,
    positive_share: 0.15,
    algorithm: "logistic regression (Newton)",
    data_notes: "2025 H2 applications."
  },
  features: ["income", "region=south"],
  input: {name: "features", dtype: "float32"},
  output: {name: "score", meaning: "probability of default"},
  decision: {
    threshold: 0.2,
    below: "approve",
    above: "decline",
    refer_band: 0.05,
    refer: "refer",
    threshold_changes: [{from: "2026-03-17", threshold: 0.25}]
  },
  onnx: {file: "credit-lr-1.0.0.onnx", sha256: "0".repeat(64), bytes: 248, ir_version: 8, opsets: {"ai.onnx": 15}},
  metrics: {
    validation: {
      rows: 20000,
      window: {from: "2025-07-01", to: "2025-12-31"},
      roc_auc: 0.84,
      brier: 0.1,
      log_loss: 0.32,
      precision: 0.4,
      recall: 0.7,
      f1: 0.51,
      by_group: {age_band: {"65+": {rows: 2000, roc_auc: 0.82}}}
    }
  }
};

const window = (granularity: CardWindow["granularity"], start: string, auc: number | null, est: number) =>
  ({
    granularity,
    window_start: start,
    window_end: "",
    role: "production",
    n: 1000,
    n_labelled: auc === null ? 0 : 600,
    prevalence: 0.15,
    roc_auc: auc,
    precision: 0.38,
    recall: 0.72,
    f1: 0.5,
    brier: 0.11,
    log_loss: 0.34,
    ece: 0.01,
    est_roc_auc: est,
    est_precision: 0.39,
    est_recall: 0.71,
    est_f1: 0.5
  }) satisfies CardWindow;

const group = (
  attribute: string,
  g: string,
  auc: number | null,
  selection: number,
  labelled = 3000
): GroupPerformance => ({
  attribute,
  group: g,
  n: 5000,
  n_labelled: labelled,
  n_bad: labelled * 0.15,
  roc_auc: auc,
  selection_rate: selection,
  bad_rate: 0.15
});

describe("modelCard", () => {
  const metrics = [
    window("all", "2026-01-31", 0.83, 0.835),
    window("month", "2026-06-01", null, 0.77),
    window("month", "2026-05-01", 0.82, 0.825)
  ];
  const groups = [
    group("age_band", "50-64", 0.84, 0.6),
    group("age_band", "65+", 0.77, 0.58),
    group("ethnicity", "group_a", 0.83, 0.66),
    group("ethnicity", "group_c", 0.83, 0.43),
    group("sex", "other", 0.7, 0.66, 40)
  ];
  const card = modelCard(entry, {asOf: "2026-06-29", metrics, groups});

  it("states purpose, decision policy, data and approvals from the registry", () => {
    assert.equal(card.id, "credit-lr@1.0.0");
    assert.equal(card.title, "credit-lr 1.0.0");
    assert.equal(card.summary, "credit-line · logistic regression · production · as of 2026-06-29");
    assert.equal(card.purpose.owner, "credit-risk-analytics@bank.example");
    assert.equal(
      card.purpose.decision,
      "approve when score < 0.2, else decline; refer when within 0.05 of the threshold; threshold 0.25 from 2026-03-17"
    );
    assert.deepEqual(card.data.training_window, {from: "2025-07-01", to: "2025-12-31"});
    assert.deepEqual(card.data.features, ["income", "region=south"]);
    assert.equal(
      card.data.live,
      "1,000 live decisions scored (production) from 2026-01-31 to 2026-06-29, 600 with an outcome by then"
    );
    assert.deepEqual(card.approvals[1], {
      date: "2026-01-31",
      status: "production",
      approver: "credit-committee@bank.example",
      note: null
    });
  });

  it("puts validation, realised and estimated metrics side by side, and the latest month", () => {
    assert.deepEqual(card.metrics[0], {metric: "ROC AUC", validation: 0.84, realised: 0.83, estimated: 0.835});
    assert.deepEqual(card.metrics[4], {metric: "Brier score", validation: 0.1, realised: 0.11, estimated: null});
    assert.equal(card.latest, "2026-06: 1,000 decisions, 0 labelled; ROC AUC realised –, estimated 0.770");
  });

  it("lists per-group results with the validation ROC AUC where the registry has it", () => {
    assert.equal(card.fairness.find((g) => g.group === "65+")!.validation_roc_auc, 0.82);
    assert.equal(card.fairness.find((g) => g.group === "group_c")!.validation_roc_auc, null);
  });

  it("generates limitations: registry text, weak groups, four-fifths, drop below validation, CBPE caveat", () => {
    // hand derivation: 65+ AUC 0.77 is 0.06 below 0.83 (> 0.05) and SE(0.77, 450 bad, 2550 good) = 0.01357 (Hanley &
    // McNeil, computed in Python), so 0.06 > 1.96 SE; sex=other (0.70, 40 labelled: 6 bad, 34 good) is 0.13 below
    // but SE 0.127, 1.96 SE = 0.25 > 0.13: noise, not listed; group_c selects 0.43 / 0.66 = 0.652 of group_a;
    // the June estimate 0.77 is 0.07 below validation 0.84; 50-64 selects 0.6/0.6 (age top) and 65+ 0.58/0.6 ≥ 0.8
    assert.deepEqual(card.limitations.slice(0, 4), [
      "Learnt a region=south effect.",
      "Ranks age_band=65+ worse: live ROC AUC 0.770 against 0.830 overall (3,000 labelled decisions, standard error 0.014).",
      "Selects ethnicity=group_c at 0.430, 0.652 of ethnicity=group_a's 0.660 (below four fifths).",
      "Live estimated ROC AUC 0.770 is 0.070 below validation (0.840)."
    ]);
    assert.match(card.limitations[4], /^Outcomes arrive 30–90 days after a decision: 600 of 1,000 live decisions/);
    assert.equal(card.limitations.length, 5);
  });

  it("says so when the version has no live decisions", () => {
    const empty = modelCard({...entry, limitations: undefined}, {asOf: "2026-06-29", metrics: [], groups: []});
    assert.equal(empty.data.live, "no live decisions scored by 2026-06-29");
    assert.deepEqual(empty.limitations, []);
    assert.equal(empty.latest, null);
    assert.deepEqual(empty.metrics[0], {metric: "ROC AUC", validation: 0.84, realised: null, estimated: null});
  });
});
