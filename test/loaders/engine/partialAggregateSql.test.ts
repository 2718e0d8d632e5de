/**
 * partialAggregateSql computes a GROUP BY in two phases when the relation is partitioned (per partition, then merged)
 * and in one otherwise, with the same result. Both forms run on DuckDB here (a table with a partition column stands
 * in for the shards); sharded PostgreSQL runs them in refreshEngine.test.ts. Expected values are derived by hand.
 */
import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import {dialectSql} from "../../../loaders/engine/dialectSql.js";
import type {Engine, Relation} from "../../../loaders/engine/Engine.js";
import {openEngine} from "../../../loaders/engine/openEngine.js";
import {partialAggregateSql, type PartialAggregate} from "../../../loaders/engine/partialAggregateSql.js";
import {sameRows} from "./sameRows.js";

describe("partialAggregateSql", () => {
  let engine: Engine;
  let whole: Relation;
  let parted: Relation;

  before(async () => {
    engine = await openEngine();
    // 3 partitions, asymmetric: day 2026-01-30 (a Friday) has x = 1, 2, 3, 10 in groups a, a, b, a over partitions
    // 1, 2, 2, 3; 2026-02-02 (a Monday) has x = 4 and NULL in group b; partition 3 has nothing on 2026-02-02.
    await engine.run(`CREATE TABLE t AS SELECT part, ts, g, CAST(x AS DOUBLE) AS x FROM (VALUES
      (1, TIMESTAMP '2026-01-30 09:00:00', 'a', 1.0),
      (2, TIMESTAMP '2026-01-30 10:00:00', 'a', 2.0),
      (2, TIMESTAMP '2026-01-30 11:00:00', 'b', 3.0),
      (3, TIMESTAMP '2026-01-30 23:59:59', 'a', 10.0),
      (1, TIMESTAMP '2026-02-02 00:00:00', 'b', 4.0),
      (2, TIMESTAMP '2026-02-02 12:00:00', 'b', NULL)) AS v(part, ts, g, x)`);
    whole = {engine, from: "t"};
    parted = {engine, from: "t", partition: "part"};
  });
  after(() => engine.close());

  const spec = (relation: Relation): PartialAggregate => ({
    relation,
    keys: [
      {name: "month", sql: "CAST(ts AS DATE)", merge: (day) => dialectSql.monthStart("duckdb", day)},
      {name: "g", sql: "g"}
    ],
    measures: [
      {name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"},
      {name: "total", sql: "sum(x)", merge: "sum", type: "DOUBLE PRECISION"},
      {name: "low", sql: "min(x)", merge: "min"},
      {name: "high", sql: "max(x)", merge: "max"},
      {name: "x", moments: "x"}
    ]
  });

  it("merges per-partition counts, sums, extremes and moments into the whole's (Chan's formula)", async () => {
    const rows = await engine.all(partialAggregateSql(spec(parted)));
    // a in January: 1, 2, 10 → mean 13/3, M2 = (1 − 13/3)² + (2 − 13/3)² + (10 − 13/3)² = 146/3
    // b in January: 3 → mean 3, M2 0; b in February: 4 and a NULL → n 2 rows, 1 value, mean 4, M2 0
    const expected = [
      {month: "2026-01-01", g: "a", n: 3, total: 13, low: 1, high: 10, x_n: 3, x_mean: 13 / 3, x_m2: 146 / 3},
      {month: "2026-01-01", g: "b", n: 1, total: 3, low: 3, high: 3, x_n: 1, x_mean: 3, x_m2: 0},
      {month: "2026-02-01", g: "b", n: 2, total: 4, low: 4, high: 4, x_n: 1, x_mean: 4, x_m2: 0}
    ];
    assert.equal(rows.length, expected.length);
    rows.forEach((r, i) => {
      for (const [k, v] of Object.entries(expected[i]))
        if (typeof v === "number" && !Number.isInteger(v))
          assert.ok(Math.abs((r[k] as number) - v) <= 1e-14 * Math.abs(v), `${k}: ${r[k]} vs ${v}`);
        else assert.equal(r[k], v, `row ${i} ${k}`);
    });
    sameRows(rows, await engine.all(partialAggregateSql(spec(whole))), "two-phase vs one", 1e-15);
  });

  it("is one GROUP BY without a partition, and starts the inner GROUP BY with the partition key with one", () => {
    const one = partialAggregateSql({
      ...spec(whole),
      measures: [{name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"}]
    });
    assert.equal(
      one,
      `SELECT CAST(date_trunc('month', CAST(ts AS DATE)) AS DATE) AS "month", g AS "g", CAST(count(*) AS BIGINT) AS "n" FROM t GROUP BY 1, 2 ORDER BY 1, 2`
    );
    const two = partialAggregateSql({
      ...spec(parted),
      measures: [{name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"}]
    });
    assert.equal(
      two,
      `SELECT CAST(date_trunc('month', "month") AS DATE) AS "month", "g" AS "g", CAST(sum("n") AS BIGINT) AS "n" FROM ` +
        `(SELECT "part" AS "__partition", CAST(ts AS DATE) AS "month", g AS "g", CAST(count(*) AS BIGINT) AS "n" FROM t GROUP BY 1, 2, 3) AS "__partial" GROUP BY 1, 2 ORDER BY 1, 2`
    );
  });

  it("keeps each partition's groups unmerged with `partials` (a key once per partition), one GROUP BY without a partition", async () => {
    const counts = (relation: Relation) =>
      partialAggregateSql({
        relation,
        keys: [{name: "g", sql: "g", merge: (g) => `upper(${g})`}],
        measures: [{name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"}],
        partials: true
      });
    // a: one row in each of partitions 1, 2, 3; b: one in partition 1, two in partition 2 (one with a NULL x)
    const parts = await engine.all<{g: string; n: number}>(`SELECT * FROM (${counts(parted)}) AS p ORDER BY g, n`);
    assert.deepEqual(parts, [
      {g: "A", n: 1},
      {g: "A", n: 1},
      {g: "A", n: 1},
      {g: "B", n: 1},
      {g: "B", n: 2}
    ]);
    assert.deepEqual(await engine.all(counts(whole)), [
      {g: "A", n: 3},
      {g: "B", n: 3}
    ]);
    assert.throws(
      () => partialAggregateSql({...spec(parted), partials: true}),
      /partialAggregateSql: partials take no moments/
    );
  });

  it("gives no mean or M2 for a group without values, in both forms", async () => {
    for (const relation of [whole, parted]) {
      const rows = await engine.all(
        partialAggregateSql({relation, where: "x IS NULL", keys: [], measures: [{name: "x", moments: "x"}]})
      );
      assert.deepEqual(rows, [{x_n: 0, x_mean: null, x_m2: null}]);
    }
  });

  it("the week start is the ISO Monday in both dialects, also before 1900", async () => {
    const days = ["2026-02-01", "2026-02-02", "2026-02-08", "1899-12-31", "1900-01-01"];
    const sql = (dialect: "duckdb" | "postgres") =>
      `SELECT CAST(${dialectSql.weekStart(dialect, "d")} AS VARCHAR) AS w FROM (SELECT CAST(x AS DATE) AS d FROM (VALUES ${days.map((d) => `('${d}')`).join(", ")}) AS v(x)) AS t`;
    const expected = ["2026-01-26", "2026-02-02", "2026-02-02", "1899-12-25", "1900-01-01"].map((w) => ({w}));
    assert.deepEqual(await engine.all(sql("duckdb")), expected);
    assert.deepEqual(await engine.all(sql("postgres")), expected); // the date arithmetic runs on DuckDB as well
  });

  it("refuses a column name used twice", () => {
    assert.throws(
      () =>
        partialAggregateSql({
          relation: whole,
          keys: [{name: "x_n", sql: "1"}],
          measures: [{name: "x", moments: "x"}]
        }),
      /partialAggregateSql: duplicate column "x_n"/
    );
  });
});
