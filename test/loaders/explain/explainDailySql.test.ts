import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {explainDailySql} from "../../../loaders/explain/explainDailySql.js";
import {decisionsMetric} from "./decisionsMetric.js";
import type {ExplainSystem} from "../../../loaders/explain/explainSystem.js";
import {explainCounts} from "../../../loaders/refresh/tables/explainCounts.js";

// 4 decisions on two UTC days; "b_rate" counts rows with b, "a_rate" only the rows with a value of y
describe("explainDailySql", () => {
  let db: Db;
  const relation = `SELECT decided_at AS __t, * FROM (VALUES
    (TIMESTAMP '2026-03-02 10:00:00', 'z', true, 1.0),
    (TIMESTAMP '2026-03-01 10:00:00', 'z', false, NULL),
    (TIMESTAMP '2026-03-01 11:00:00', 'a', true, NULL),
    (TIMESTAMP '2026-03-02 11:00:00', 'é', false, 2.0)) t(decided_at, k, b, y)`;
  const system = {system: "s", attributes: [{name: "k", kind: "categorical"}]} as ExplainSystem;
  const metric = decisionsMetric;
  const metrics = [
    metric("b_rate", "count(*)", "count(*) FILTER (WHERE b)"),
    metric("a_rate", "count(*) FILTER (WHERE y IS NOT NULL)", "count(*) FILTER (WHERE y > 1)")
  ];
  const declared = Object.entries(explainCounts.columns as Record<string, string>).map(([c, t]) => `${c} ${t}`);
  const describe = async (sql: string) =>
    (await db.all<{column_name: string; column_type: string}>(`DESCRIBE ${sql}`)).map(
      (c) => `${c.column_name} ${c.column_type}`
    );
  before(async () => {
    db = await openDb({threads: 1});
  });
  after(() => db.close());

  it("gives a row per metric, segment and day with n > 0, ordered by metric, attribute, segment, day", async () => {
    const sql = explainDailySql(system, {relation, metrics, bins: {}});
    assert.deepEqual(await describe(sql), declared);
    const rows = await db.all<Record<string, unknown>>(sql);
    assert.deepEqual(
      rows.map((r) => [r.metric, r.segment, r.day, r.n, r.count]),
      [
        // a_rate has no row on 2026-03-01 (n = 0 there) and none for segment a
        ["a_rate", "z", "2026-03-02", 1, 0],
        ["a_rate", "é", "2026-03-02", 1, 1],
        ["b_rate", "a", "2026-03-01", 1, 1],
        ["b_rate", "z", "2026-03-01", 1, 0],
        ["b_rate", "z", "2026-03-02", 1, 1],
        ["b_rate", "é", "2026-03-02", 1, 0]
      ]
    );
    assert.ok(rows.every((r) => r.system === "s" && r.attribute === "k"));
  });

  it("has the declared columns and no row when the system has no rate to decompose", async () => {
    const sql = explainDailySql(system, {relation, metrics: [], bins: {}});
    assert.deepEqual(await describe(sql), declared);
    assert.deepEqual(await db.all(sql), []);
  });
});
