import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {ModelMetricsChart, type MetricsChartRow} from "../../src/components/ModelMetricsChart.js";
import {ReliabilityChart} from "../../src/components/ReliabilityChart.js";
import {StatusTimeline} from "../../src/components/StatusTimeline.js";
import {reliabilityCurve} from "../../src/lib/models/reliabilityCurve.js";
import {statusSpans} from "../../src/lib/models/statusSpans.js";
import {assertSnapshot, newDocument} from "./spcSnapshot.js";

const row = (model: string, granularity: string, start: string, auc: number | null, est: number | null) =>
  ({model, granularity, window_start: start, roc_auc: auc, est_roc_auc: est, brier: auc && 0.1}) as MetricsChartRow;

const rows: MetricsChartRow[] = [
  row("a@1", "validation", "2025-07-01", 0.86, null),
  row("a@1", "month", "2026-04-01", 0.83, 0.82),
  row("a@1", "month", "2026-05-01", 0.82, 0.825),
  row("a@1", "month", "2026-06-01", null, 0.83),
  row("b@2", "validation", "2026-01-31", 0.84, null),
  row("b@2", "month", "2026-05-01", 0.84, 0.845),
  row("b@2", "month", "2026-06-01", null, 0.84),
  row("b@2", "week", "2026-06-01", null, 0.84)
];

describe("ModelMetricsChart", () => {
  it("draws realised (labelled windows), estimated (every window) and a validation rule per version", () => {
    const chart = ModelMetricsChart(rows, {
      metric: "roc_auc",
      granularity: "month",
      width: 480,
      document: newDocument()
    });
    const count = (series: string, element: string) =>
      chart.querySelectorAll(`g[aria-description="${series}"] ${element}`).length;
    assert.equal(count("realised", "circle"), 3);
    assert.equal(count("estimated", "circle"), 5);
    assert.equal(count("realised", "path"), 2);
    assert.equal(count("estimated", "path"), 2);
    assert.equal(count("validation", "line"), 2);
    assertSnapshot(chart, "ModelMetricsChart-month");
  });

  it("draws a month the version was live for one day apart: hollow, labelled, not on the line", () => {
    const lr = [
      {...row("lr@1", "all", "2026-01-31", 0.83, 0.83), window_end: "2026-06-30"},
      {...row("lr@1", "month", "2026-01-01", 0.887, 0.833), window_end: "2026-02-01"},
      {...row("lr@1", "month", "2026-02-01", 0.824, 0.828), window_end: "2026-03-01"},
      {...row("lr@1", "month", "2026-03-01", 0.824, 0.827), window_end: "2026-04-01"}
    ] as MetricsChartRow[];
    const chart = ModelMetricsChart(lr, {metric: "roc_auc", granularity: "month", width: 480, document: newDocument()});
    assert.equal(chart.querySelectorAll('g[aria-description="realised"] circle').length, 2);
    assert.equal(chart.querySelectorAll('g[aria-description="partial"] circle').length, 1);
    assert.match(chart.textContent ?? "", /1 day live/);
  });

  it("shades the CBPE estimate's band when the rows carry one", () => {
    const banded = rows.map((r) =>
      r.est_roc_auc == null
        ? r
        : {...r, est_roc_auc_lower: r.est_roc_auc - 0.01, est_roc_auc_upper: r.est_roc_auc + 0.01}
    );
    const chart = ModelMetricsChart(banded, {metric: "roc_auc", granularity: "month", document: newDocument()});
    assert.equal(chart.querySelectorAll('g[aria-description="band"] path').length, 2); // one area per version
    const plain = ModelMetricsChart(rows, {metric: "roc_auc", granularity: "month", document: newDocument()});
    assert.equal(plain.querySelectorAll('g[aria-description="band"] path').length, 0);
  });

  it("has no estimated series for a metric CBPE does not estimate", () => {
    const chart = ModelMetricsChart(rows, {metric: "brier", granularity: "month", document: newDocument()});
    assert.equal(chart.querySelectorAll('g[aria-description="estimated"] circle').length, 0);
    assert.equal(chart.querySelectorAll('g[aria-description="realised"] circle').length, 3);
  });
});

describe("ReliabilityChart and StatusTimeline", () => {
  it("draws a dot per non-empty bin and a bar per status span", () => {
    const bins = reliabilityCurve([0.05, 0.15, 0.18, 0.95], [0, 0, 1, 1]).map((b) => ({...b, model: "a@1"}));
    const reliability = ReliabilityChart(bins, {width: 320, document: newDocument()});
    assert.equal(reliability.querySelectorAll('g[aria-label="dot"] circle').length, 3);
    const spans = statusSpans(
      [
        {status: "candidate", date: "2026-04-06", approver: "risk"},
        {status: "shadow", date: "2026-04-11", approver: "risk"}
      ],
      "2026-06-29"
    ).map((s) => ({...s, model: "b@2"}));
    const timeline = StatusTimeline(spans, {width: 480, document: newDocument()});
    assert.equal(timeline.querySelectorAll('g[aria-label="bar"] rect').length, 2);
    // the five-day candidate span is too short for a label: only "shadow" is written
    assert.deepEqual(
      [...timeline.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent),
      ["shadow"]
    );
  });
});
