import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {ControlChart, POINT_COLORS} from "../../src/components/ControlChart.js";
import {palette} from "../../src/components/palette.js";
import {CusumChart} from "../../src/components/CusumChart.js";
import {EwmaChart} from "../../src/components/EwmaChart.js";
import {controlLimits} from "../../src/lib/spc/controlLimits.js";
import {spcAnalysis} from "../../src/lib/spc/spcAnalysis.js";
import {assertSnapshot, newDocument} from "./spcSnapshot.js";

// 12 days, n alternating 100/400 (stepped limits), counts at p ≈ 0.1 with a shift to 0.3 on the last 2 days
// (Phase II from 2026-01-11): WE1 on both shifted days, EWMA and CUSUM signals.
const counts = [10, 42, 9, 38, 11, 40, 10, 41, 9, 39, 30, 120];
const series = counts.map((count, i) => ({
  bucket: `2026-01-${String(i + 1).padStart(2, "0")}`,
  count,
  n: i % 2 ? 400 : 100
}));
const analysis = spcAnalysis(series, {baseline: {to: "2026-01-10"}});

describe("ControlChart", () => {
  it("draws zones, stepped limits, the centre and points coloured by rule (snapshot)", () => {
    const chart = ControlChart(controlLimits(analysis), {
      label: "rate",
      percent: true,
      width: 640,
      document: newDocument()
    });
    const dots = [...chart.querySelectorAll("circle")];
    assert.equal(dots.length, 12);
    // the two shifted days signal while monitoring and are drawn red, bigger; the others are in control
    assert.equal(dots.filter((c) => c.getAttribute("fill") === POINT_COLORS.signal).length, 2);
    assert.equal(dots.filter((c) => c.getAttribute("fill") === POINT_COLORS["in control"]).length, 10);
    assert.match(chart.textContent ?? "", /Phase II/);
    // the limits step with n: the dashed UCL path takes two heights (n = 100 and n = 400), in 12 steps
    const ucl = chart.querySelector(`g[stroke="${palette.alarm}"] path`)!.getAttribute("d")!;
    const heights = new Set([...ucl.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]).toFixed(1)));
    assert.equal(heights.size, 2, ucl);
    assertSnapshot(chart, "ControlChart");
  });

  it("renders an individuals chart without Phase II when the baseline is every point", () => {
    const values = [5, 7, 6, 8, 5, 6, 7, 15].map((value, i) => ({bucket: `2026-02-0${i + 1}`, value}));
    const chart = ControlChart(controlLimits(spcAnalysis(values)), {width: 640, document: newDocument()});
    assert.doesNotMatch(chart.textContent ?? "", /Phase II/);
    assert.equal(chart.querySelectorAll("circle").length, 8);
    assertSnapshot(chart, "ControlChart-individuals");
  });
});

describe("an outage that would flatten the limits", () => {
  it("is drawn as labelled triangles at the top of a y axis that keeps the limits readable", () => {
    // 60 days of a ~0.5 % rate with n = 1000, then 3 days at 35 %: the outage of the sample's fallback rate
    const days = Array.from({length: 60}, (_, i) => ({
      bucket: new Date(Date.UTC(2026, 1, 1 + i)).toISOString().slice(0, 10),
      count: i >= 50 && i < 53 ? 350 : 4 + (i % 3),
      n: 1000
    }));
    const chart = ControlChart(controlLimits(spcAnalysis(days, {baseline: {to: days[40].bucket}})), {
      percent: true,
      width: 640,
      document: newDocument()
    });
    const triangles = chart.querySelectorAll('g[aria-label="dot"] path');
    assert.equal(triangles.length, 3);
    assert.match(chart.textContent ?? "", /off the scale: 3 points up to 35\.0%/);
    // the y axis stops well below 35 %: its top tick is at most 3 %
    const ticks = [...chart.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) =>
      parseFloat(t.textContent!)
    );
    assert.ok(Math.max(...ticks) <= 3, String(ticks));
  });
});

describe("the threshold of a drift score", () => {
  // a weekly PSI-like series: quiet, then two weeks past the PSI threshold 0.1
  const mondays = ["02-02", "02-09", "02-16", "02-23", "03-02", "03-09", "03-16", "03-23"];
  const psi = [0.01, 0.02, 0.015, 0.01, 0.02, 0.012, 0.25, 0.3].map((value, i) => ({
    bucket: `2026-${mondays[i]}`,
    value
  }));
  const drift = spcAnalysis(psi, {baseline: {to: psi[5].bucket}});
  const purple = (chart: Element) => [...chart.querySelectorAll('g[stroke="#7c3aed"] line')];

  it("is drawn as a labelled dashed rule on the Shewhart and EWMA charts, only when given (snapshot)", () => {
    const chart = ControlChart(controlLimits(drift), {
      label: "PSI",
      threshold: 0.1,
      width: 640,
      document: newDocument()
    });
    assert.equal(purple(chart).length, 1);
    assert.match(chart.textContent ?? "", /threshold 0\.1/);
    assertSnapshot(chart, "ControlChart-threshold");
    const ewmaChart = EwmaChart(drift.ewma!.points, {
      center: drift.individuals.center,
      threshold: 0.1,
      width: 640,
      document: newDocument()
    });
    assert.equal(purple(ewmaChart).length, 1);
    const without = ControlChart(controlLimits(drift), {label: "PSI", width: 640, document: newDocument()});
    assert.equal(purple(without).length, 0);
    assert.doesNotMatch(without.textContent ?? "", /threshold/);
  });
});

describe("EwmaChart and CusumChart", () => {
  it("draw the EWMA with its time-varying band and signals (snapshot)", () => {
    const chart = EwmaChart(analysis.ewma!.points, {
      center: analysis.individuals.center,
      phase2From: "2026-01-11",
      percent: true,
      width: 640,
      document: newDocument()
    });
    const red = [...chart.querySelectorAll("circle")].filter((c) => c.getAttribute("fill") === "#d62728");
    assert.equal(red.length, analysis.ewma!.points.filter((d) => d.signal).length);
    assert.ok(red.length > 0);
    assertSnapshot(chart, "EwmaChart");
  });

  it("draw C⁺ above and −C⁻ below with ±h (snapshot)", () => {
    const chart = CusumChart(analysis.cusum!.points, {
      h: 5,
      phase2From: "2026-01-11",
      width: 640,
      document: newDocument()
    });
    // two dots per bucket (C⁺ and C⁻)
    assert.equal(chart.querySelectorAll("circle").length, 24);
    assertSnapshot(chart, "CusumChart");
  });
});
