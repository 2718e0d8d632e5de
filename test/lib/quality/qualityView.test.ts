import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {qualityView, type QualityTables, type VolumeRow} from "../../../src/lib/quality/qualityView.js";

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const volume = (system: string, d: string, anomaly: string | null, gap = 1): VolumeRow => ({
  system,
  grain: "day",
  window_start: day(d),
  decisions: 100,
  days: 1,
  max_gap_hours: gap,
  sla_hours: 24,
  baseline: false,
  expected: 100,
  lcl: 70,
  ucl: 130,
  anomaly
});
const tables: QualityTables = {
  freshness: [
    {
      system: "a",
      last_decision: day("2026-01-05"),
      as_of: day("2026-01-06"),
      freshness_hours: 24,
      sla_hours: 24,
      fresh: true
    }
  ],
  volume: [
    volume("a", "2026-01-01", null),
    volume("a", "2026-01-02", "high"),
    volume("a", "2026-01-03", "high"),
    volume("a", "2026-01-04", null, 30),
    volume("a", "2026-01-05", "low"),
    volume("b", "2026-01-01", "high")
  ],
  nulls: [
    {
      system: "a",
      object: "decisions",
      grain: "week",
      window_start: day("2025-12-29"),
      column: "x",
      required: false,
      rows: 10,
      nulls: 2,
      null_rate: 0.2
    },
    {
      system: "a",
      object: "decisions",
      grain: "week",
      window_start: day("2025-12-29"),
      column: "y",
      required: true,
      rows: 10,
      nulls: 0,
      null_rate: 0
    },
    {
      system: "a",
      object: "decisions",
      grain: "day",
      window_start: day("2026-01-01"),
      column: "x",
      required: false,
      rows: 5,
      nulls: 1,
      null_rate: 0.2
    }
  ],
  integrity: [
    {
      system: "a",
      week: day("2025-12-29"),
      decisions: 10,
      labelled: 6,
      pending: 1,
      overdue: 3,
      outcomes: 7,
      orphan_outcomes: 1,
      outcomes_before_decision: 0,
      overdue_before: day("2025-10-01")
    },
    {
      system: "a",
      week: day("2026-01-05"),
      decisions: 5,
      labelled: 0,
      pending: 5,
      overdue: 0,
      outcomes: 2,
      orphan_outcomes: 0,
      outcomes_before_decision: 1,
      overdue_before: day("2025-10-01")
    }
  ],
  quarantine: [
    {
      system: "a",
      object: "decisions",
      week: day("2025-12-29"),
      source_file: "f.csv",
      check: "x: type",
      rows: 2,
      rows_total: 2
    },
    {system: "a", object: "decisions", week: null, source_file: "f.csv", check: "t: type", rows: 3, rows_total: 3},
    {system: "a", object: "decisions", week: null, source_file: "f.csv", check: "x: type", rows: 1, rows_total: 0}
  ],
  checksums: [
    {
      system: "a",
      manifest: "manifest.json",
      file: "decisions.parquet",
      rows: 10,
      expected_sha256: "1",
      actual_sha256: "1",
      bytes: 1,
      status: "ok"
    },
    {
      system: "a",
      manifest: "manifest.json",
      file: "quarantine.parquet",
      rows: 1,
      expected_sha256: "1",
      actual_sha256: "2",
      bytes: 1,
      status: "mismatch"
    }
  ]
};

describe("qualityView", () => {
  it("selects one system's tables and sums its integrity, quarantine and checksum problems", () => {
    const v = qualityView(tables, {system: "a", grain: "day"});
    assert.equal(v.freshness?.fresh, true);
    assert.equal(v.volume.length, 5);
    assert.deepEqual(
      v.anomalies.map((r) => r.anomaly),
      ["high", "high", "low"]
    );
    // consecutive anomalous days form one episode; 01-05 is separated by the quiet 01-04
    assert.deepEqual(
      v.episodes.map((e) => [e.from, e.to, e.buckets, e.rules]),
      [
        ["2026-01-02", "2026-01-03", 2, ["high"]],
        ["2026-01-05", "2026-01-05", 1, ["low"]]
      ]
    );
    assert.deepEqual(
      v.gaps.map((r) => r.window_start.toISOString().slice(0, 10)),
      ["2026-01-04"]
    );
    assert.deepEqual(
      v.nulls.map((r) => r.column),
      ["x"]
    );
    assert.equal(v.complete, 1);
    assert.deepEqual(v.totals, {
      decisions: 15,
      labelled: 6,
      pending: 6,
      overdue: 3,
      outcomes: 9,
      orphan_outcomes: 1,
      outcomes_before_decision: 1
    });
    assert.deepEqual(v.quarantineByCheck, [
      {check: "t: type", rows: 3},
      {check: "x: type", rows: 3}
    ]);
    assert.equal(v.quarantined, 5);
    assert.deepEqual(
      v.checksumProblems.map((r) => r.file),
      ["quarantine.parquet"]
    );
  });

  it("throws for a system in no table", () => {
    assert.throws(() => qualityView(tables, {system: "z", grain: "day"}), /unknown system: z/);
    assert.equal(qualityView(tables, {system: "a", grain: "week"}).volume.length, 0);
  });
});
