/**
 * weeklyValueCounts gives the drift series exactly the week samples weeklySamples reads from Parquet (the sorted
 * numeric values and the category counts), from counts per distinct value that a sharded engine computes on its
 * shards. Fixture: test/loaders/spc/decisionFixture.ts (2,000 decisions over 20 days, features with and without ties).
 */
import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import type {DriftColumns} from "../../../loaders/drift/driftColumns.js";
import {weeklySamples, type WeekSamples} from "../../../loaders/drift/weeklySamples.js";
import {engineRelation} from "../../../loaders/engine/engineRelation.js";
import {openEngine} from "../../../loaders/engine/openEngine.js";
import {pushdownReport} from "../../../loaders/engine/pushdownReport.js";
import {recordingEngine} from "../../../loaders/engine/recordingEngine.js";
import {shardLoad} from "../../../loaders/engine/shardLoad.js";
import {weeklyValueCounts} from "../../../loaders/engine/weeklyValueCounts.js";
import {writeDecisionFixture} from "../spc/decisionFixture.js";
import {fixtureRequest} from "./fixtureRequest.js";
import {shardedSkipReason} from "./shardedTestUrl.js";

const COLUMNS: DriftColumns = {
  numeric: ["income", "credit_history_months", "open_accounts", "score", "latency_ms"],
  categorical: ["region", "channel", "routed_to_review"]
};

describe("weeklyValueCounts", () => {
  let db: Db;
  let tmp: string;
  let decisions: string;
  let expected: WeekSamples[];

  before(async () => {
    db = await openDb();
    tmp = mkdtempSync(join(tmpdir(), "weekly-value-counts-"));
    decisions = join(await writeDecisionFixture(db, tmp, {days: 20}), "decisions.parquet");
    expected = await weeklySamples(db, `read_parquet(${sqlLiteral(decisions)})`, "decided_at", COLUMNS);
  });
  after(() => {
    db.close();
    rmSync(tmp, {recursive: true, force: true});
  });

  it("the fixture's weeks: 4 ISO weeks, ties in the integer columns", () => {
    assert.deepEqual(
      expected.map((w) => [w.from, w.to, w.rows]),
      [
        ["2025-12-29", "2026-01-05", 400], // Thursday 1 January to Sunday 4 January
        ["2026-01-05", "2026-01-12", 700],
        ["2026-01-12", "2026-01-19", 700],
        ["2026-01-19", "2026-01-26", 200]
      ]
    );
    assert.ok(new Set(expected[1].numeric.get("open_accounts")).size < 25);
  });

  it("on DuckDB, in one phase and merged from partitions, equals weeklySamples", async () => {
    const engine = await openEngine();
    try {
      const from = `(SELECT *, hash(decision_id) % 3 AS part FROM read_parquet(${sqlLiteral(decisions)}))`;
      assert.deepEqual(await weeklyValueCounts({engine, from}, "decided_at", COLUMNS), expected);
      assert.deepEqual(await weeklyValueCounts({engine, from, partition: "part"}, "decided_at", COLUMNS), expected);
    } finally {
      await engine.close();
    }
  });

  it(
    "on a sharded PostgreSQL equals weeklySamples, every query counted on the shards",
    {skip: shardedSkipReason()},
    async () => {
      const url = process.env.WORKBENCH_SHARDED_URL!;
      const schema = `wb_weekly_${process.pid}`;
      await shardLoad(
        {url, db, log: () => {}},
        fixtureRequest(schema, {decisions, outcomes: join(tmp, "credit-line/outcomes.parquet")})
      );
      const {engine, queries} = recordingEngine(await openEngine(url));
      try {
        const relation = await engineRelation(engine, [schema, "decisions"]);
        queries.length = 0; // engineRelation's catalog query
        assert.deepEqual(await weeklyValueCounts(relation, "decided_at", COLUMNS), expected);
        const sent = queries.map((q) => q.sql);
        assert.equal(sent.length, 1 + COLUMNS.numeric.length + COLUMNS.categorical.length);
        for (const sql of sent) assert.ok((await pushdownReport(engine, sql)).pushed, sql);
      } finally {
        await engine.run(`DROP SCHEMA "${schema}" CASCADE`);
        await engine.close();
      }
    }
  );
});
