import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {IntegrityChart} from "../../src/components/IntegrityChart.js";
import {NullRateHeatmap} from "../../src/components/NullRateHeatmap.js";
import {QuarantineWeeksChart} from "../../src/components/QuarantineWeeksChart.js";
import {VolumeChart} from "../../src/components/VolumeChart.js";
import type {IntegrityRow, NullRow, QuarantineRow, VolumeRow} from "../../src/lib/quality/qualityView.js";
import {assertSnapshot, newDocument} from "./spcSnapshot.js";

const day = (i: number) => new Date(Date.UTC(2026, 0, 5 + i));
const week = (i: number) => new Date(Date.UTC(2026, 0, 5 + 7 * i));

describe("data quality charts", () => {
  it("VolumeChart draws the counts in their band with anomalies as dots (snapshot)", () => {
    const rows: VolumeRow[] = [100, 102, 98, 101, 150, 99, 40].map((decisions, i) => ({
      system: "s",
      grain: "day",
      window_start: day(i),
      decisions,
      days: 1,
      max_gap_hours: 1,
      sla_hours: 24,
      baseline: i < 4,
      expected: 100,
      lcl: 70,
      ucl: 130,
      anomaly: decisions > 130 ? "high" : decisions < 70 ? "low" : null
    }));
    const chart = VolumeChart(rows, {width: 480, document: newDocument()});
    assert.equal(chart.querySelectorAll('g[aria-label="dot"] circle').length, 2);
    assert.equal(chart.querySelectorAll('g[aria-label="rule"] line').length, 1); // y = 0
    // the baseline (days 0–3) is one span from the first day's start to the last day's end, labelled
    const span = chart.querySelectorAll('g[aria-label="rect"] rect');
    assert.equal(span.length, 1);
    const x = (chart as unknown as {scale(name: "x"): {apply(d: Date): number}}).scale("x");
    const near = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-6, `${actual}`);
    near(Number(span[0].getAttribute("x")), x.apply(day(0)));
    near(Number(span[0].getAttribute("width")), x.apply(day(4)) - x.apply(day(0)));
    assert.ok([...chart.querySelectorAll('g[aria-label="text"] text')].some((t) => t.textContent === "baseline"));
    assertSnapshot(chart, "VolumeChart");
  });

  it("NullRateHeatmap draws a cell per column and week, required columns starred (snapshot)", () => {
    const rows: NullRow[] = [0, 1].flatMap((w) =>
      ["score", "income"].map((column, j) => ({
        system: "s",
        object: j === 0 ? "decisions" : "outcomes",
        grain: "week",
        window_start: week(w),
        column,
        required: j === 1,
        rows: 10,
        nulls: w + j,
        null_rate: (w + j) / 10
      }))
    );
    const chart = NullRateHeatmap(rows, {width: 400, legend: false, document: newDocument()});
    assert.equal(chart.querySelectorAll('g[aria-label="cell"] rect').length, 4);
    const labels = [...chart.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    assert.deepEqual(labels, ["score", "outcomes.income *"]);
    assertSnapshot(chart, "NullRateHeatmap");
  });

  it("IntegrityChart stacks labelled, pending and overdue decisions per week (snapshot)", () => {
    const rows: IntegrityRow[] = [0, 1, 2].map((i) => ({
      system: "s",
      week: week(i),
      decisions: 100,
      labelled: [90, 50, 0][i],
      pending: [0, 50, 100][i],
      overdue: [10, 0, 0][i],
      outcomes: 0,
      orphan_outcomes: 0,
      outcomes_before_decision: 0,
      overdue_before: null
    }));
    const chart = IntegrityChart(rows, {width: 400, document: newDocument()});
    assert.equal(chart.querySelectorAll('g[aria-label="rect"] rect').length, 9);
    assertSnapshot(chart, "IntegrityChart");
  });

  it("QuarantineWeeksChart stacks failed checks per week and leaves out rows without a week (snapshot)", () => {
    const rows: QuarantineRow[] = [
      {
        system: "s",
        object: "decisions",
        week: week(0),
        source_file: "a.csv",
        check: "income: type",
        rows: 2,
        rows_total: 2
      },
      {
        system: "s",
        object: "decisions",
        week: week(0),
        source_file: "a.csv",
        check: "score: maximum",
        rows: 1,
        rows_total: 0
      },
      {
        system: "s",
        object: "decisions",
        week: week(1),
        source_file: "b.csv",
        check: "income: type",
        rows: 1,
        rows_total: 1
      },
      {
        system: "s",
        object: "decisions",
        week: null,
        source_file: "b.csv",
        check: "decided_at: type",
        rows: 1,
        rows_total: 1
      }
    ];
    const chart = QuarantineWeeksChart(rows, {width: 400, document: newDocument()});
    assert.equal(chart.querySelectorAll('g[aria-label="rect"] rect').length, 3);
    assertSnapshot(chart, "QuarantineWeeksChart");
  });
});
