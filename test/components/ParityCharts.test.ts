import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {CbpeBandChart, type CbpeBandRow} from "../../src/components/CbpeBandChart.js";
import {DisparityChart} from "../../src/components/DisparityChart.js";
import {fairnessReport} from "../../src/lib/fairness/fairnessReport.js";
import {ExplainChart} from "../../src/components/ExplainChart.js";
import {FairnessGridChart} from "../../src/components/FairnessGridChart.js";
import {ModelComparisonChart} from "../../src/components/ModelComparisonChart.js";
import {explainChange} from "../../src/lib/explain/explainChange.js";
import type {GridCell} from "../../src/lib/fairness/fairnessGrid.js";
import {modelComparison} from "../../src/lib/fairness/modelComparison.js";
import {assertSnapshot, newDocument} from "./spcSnapshot.js";

const band = (start: string, auc: number | null, est: number, alert = false): CbpeBandRow => ({
  window_start: start,
  n: 1000,
  n_labelled: auc === null ? 0 : 500,
  roc_auc: auc,
  roc_auc_lower: auc === null ? null : auc - 0.03,
  roc_auc_upper: auc === null ? null : auc + 0.03,
  est_roc_auc: est,
  est_roc_auc_lower: est - 0.02,
  est_roc_auc_upper: est + 0.02,
  roc_auc_threshold_lower: 0.78,
  roc_auc_threshold_upper: 0.88,
  roc_auc_alert: alert
});

describe("CbpeBandChart", () => {
  it("draws realised and estimated with both bands, the thresholds and the alerts", () => {
    const rows = [
      band("2026-02-01", 0.83, 0.835),
      band("2026-03-01", 0.82, 0.83),
      band("2026-04-01", 0.81, 0.8),
      band("2026-05-01", null, 0.76, true),
      band("2026-06-01", null, 0.79)
    ].map((r, i, all) => ({...r, window_end: all[i + 1]?.window_start ?? "2026-07-01"}));
    const chart = CbpeBandChart(rows, {metric: "roc_auc", label: "ROC AUC", width: 560, document: newDocument()});
    const count = (series: string, element: string) =>
      chart.querySelectorAll(`g[aria-description="${series}"] ${element}`).length;
    assert.equal(count("realised", "circle"), 3);
    assert.equal(count("estimated", "circle"), 5);
    // one band per window, spanning it: the windows' bands tile the x axis, each value in its window's middle
    assert.equal(count("realised band", "rect"), 3);
    assert.equal(count("estimated band", "rect"), 5);
    const spans = [...chart.querySelectorAll('g[aria-description="estimated band"] rect')].map((r) => [
      Number(r.getAttribute("x")),
      Number(r.getAttribute("x")) + Number(r.getAttribute("width"))
    ]);
    for (let i = 1; i < spans.length; i++) assert.ok(Math.abs(spans[i][0] - spans[i - 1][1]) < 1.01, `${spans}`);
    const dot = chart.querySelector('g[aria-description="estimated"] circle')!;
    const middle = (spans[0][0] + spans[0][1]) / 2;
    assert.ok(Math.abs(Number(dot.getAttribute("cx")) - middle) < 1, `${dot.getAttribute("cx")} vs ${middle}`);
    assert.equal(count("threshold", "line"), 2);
    assert.equal(count("alert", "circle"), 1);
    assert.match(chart.textContent ?? "", /lower threshold 0.780/);
    assertSnapshot(chart, "CbpeBandChart");
  });
});

describe("ExplainChart", () => {
  it("stacks mix, rate and interaction per attribute and prints the share the mix explains", () => {
    const seg = (segment: string, n0: number, count0: number, n1: number, count1: number) => ({
      segment,
      n0,
      count0,
      n1,
      count1
    });
    const r = explainChange([
      {attribute: "income", segments: [seg("low", 8, 2, 24, 3), seg("high", 8, 6, 8, 6)]},
      {attribute: "region", segments: [seg("north", 8, 4, 16, 4), seg("south", 8, 4, 16, 5)]}
    ]);
    const chart = ExplainChart(r.components, {change: r.change, width: 560, document: newDocument()});
    assert.equal(chart.querySelectorAll('g[aria-label="bar"] rect').length, 6);
    assert.match(chart.textContent ?? "", /57% mix/);
    assertSnapshot(chart, "ExplainChart");
  });
});

describe("FairnessGridChart", () => {
  it("colours each attribute × metric cell by pass/fail and prints the worst group and ratio", () => {
    const cell = (
      attribute: string,
      metric: GridCell["metric"],
      passed: boolean,
      worst: string | null,
      ratio: number | null
    ): GridCell => ({
      attribute,
      metric,
      reference_group: "ref",
      worst_group: worst,
      worst_ratio: ratio,
      passed,
      failing_groups: passed ? [] : [worst!]
    });
    const chart = FairnessGridChart(
      [
        cell("sex", "selection_rate", true, "female", 0.93),
        cell("sex", "fnr", true, "other", 1.1),
        cell("ethnicity", "selection_rate", false, "group_c", 0.62),
        cell("ethnicity", "fnr", false, "group_c", 1.9)
      ],
      {labels: {fnr: "false negative rate"}, width: 560, document: newDocument()}
    );
    assert.equal(chart.querySelectorAll('rect[aria-label="fail"]').length, 2);
    assert.match(chart.textContent ?? "", /group_c 0.62/);
    assert.match(chart.textContent ?? "", /false negative rate/);
    assertSnapshot(chart, "FairnessGridChart");
  });
});

describe("ModelComparisonChart", () => {
  it("places each model at one threshold and with per-group thresholds, with an arrow between them", () => {
    const scores = [0.1, 0.2, 0.6, 0.9, 0.1, 0.4, 0.6, 0.9];
    const labels = [true, true, false, false, true, true, true, false];
    const groups = ["a", "a", "a", "a", "b", "b", "b", "b"];
    const points = modelComparison(
      [
        {model: "m@1", scores},
        {model: "m@2", scores: scores.map((s) => Math.min(1, 1.1 - s))}
      ],
      labels,
      groups,
      {bins: 4}
    );
    const chart = ModelComparisonChart(points, {width: 560, document: newDocument()});
    assert.equal(chart.querySelectorAll('g[aria-description="model"] circle').length, 2);
    assert.equal(chart.querySelectorAll('g[aria-description="variant"] path').length, 2);
    assertSnapshot(chart, "ModelComparisonChart");
  });
});

describe("DisparityChart", () => {
  it("prints each group's ratio beside its dot", () => {
    const c = (tp: number, fp: number, tn: number, fn: number) => ({tp, fp, tn, fn, up: 0, un: 0});
    // selection: a (12+4)/32 = 0.5 (largest, reference), b (6+2)/20 = 0.4 → 0.80, c 7/8 → 1.75
    const report = fairnessReport([
      {group: "a", confusion: c(12, 4, 12, 4)},
      {group: "b", confusion: c(6, 2, 10, 2)},
      {group: "c", confusion: c(4, 3, 0, 1)}
    ]);
    const chart = DisparityChart(report, {rate: "selection_rate", width: 560, document: newDocument()});
    const values = [...chart.querySelectorAll('g[aria-description="value"] text')].map((t) => t.textContent);
    assert.deepEqual(values, ["1.00", "0.80", "1.75"]);
  });
});
