/**
 * distributionDistanceSql computes the Kolmogorov–Smirnov D and the Wasserstein-1 distance of each window against the
 * reference inside the engine, from counts per distinct value, bit for bit as src/lib/drift/ks2samp.ts and
 * wasserstein.ts compute them on the raw values (which are checked against scipy in their own tests). Both the
 * one-phase and the partitioned (two-phase) forms run here on DuckDB; sharded PostgreSQL in refreshEngine.test.ts.
 */
import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import {distributionDistanceSql} from "../../../loaders/engine/distributionDistanceSql.js";
import type {Engine, Relation} from "../../../loaders/engine/Engine.js";
import {openEngine} from "../../../loaders/engine/openEngine.js";
import {ks2samp} from "../../../src/lib/drift/ks2samp.js";
import {wasserstein} from "../../../src/lib/drift/wasserstein.js";

describe("distributionDistanceSql", () => {
  let engine: Engine;
  before(async () => {
    engine = await openEngine();
    // window 0 is the reference. Values are hash-derived with many ties (rounded to 0.5), window 2 shifted by 1.25,
    // window 3 has 7 rows only, plus NULL, NaN and ±Infinity values that every statistic leaves out.
    await engine.run(`CREATE TABLE t AS
      SELECT i % 3 AS part, CASE WHEN i < 400 THEN 0 WHEN i < 700 THEN 1 WHEN i < 993 THEN 2 ELSE 3 END AS w,
        round(2 * ((hash(i) % 1000) / 100.0 + CASE WHEN i >= 700 AND i < 993 THEN 1.25 ELSE 0 END)) / 2 AS x
      FROM range(1000) AS r(i)
      UNION ALL SELECT 0, 1, NULL UNION ALL SELECT 1, 1, CAST('NaN' AS DOUBLE) UNION ALL SELECT 2, 2, CAST('Infinity' AS DOUBLE)
      UNION ALL SELECT 0, 0, CAST('-Infinity' AS DOUBLE)`);
  });
  after(() => engine.close());

  const values = async (where: string) =>
    (await engine.all<{x: number}>(`SELECT x FROM t WHERE isfinite(x) AND ${where}`)).map((r) => r.x);

  for (const partition of [undefined, "part"])
    it(`equals ks2samp's D and wasserstein's distance to the last bit${partition ? ", merged from 3 partitions" : ""}`, async () => {
      const relation: Relation = {engine, from: "t", ...(partition ? {partition} : {})};
      const rows = await engine.all<{
        window_start: number;
        n_ref: number;
        n_cur: number;
        ks: number;
        wasserstein: number;
      }>(distributionDistanceSql({relation, value: "x", window: "w", reference: "w = 0"}));
      assert.deepEqual(
        rows.map((r) => r.window_start),
        [0, 1, 2, 3]
      );
      const reference = await values("w = 0");
      assert.equal(reference.length, 400);
      for (const r of rows) {
        const current = await values(`w = ${r.window_start}`);
        assert.deepEqual([r.n_ref, r.n_cur], [400, current.length]);
        // ks2samp snaps D to the lattice h / lcm(n1, n2) for its exact p-value; the raw D is what the engine returns
        const ks = ks2samp(reference, current);
        assert.ok(Math.abs(r.ks - ks.statistic) < 1e-15, `window ${r.window_start}: D ${r.ks} vs ${ks.statistic}`);
        assert.equal(r.wasserstein, wasserstein(reference, current).distance, `window ${r.window_start}`);
      }
      assert.equal(rows[0].ks, 0); // the reference against itself
      assert.ok(rows[2].ks > 0.1 && rows[2].wasserstein > 1, "the shifted window is far");
    });
});
