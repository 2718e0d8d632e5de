import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {DisparityChart} from "../../src/components/DisparityChart.js";
import {DisparitySeriesChart} from "../../src/components/DisparitySeriesChart.js";
import {LatencyChart} from "../../src/components/LatencyChart.js";
import type {FairnessReport} from "../../src/lib/fairness/fairnessReport.js";
import {newDocument} from "./spcSnapshot.js";

/** The text of every tick label of the chart's `k` axis, in document order. */
function tickLabels(chart: Element, k: "x" | "y"): string[] {
  return [...chart.querySelectorAll(`g[aria-label="${k}-axis tick label"] text`)].map((t) => t.textContent ?? "");
}

// The fairness page's default view (credit-line by ethnicity): one group at 0.78, so the domain is [0.72, 1.375].
// d3's log tickFormat blanks the labels it finds crowded: its 0.8 tick came out with no text.
const ratios = [1, 0.965, 0.778, 0.954];
const report = {
  band: [0.8, 1.25],
  reference_by_rate: {selection_rate: "a"},
  groups: ratios.map((ratio, i) => ({
    group: "abcd"[i],
    n: 1000,
    small: false,
    selection_rate: 0.7 * ratio,
    disparity: {selection_rate: ratio},
    within_band: {selection_rate: ratio >= 0.8}
  }))
} as unknown as FairnessReport;

describe("log axes", () => {
  it("DisparitySeriesChart labels every tick, the band's lower edge 0.8 included", () => {
    const series = ["2026-01", "2026-02"].map((window) => ({window, report}));
    const chart = DisparitySeriesChart(series, {rate: "selection_rate", width: 640, document: newDocument()});
    const labels = tickLabels(chart, "y");
    assert.deepEqual(labels, ["0.8", "1", "1.25"]);
  });

  it("DisparityChart labels every tick", () => {
    const chart = DisparityChart(report, {rate: "selection_rate", width: 640, document: newDocument()});
    assert.deepEqual(tickLabels(chart, "x"), ["0.67", "0.8", "1", "1.25", "1.5"]);
  });

  it("LatencyChart labels every tick in ms with a thousands separator, none below the frame", () => {
    const rows = [
      {system: "s", day: new Date("2026-01-01T00:00:00Z"), latency_p50: 21, latency_p95: 80},
      {system: "s", day: new Date("2026-01-02T00:00:00Z"), latency_p50: 30, latency_p95: 2100}
    ];
    const chart = LatencyChart(rows, {width: 640, document: newDocument()});
    assert.deepEqual(tickLabels(chart, "y"), ["20", "50", "100", "200", "500", "1,000", "2,000"]);
    // the domain starts at the tick 20 below the lowest value 21, so that tick sits on the frame's bottom edge:
    // height 240 − Plot's default marginBottom 30 (it sat below the frame, on the x axis's labels, before)
    const first = chart.querySelector('g[aria-label="y-axis tick label"] text');
    assert.equal(first?.getAttribute("transform"), "translate(40,210)");
  });
});
