import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {explainReport} from "../../../loaders/explain/explainReport.js";
import type {ExplainSystem} from "../../../loaders/explain/explainSystem.js";

// A log of 36 decisions. January (the bins reference): income 1..20, latency 10·income, approved when income > 10.
// February ("from"): income 1..8, approved when income > 4 (4 of 8). March ("to"): income 1, 1, 2, 2, 3, 3, 15, 16,
// approved when income > 2 (4 of 8); region north for odd incomes, south for even ones.
describe("explainReport", () => {
  const dir = mkdtempSync(join(tmpdir(), "explain-"));
  const file = join(dir, "decisions.parquet");
  let db: Db;
  const system: ExplainSystem = {
    system: "loans",
    decisions: file,
    time: "decided_at",
    key: "id",
    attributes: [
      {name: "income", kind: "numeric"},
      {name: "region", kind: "categorical"}
    ],
    metrics: [
      {
        id: "positive_rate",
        label: "approve rate",
        kind: "proportion",
        description: "approved",
        source: "decisions",
        n: "count(*)",
        count: "count(*) FILTER (WHERE approved)"
      },
      {
        id: "latency_p95",
        label: "latency p95",
        kind: "value",
        description: "p95 of latency.",
        source: "decisions",
        value: "percentile_cont(0.95) WITHIN GROUP (ORDER BY latency)",
        quantile: {column: '"latency"', p: 0.95, among: "TRUE"}
      }
    ]
  };
  before(async () => {
    db = await openDb();
    const rows = [
      ...Array.from({length: 20}, (_, i) => ["2026-01-05", i + 1, (i + 1) * 10, i + 1 > 10]),
      ...Array.from({length: 8}, (_, i) => ["2026-02-10", i + 1, 50, i + 1 > 4]),
      ...[1, 1, 2, 2, 3, 3, 15, 16].map((x) => ["2026-03-10", x, x === 16 ? 500 : 50, x > 2])
    ];
    await db.run(`COPY (SELECT 'L' || row_number() OVER () AS id, decided_at::TIMESTAMP AS decided_at, income::DOUBLE AS income,
      CASE WHEN income::INT % 2 = 1 THEN 'north' ELSE 'south' END AS region, latency::DOUBLE AS latency, approved
      FROM (VALUES ${rows.map(([d, x, l, a]) => `('${d}', ${x}, ${l}, ${a})`).join(", ")}) t(decided_at, income, latency, approved))
      TO '${file}' (FORMAT parquet)`);
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });
  const jan = {from: "2026-01-01", to: "2026-02-01"};
  const feb = {from: "2026-02-01", to: "2026-03-01"};
  const mar = {from: "2026-03-01", to: "2026-04-01"};

  it("cuts numeric attributes at the reference deciles and counts both windows per segment", async () => {
    const r = await explainReport(db, system, "positive_rate", feb, mar, jan);
    // type-7 deciles of 1..20: 1 + 19·k/10 = 2.9, 4.8, ..., 18.1
    assert.deepEqual(
      r.bins.income.map((e) => Math.round(e * 1000) / 1000),
      [2.9, 4.8, 6.7, 8.6, 10.5, 12.4, 14.3, 16.2, 18.1]
    );
    assert.deepEqual([r.n_from, r.n_to, r.rate_from, r.rate_to, r.change], [8, 8, 0.5, 0.5, 0]);
    const income = r.components.find((c) => c.attribute === "income")!;
    // Feb: ≤ 2.9 {1, 2} 0/2, (2.9, 4.8] {3, 4} 0/2, (4.8, 6.7] {5, 6} 2/2, (6.7, 8.6] {7, 8} 2/2;
    // Mar: ≤ 2.9 {1, 1, 2, 2} 0/4, (2.9, 4.8] {3, 3} 2/2, (14.3, 16.2] {15, 16} 2/2
    assert.deepEqual(
      income.segments.map((s) => [s.segment, s.share0, s.share1, s.rate0, s.rate1]),
      [
        ["≤ 2.9", 0.25, 0.5, 0, 0],
        ["(2.9, 4.8]", 0.25, 0.25, 0, 1],
        ["(4.8, 6.7]", 0.25, 0, 1, null],
        ["(6.7, 8.6]", 0.25, 0, 1, null],
        ["(14.3, 16.2]", 0, 0.25, null, 1]
      ]
    );
    assert.equal(r.verdict, "no change");
    assert.deepEqual(r.bins_reference, jan);
  });

  it("adds up for every attribute, and reads a quantile metric as the exceedance of its reference value", async () => {
    const r = await explainReport(db, system, "latency_p95", jan, mar, jan);
    // reference p95 of 10, 20, ..., 200 (type 7): 10 + 0.95·19·10 = 190.5; Jan: 200 above it (1/20); Mar: 500 (1/8)
    assert.equal(r.metric.threshold, 190.5);
    assert.deepEqual([r.rate_from, r.rate_to], [1 / 20, 1 / 8]);
    for (const c of r.components) assert.ok(Math.abs(c.mix + c.rate + c.interaction - r.change) < 1e-15, c.attribute);
    assert.match(r.metric.label, /^share of latency above 190.5 \(reference p95\)$/);
  });

  it("rejects an unknown metric and an empty window", async () => {
    await assert.rejects(
      explainReport(db, system, "nope", feb, mar, jan),
      /unknown or not decomposable metric "nope" \(positive_rate, latency_p95\)/
    );
    await assert.rejects(
      explainReport(db, system, "positive_rate", {from: "2027-01-01", to: "2027-02-01"}, mar, jan),
      /--from: no rows of positive_rate in 2027-01-01..2027-02-01 \(loans\)/
    );
  });
});
