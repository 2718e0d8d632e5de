/**
 * weeklyValueCounts gives the drift series each ISO week's values exactly (numeric values counted per distinct value,
 * category counts), as reading the week's rows one by one gives them, from counts per distinct value that a sharded
 * engine computes on its shards. Fixture: test/loaders/spc/decisionFixture.ts (2,000 decisions over 20 days, features
 * with and without ties).
 */
import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import type {DriftColumns} from "../../../loaders/drift/driftColumns.js";
import {cursorQuery} from "../../../loaders/engine/engineBatches.js";
import {engineRelation} from "../../../loaders/engine/engineRelation.js";
import {openEngine} from "../../../loaders/engine/openEngine.js";
import {pushdownReport} from "../../../loaders/engine/pushdownReport.js";
import {recordingEngine} from "../../../loaders/engine/recordingEngine.js";
import {shardLoad} from "../../../loaders/engine/shardLoad.js";
import {weeklyValueCounts, type WeekCounts} from "../../../loaders/engine/weeklyValueCounts.js";
import {numericSample} from "../../../src/lib/drift/driftSample.js";
import {writeDecisionFixture} from "../spc/decisionFixture.js";
import {fixtureRequest} from "./fixtureRequest.js";
import {shardedSkipReason} from "./shardedTestUrl.js";

const COLUMNS: DriftColumns = {
  numeric: ["income", "credit_history_months", "open_accounts", "score", "latency_ms"],
  categorical: ["region", "channel", "routed_to_review"]
};

/** Each week's rows read one by one: finite numbers counted by numericSample, categories tallied. */
async function plainWeeks(db: Db, relation: string): Promise<WeekCounts[]> {
  const rows = await db.all<Record<string, unknown>>(
    `SELECT strftime(date_trunc('week', decided_at), '%Y-%m-%d') AS week, * FROM ${relation}
     WHERE decided_at IS NOT NULL ORDER BY decided_at`
  );
  const weeks = [...new Set(rows.map((r) => r.week as string))].sort();
  return weeks.map((from) => {
    const of = rows.filter((r) => r.week === from);
    const numeric = new Map(
      COLUMNS.numeric
        .map(
          (c) =>
            [
              c,
              of
                .filter((r) => r[c] !== null)
                .map((r) => Number(r[c]))
                .filter(Number.isFinite)
            ] as const
        )
        .filter(([, v]) => v.length > 0)
        .map(([c, v]) => [c, numericSample(v)] as const)
    );
    const categorical = new Map(
      COLUMNS.categorical.map((c) => {
        const tally = new Map<string, number>();
        for (const r of of) if (r[c] !== null) tally.set(String(r[c]), (tally.get(String(r[c])) ?? 0) + 1);
        return [c, tally] as const;
      })
    );
    const to = new Date(Date.parse(`${from}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    return {from, to, rows: of.length, numeric, categorical};
  });
}

describe("weeklyValueCounts", () => {
  let db: Db;
  let tmp: string;
  let decisions: string;
  let expected: WeekCounts[];

  before(async () => {
    db = await openDb();
    tmp = mkdtempSync(join(tmpdir(), "weekly-value-counts-"));
    decisions = join(await writeDecisionFixture(db, tmp, {days: 20}), "decisions.parquet");
    expected = await plainWeeks(db, `read_parquet(${sqlLiteral(decisions)})`);
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
    assert.ok(expected[1].numeric.get("open_accounts")!.values.length < 25);
  });

  it("on DuckDB, in one phase and merged from partitions, equals the rows read one by one", async () => {
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
    "on a sharded PostgreSQL equals the rows read one by one, every query counted on the shards",
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
        // counts per distinct value come through a cursor (numericChunks → engineBatches): the statement is the
        // cursor's query; BEGIN, FETCH, COMMIT are its transport
        const sent = queries.map((q) => cursorQuery(q.sql)).filter((sql) => /^\s*(WITH|SELECT)/i.test(sql));
        assert.equal(sent.length, 1 + COLUMNS.numeric.length + COLUMNS.categorical.length);
        for (const sql of sent) assert.ok((await pushdownReport(engine, sql)).pushed, sql);
      } finally {
        await engine.run(`DROP SCHEMA "${schema}" CASCADE`);
        await engine.close();
      }
    }
  );
});
