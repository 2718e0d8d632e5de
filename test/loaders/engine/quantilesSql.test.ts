/**
 * quantilesSql computes exact type-7 quantiles per group in the engine from counts per distinct value, to the last bit
 * as src/lib/drift/quantileType7.ts computes them on the sorted values (checked against R's quantile(type = 7) in its
 * own test), in the one-phase and the partitioned (two-phase) form.
 */
import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import type {Engine, Relation} from "../../../loaders/engine/Engine.js";
import {openEngine} from "../../../loaders/engine/openEngine.js";
import {quantilesSql} from "../../../loaders/engine/quantilesSql.js";
import {quantileType7} from "../../../src/lib/drift/quantileType7.js";

const P = [0, 0.1, 0.25, 0.5, 0.95, 0.999, 1];

describe("quantilesSql", () => {
  let engine: Engine;
  before(async () => {
    engine = await openEngine();
    // group a: 997 values with ties (multiples of 0.1 below 50) and one NULL; group b: one value; group c: only NULL
    await engine.run(`CREATE TABLE t AS
      SELECT i % 4 AS part, 'a' AS g, CASE WHEN i = 500 THEN NULL ELSE round((hash(i) % 500) / 10.0, 1) END AS x FROM range(998) AS r(i)
      UNION ALL SELECT 1, 'b', 7.25 UNION ALL SELECT 2, 'c', NULL`);
  });
  after(() => engine.close());

  for (const partition of [undefined, "part"])
    it(`equals quantileType7 on the sorted values${partition ? ", merged from 4 partitions" : ""}`, async () => {
      const relation: Relation = {engine, from: "t", ...(partition ? {partition} : {})};
      const rows = await engine.all<Record<string, number | string>>(
        quantilesSql({
          relation,
          keys: [{name: "g", sql: "g"}],
          value: "x",
          quantiles: P.map((p, i) => ({name: `q${i}`, p}))
        })
      );
      assert.deepEqual(
        rows.map((r) => [r.g, r.n]),
        [
          ["a", 997],
          ["b", 1]
        ]
      ); // c has no value, hence no row
      for (const row of rows) {
        const sorted = (
          await engine.all<{x: number}>(`SELECT x FROM t WHERE g = '${row.g}' AND x IS NOT NULL ORDER BY x`)
        ).map((r) => r.x);
        P.forEach((p, i) => assert.equal(row[`q${i}`], quantileType7(sorted, p), `${row.g} p=${p}`));
      }
    });

  it("refuses a probability outside [0, 1]", () => {
    assert.throws(
      () => quantilesSql({relation: {from: "t"}, keys: [], value: "x", quantiles: [{name: "q", p: 1.5}]}),
      /invalid quantile probability: 1.5/
    );
  });
});
