import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {LabelDriftChart} from "../../src/components/LabelDriftChart.js";
import {ReconstructionChart} from "../../src/components/ReconstructionChart.js";
import type {LabelRow, MultivariateRow} from "../../src/lib/drift/driftView.js";
import {assertSnapshot, newDocument} from "./spcSnapshot.js";

const weeks = ["2026-05-04", "2026-05-11", "2026-05-18", "2026-05-25"];

describe("multivariate and label drift charts", () => {
  it("ReconstructionChart draws one dot per week inside the band, drifted weeks red (snapshot)", () => {
    const rows: MultivariateRow[] = weeks.map((w, i) => ({
      system: "s",
      window_start: w,
      rows: 700,
      error: [2.05, 2.06, 2.04, 2.2][i],
      reference: i < 2,
      mean: 2.05,
      lower: 2.0,
      upper: 2.1,
      drifted: i === 3,
      components: 3,
      explained: 0.7
    }));
    const chart = ReconstructionChart(rows, {width: 480, document: newDocument()});
    const dots = [...chart.querySelectorAll('g[aria-label="dot"] circle')];
    assert.equal(dots.length, 4);
    assert.equal(dots.filter((d) => d.getAttribute("fill") === "#d62728").length, 1);
    assert.equal(chart.querySelectorAll('g[aria-label="dot"][fill="white"] circle').length, 2); // reference weeks
    assert.equal(chart.querySelectorAll('g[aria-label="area"] path').length, 1);
    assertSnapshot(chart, "ReconstructionChart");
  });

  it("LabelDriftChart draws the weekly rate against the reference rate, drifted weeks red (snapshot)", () => {
    const rows: LabelRow[] = weeks.map((w, i) => ({
      system: "s",
      window_start: w,
      label: "defaulted",
      decisions: 1000,
      labelled: [900, 800, 400, 100][i],
      positive: [117, 104, 80, 25][i],
      reference_rate: 0.13,
      current_rate: [0.13, 0.13, 0.2, 0.25][i],
      difference: [0, 0, 0.07, 0.12][i],
      chi2: [0, 0, 20, 12][i],
      pvalue: [1, 1, 1e-5, 5e-4][i],
      drifted: i >= 2,
      alpha: 0.01
    }));
    const chart = LabelDriftChart(rows, {width: 480, document: newDocument()});
    const dots = [...chart.querySelectorAll('g[aria-label="dot"] circle')];
    assert.equal(dots.length, 4);
    assert.equal(dots.filter((d) => d.getAttribute("fill") === "#d62728").length, 2);
    assert.equal(chart.querySelectorAll('g[aria-label="rule"] line').length, 1);
    assertSnapshot(chart, "LabelDriftChart");
  });
});
