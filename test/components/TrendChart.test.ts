import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {TrendChart} from "../../src/components/TrendChart.js";
import type {RoiWeek} from "../../src/lib/roi/roiReport.js";
import {newDocument} from "./spcSnapshot.js";

describe("TrendChart", () => {
  it("ends its y axis on a labelled tick at or above the highest week", () => {
    // the ROI page's loss rate: weeks up to 7.9 % drew ticks 0–6 only, the last points above the last label
    const weeks = [5.3, 6.6, 4.9, 7.9].map((v, i) => ({
      week: `2026-0${i + 1}-05`,
      period: i < 2 ? "baseline" : "automated",
      lossRate: v / 100
    })) as unknown as RoiWeek[];
    const chart = TrendChart(weeks, {
      y: "lossRate",
      label: "Bad outcomes (%)",
      goLive: "2026-02-15",
      percent: true,
      document: newDocument()
    });
    const ticks = [...chart.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) =>
      Number(t.textContent)
    );
    assert.ok(Math.max(...ticks) >= 7.9, `ticks ${ticks}`);
  });
});
