import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {encodeFactor} from "../../../src/lib/fairness/encodeFactor.js";
import {rocAuc} from "../../../src/lib/fairness/rocAuc.js";
import {chunkRows} from "../../../src/lib/models/chunkRows.js";
import {groupPerformance, groupPerformanceOfFactors} from "../../../src/lib/models/groupPerformance.js";
import {modelMetrics, type ScoredDecision} from "../../../src/lib/models/modelMetrics.js";
import {modelMetricsOfColumns} from "../../../src/lib/models/modelMetricsOfColumns.js";
import {performanceMetrics} from "../../../src/lib/models/performanceMetrics.js";
import {ROLES, scoredColumns, type ScoredColumns} from "../../../src/lib/models/scoredColumns.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";
import {isotonicCalibration} from "../../../src/lib/shadow/isotonicCalibration.js";

// Asymmetric: scores on a 0.05 grid (many ties), a third of the labels null, both roles, two thresholds, a
// 1 March decision alone in its month and week, and a group ("x") with three rows.
function fixture(): {rows: ScoredDecision[]; band: (string | null)[]} {
  const rng = sfc32(14);
  const rows: ScoredDecision[] = [];
  const band: (string | null)[] = [];
  for (let i = 0; i < 900; ++i) {
    const day = new Date(Date.UTC(2026, 0, 5) + Math.floor(rng() * 49) * 86_400_000).toISOString().slice(0, 10);
    const score = Math.round(rng() ** 1.4 * 20) / 20;
    const r = rng();
    rows.push({
      day,
      score,
      threshold: day < "2026-02-01" ? 0.5 : 0.35,
      label: r < 0.33 ? null : rng() < score,
      role: rng() < 0.7 ? "production" : "shadow"
    });
    band.push(i % 300 === 7 ? "x" : r < 0.05 ? null : rng() < 0.4 ? "young" : "old");
  }
  rows.push({day: "2026-03-01", score: 0.5, threshold: 0.35, label: true, role: "shadow"});
  band.push("old");
  return {rows, band};
}

describe("modelMetricsOfColumns", () => {
  const {rows} = fixture();
  const options = {minLabelled: 1, minRows: 1};

  it("gives, window by window, the bits performanceMetrics gives on the rows as objects", () => {
    const {metrics, reliability} = modelMetricsOfColumns(scoredColumns(rows), options);
    // the row path, written out: each window's rows (chunkRows), their arrays of numbers and booleans or nulls
    const labelled = rows.filter((r) => r.label !== null);
    const calibration = isotonicCalibration(
      labelled.map((r) => r.score),
      labelled.map((r) => r.label)
    );
    const windows = [
      rows,
      ...chunkRows(rows, {granularity: "month"}).map((c) => c.rows),
      ...chunkRows(rows, {granularity: "week"}).map((c) => c.rows)
    ];
    assert.equal(metrics.length, windows.length);
    assert.ok(windows.some((w) => w.length === 1));
    windows.forEach((list, w) => {
      const {reliability: curve, ...m} = performanceMetrics(
        list.map((r) => r.score),
        list.map((r) => r.threshold),
        list.map((r) => r.label),
        {calibrate: (s) => calibration.apply(s), ...options}
      );
      const got = metrics[w];
      for (const [field, value] of Object.entries(m)) assert.equal(got[field as keyof typeof m], value, field);
      assert.equal(got.role, [...new Set(list.map((r) => r.role))].sort().join("+"));
      assert.deepEqual(
        reliability.slice(w * 10, w * 10 + 10).map(({bin, count, mean_score, observed_rate}) => ({
          bin,
          count,
          mean_score,
          observed_rate
        })),
        curve.map(({bin, count, mean_score, observed_rate}) => ({bin, count, mean_score, observed_rate}))
      );
    });
    assert.ok(metrics.some((m) => m.est_roc_auc !== null && m.roc_auc !== null));
  });

  it("gives the same result whatever unused days the day list holds (as a loader's columns do)", () => {
    const c = scoredColumns(rows);
    const days = ["2025-12-31", ...c.days, "2026-12-31"];
    const padded: ScoredColumns = {...c, days, day: c.day.map((d) => d + 1)};
    assert.deepEqual(modelMetricsOfColumns(padded, options), modelMetrics(rows, options));
  });

  it("cuts chunks of a size in time order and splits a reference period as the rows do", () => {
    const timed = rows.map((r, i) => ({...r, time: `${r.day}T${String(i % 24).padStart(2, "0")}:00:00Z`}));
    const chunked = modelMetrics(timed, {
      ...options,
      granularities: [],
      chunkSize: 100,
      reference: {from: "2026-01-05", to: "2026-02-01"}
    });
    const sorted = [...timed].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    const reference = sorted.filter((r) => r.day < "2026-02-01");
    const first = reference.slice(0, 100);
    const chunk = chunked.metrics.find((m) => m.granularity === "chunk" && m.period === "reference")!;
    assert.equal(chunk.window_start, first[0].time);
    assert.equal(chunk.window_end, first[99].time);
    assert.equal(
      chunk.roc_auc,
      rocAuc(
        first.map((r) => r.score),
        first.map((r) => r.label)
      )
    );
  });

  it("keeps each role's code in ROLES order", () => {
    assert.deepEqual(ROLES, ["production", "shadow"]);
    assert.deepEqual([...scoredColumns(rows.slice(-1)).role], [1]);
  });
});

describe("groupPerformanceOfFactors", () => {
  const {rows, band} = fixture();
  it("gives each group, the small one included, what the rows of that group give", () => {
    const scores = Float64Array.from(rows, (r) => r.score);
    const thresholds = Float64Array.from(rows, (r) => r.threshold);
    const labels = Int8Array.from(rows, (r) => (r.label === null ? -1 : r.label ? 1 : 0));
    const groups = groupPerformanceOfFactors(scores, thresholds, labels, {band: encodeFactor(band)}, {minLabelled: 2});
    assert.deepEqual(
      groups.map((g) => g.group),
      ["old", "x", "young"]
    );
    for (const g of groups) {
      const mine = rows.filter((_, i) => band[i] === g.group);
      const known = mine.filter((r) => r.label !== null);
      assert.equal(g.n, mine.length);
      assert.equal(g.n_labelled, known.length);
      assert.equal(g.n_bad, known.filter((r) => r.label).length);
      assert.equal(g.selection_rate, mine.filter((r) => r.score < r.threshold).length / mine.length);
      assert.equal(
        g.roc_auc,
        known.length >= 2
          ? rocAuc(
              mine.map((r) => r.score),
              mine.map((r) => r.label)
            )
          : null
      );
    }
    assert.deepEqual(
      groupPerformance(
        rows.map((r) => r.score),
        rows.map((r) => r.threshold),
        rows.map((r) => r.label),
        {band},
        {minLabelled: 2}
      ),
      groups
    );
  });
});
