import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {DatasetDriftChart} from "../../src/components/DatasetDriftChart.js";
import {DistributionOverlay} from "../../src/components/DistributionOverlay.js";
import {DriftHeatmap} from "../../src/components/DriftHeatmap.js";
import {DriftTimeline} from "../../src/components/DriftTimeline.js";
import type {DriftBinRow, DriftCellRow, DriftWindowRow} from "../../src/lib/drift/driftView.js";
import {assertSnapshot, newDocument} from "./spcSnapshot.js";

// 2 features × 3 weeks; "income" drifts in the last week.
const weeks = ["2026-05-04", "2026-05-11", "2026-05-18"];
const cell = (name: string, week: string, drifted: boolean, psi: number): DriftCellRow => ({
  system: "s",
  window_start: week,
  name,
  type: "numeric",
  role: "feature",
  test: "wasserstein",
  drifted,
  value: drifted ? 0.4 : 0.02,
  threshold: 0.1,
  reason: "r",
  psi,
  js_distance: psi / 2,
  ks: null,
  wasserstein: null,
  wasserstein_normed: null,
  chi2: null,
  reference_values: 100,
  current_values: 50
});
const cells = weeks.flatMap((w, i) => [cell("income", w, i === 2, i === 2 ? 0.3 : 0.01), cell("age", w, false, 0.02)]);

describe("drift charts", () => {
  it("DriftHeatmap draws one cell per feature and week and a dot per drifted cell (snapshot)", () => {
    const chart = DriftHeatmap(cells, {week: weeks[2], legend: false, width: 480, document: newDocument()});
    assert.equal(chart.querySelectorAll('g[aria-label="cell"]')[0].querySelectorAll("rect").length, 6);
    assert.equal(chart.querySelectorAll('g[aria-label="dot"] circle').length, 1);
    assertSnapshot(chart, "DriftHeatmap");
  });

  it("DistributionOverlay draws reference and current bars per bin, in bin order (snapshot)", () => {
    const bins: DriftBinRow[] = ["b", "a", "c"].map((label, i) => ({
      system: "s",
      window_start: weeks[0],
      feature: "f",
      bin: [1, 0, 2][i],
      label,
      reference_share: 1 / 3,
      current_share: [0.2, 0.5, 0.3][i]
    }));
    const chart = DistributionOverlay(bins, {label: "f", width: 400, document: newDocument()});
    assert.equal(chart.querySelectorAll('g[aria-label="bar"] rect').length, 6);
    const ticks = [...chart.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
    assert.deepEqual(ticks, ["a", "b", "c"]);
    assertSnapshot(chart, "DistributionOverlay");
  });

  it("DriftTimeline plots the chosen test's value per week with its threshold (snapshot)", () => {
    const chart = DriftTimeline(
      cells.filter((c) => c.name === "income"),
      {width: 480, document: newDocument()}
    );
    assert.equal(chart.querySelectorAll('g[aria-label="dot"] circle').length, 3);
    assert.equal(chart.querySelectorAll('g[aria-label="rule"] line').length, 1);
    assertSnapshot(chart, "DriftTimeline");
  });

  it("DriftTimeline labels every decade tick of a p-value's log axis", () => {
    const ks = cells
      .filter((c) => c.name === "income")
      .map((c, i) => ({...c, test: "ks", threshold: 0.05, value: [0.3, 0.02, 1e-12][i]}));
    const chart = DriftTimeline(ks, {label: "Kolmogorov–Smirnov p-value", width: 480, document: newDocument()});
    const ticks = [...chart.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    assert.deepEqual(ticks, ["1e-12", "1e-10", "1e-8", "1e-6", "1e-4", "0.01", "1"]);
    const label = chart.querySelector('g[aria-label="y-axis label"] text')?.textContent;
    assert.equal(label, "↑ Kolmogorov–Smirnov p-value (log scale)");
  });

  it("DatasetDriftChart draws a bar per week and marks prediction drift (snapshot)", () => {
    const windows: DriftWindowRow[] = weeks.map((w, i) => ({
      system: "s",
      window_start: w,
      rows: 100,
      share: i === 2 ? 0.5 : 0,
      drifted: i === 2,
      count: i === 2 ? 1 : 0,
      total: 2,
      prediction_drifted: i === 2
    }));
    const chart = DatasetDriftChart(windows, {share: 0.3, width: 480, document: newDocument()});
    assert.equal(chart.querySelectorAll('g[aria-label="rect"] rect').length, 3);
    assert.equal(chart.querySelectorAll('g[aria-label="dot"] path').length, 1);
    assertSnapshot(chart, "DatasetDriftChart");
  });
});
