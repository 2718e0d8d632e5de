import assert from "node:assert/strict";
import {it} from "node:test";
import type {AlertRule} from "../../../src/lib/alerts/AlertRule.js";
import {checkView} from "../../../src/lib/alerts/checkView.js";
import {ruleSettings} from "../../../src/lib/alerts/ruleSettings.js";

const rules: AlertRule[] = [
  {name: "drift", system: "s", type: "drift", current: {from: "2026-05-04", to: "2026-06-01"}, threshold: 0.3},
  {
    name: "fallback",
    system: "s",
    type: "spc",
    metric: "fallback_rate",
    bucket: "day",
    recent: {last: 60},
    threshold: 0
  },
  {name: "fresh", system: "s", type: "freshness", asOf: "now"},
  {
    name: "fair",
    system: "s",
    type: "fairness",
    group: ["ethnicity"],
    rates: ["selection_rate"],
    decision: "final",
    threshold: 0.8
  },
  {
    name: "auc",
    system: "s",
    type: "performance",
    estimate: "realised",
    reference: {last: 28},
    current: {last: 28},
    threshold: 0.05
  },
  {name: "q", system: "s", type: "quarantine_rate", threshold: 0.001}
];
const check = (
  name: string,
  value: number | null,
  threshold: number | null,
  status: "pass" | "fail" | "error" = "fail"
) => ({
  name,
  status,
  value,
  threshold,
  message: "m"
});

it("checkView writes each value in its rule type's unit and says which side fails", () => {
  const rows = checkView(
    [
      check("drift", 0.4, 0.3),
      check("fallback", 42, 0),
      check("fresh", 3851.862, 24),
      check("fair", 0.7215, 0.8),
      check("auc", -0.0037, 0.05, "pass"),
      check("q", 0.00008, 0.001, "pass")
    ],
    rules
  );
  assert.deepEqual(
    rows.map((r) => [r.status, r.valueText, r.thresholdText, r.fails]),
    [
      ["FAIL", "40.0% of features", "30.0% of features", "above"],
      ["FAIL", "42 days", "0 days", "above"],
      ["FAIL", "160.5 d", "24 h", "above"],
      ["FAIL", "ratio 0.72", "ratio 0.80", "below"],
      ["PASS", "AUC drop −0.004", "AUC drop +0.050", "above"],
      ["PASS", "0.008%", "0.100%", "above"]
    ]
  );
  assert.equal(checkView([check("q", null, null, "error")], [rules[5]])[0].valueText, "–");
  assert.throws(() => checkView([], rules), /report and rules differ in length: 0 vs 6/);
});

it("ruleSettings writes a rule's settings in words, not JSON", () => {
  assert.equal(ruleSettings(rules[0]), "current: 2026-05-04 to 2026-06-01 (exclusive); threshold: 0.3");
  assert.equal(ruleSettings(rules[1]), "metric: fallback_rate; bucket: day; recent: last 60 days; threshold: 0");
  assert.equal(ruleSettings(rules[2]), "as of: now");
  assert.equal(ruleSettings(rules[3]), "group: ethnicity; rates: selection_rate; decision: final; threshold: 0.8");
});

it("checkView names a column drift test's statistic, and a p-value test fails below its threshold, a distance above", () => {
  const column = (test: "ks" | "psi"): AlertRule => ({
    name: test,
    system: "s",
    type: "column_drift",
    column: "income",
    test,
    current: {from: "2026-05-01", to: "2026-06-01"},
    threshold: test === "ks" ? 0.05 : 0.1
  });
  const rows = checkView([check("ks", 0.0123, 0.05), check("psi", 0.26431, 0.1)], [column("ks"), column("psi")]);
  assert.deepEqual(
    rows.map((r) => [r.valueText, r.thresholdText, r.fails]),
    [
      ["Kolmogorov–Smirnov p-value 0.0123", "Kolmogorov–Smirnov p-value 0.05", "below"],
      ["PSI 0.2643", "PSI 0.1", "above"]
    ]
  );
});
