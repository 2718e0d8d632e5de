/**
 * Aggregates computed where the data live: on a sharded PostgreSQL (scripts/shardedPostgres.sh: a coordinator and two
 * postgres_fdw shards), every kind of aggregate the derived tables need is planned with its GROUP BY sent to the
 * shards (EXPLAIN (VERBOSE): each Foreign Scan is `Aggregate on ...`), only aggregates cross the network (EXPLAIN
 * ANALYZE: rows shipped), and the results equal embedded DuckDB's on the same Parquet files. Fixture:
 * test/loaders/spc/decisionFixture.ts (2,000 decisions over 20 days, outcomes for approved decisions).
 */
import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import {dialectSql} from "../../../loaders/engine/dialectSql.js";
import {distributionDistanceSql} from "../../../loaders/engine/distributionDistanceSql.js";
import type {Dialect, Engine, Relation} from "../../../loaders/engine/Engine.js";
import {engineRelation} from "../../../loaders/engine/engineRelation.js";
import {openEngine} from "../../../loaders/engine/openEngine.js";
import {partialAggregateSql} from "../../../loaders/engine/partialAggregateSql.js";
import {pushdownReport} from "../../../loaders/engine/pushdownReport.js";
import {quantilesSql} from "../../../loaders/engine/quantilesSql.js";
import {shardLoad} from "../../../loaders/engine/shardLoad.js";
import {writeDecisionFixture} from "../spc/decisionFixture.js";
import {fixtureLabelledSql, fixtureRequest} from "./fixtureRequest.js";
import {sameRows} from "./sameRows.js";
import {shardedSkipReason} from "./shardedTestUrl.js";

const count = (name: string, filter?: string) =>
  ({name, sql: `count(*)${filter ? ` FILTER (WHERE ${filter})` : ""}`, merge: "sum", type: "BIGINT"}) as const;
const day = "CAST(decided_at AS DATE)";

/**
 * The most rows each query may ship from the shards (2 shards; the fixture's 20 days are 4 ISO weeks and one month,
 * 4 regions, 2 final decisions): the partial groups, by hand. The value counts of a column whose 2,000 values are all
 * distinct ship one row per value and window: the 2,000 weekly values plus the reference week's 700.
 */
const MAX_ROWS: Record<string, number> = {
  "daily counts and latency moments by final decision": 20 * 2 * 2,
  "weekly category counts": 4 * 4 * 2,
  "monthly counts (days merged into months on the coordinator)": 20 * 2,
  "frozen-bin histogram per week": 4 * 3 * 2,
  "confusion counts by region and month, decisions joined to outcomes on the shards": 20 * 4 * 2,
  "exact KS and Wasserstein per week from value counts": 2000 + 700,
  "daily latency quantiles from value counts": 2000
};

/** The aggregates a refresh needs, over the decisions (`d`) and the decisions with outcomes (`l`) of an engine. */
function queries(dialect: Dialect, d: Relation, l: Relation): Record<string, string> {
  return {
    "daily counts and latency moments by final decision": partialAggregateSql({
      relation: d,
      keys: [
        {name: "day", sql: day},
        {name: "final_decision", sql: "final_decision"}
      ],
      measures: [
        count("decisions"),
        count("reviewed", "routed_to_review"),
        {name: "latency", moments: "latency_ms"},
        {name: "latency_min", sql: "min(latency_ms)", merge: "min"},
        {name: "latency_max", sql: "max(latency_ms)", merge: "max"}
      ]
    }),
    "weekly category counts": partialAggregateSql({
      relation: d,
      keys: [
        {name: "week", sql: dialectSql.weekStart(dialect, day)},
        {name: "region", sql: "region"}
      ],
      measures: [count("n")]
    }),
    "monthly counts (days merged into months on the coordinator)": partialAggregateSql({
      relation: d,
      keys: [{name: "month", sql: day, merge: (x) => dialectSql.monthStart(dialect, x)}],
      measures: [count("n"), {name: "income_sum", sql: "sum(income)", merge: "sum", type: "DOUBLE PRECISION"}]
    }),
    "frozen-bin histogram per week": partialAggregateSql({
      relation: d,
      where: "income IS NOT NULL",
      keys: [
        {name: "week", sql: dialectSql.weekStart(dialect, day)},
        {
          name: "bin",
          sql: `CASE WHEN income <= CAST('30000' AS DOUBLE PRECISION) THEN 0 WHEN income <= CAST('50000' AS DOUBLE PRECISION) THEN 1 ELSE 2 END`
        }
      ],
      measures: [count("n")]
    }),
    "confusion counts by region and month, decisions joined to outcomes on the shards": partialAggregateSql({
      relation: l,
      keys: [
        {name: "month", sql: day, merge: (x) => dialectSql.monthStart(dialect, x)},
        {name: "region", sql: "region"}
      ],
      measures: [
        count("labelled", "defaulted IS NOT NULL"),
        count("tp", "final_decision = 'approve' AND defaulted = false"),
        count("fp", "final_decision = 'approve' AND defaulted = true")
      ]
    }),
    "daily latency quantiles from value counts": quantilesSql({
      relation: d,
      keys: [{name: "day", sql: day}],
      value: "latency_ms",
      quantiles: [
        {name: "latency_p50", p: 0.5},
        {name: "latency_p95", p: 0.95}
      ]
    }),
    "exact KS and Wasserstein per week from value counts": distributionDistanceSql({
      relation: d,
      value: "income",
      window: dialectSql.weekStart(dialect, day),
      reference: "decided_at >= CAST('2026-01-05' AS TIMESTAMP) AND decided_at < CAST('2026-01-12' AS TIMESTAMP)"
    })
  };
}

describe("aggregates pushed to the shards", {skip: shardedSkipReason()}, () => {
  let db: Db;
  let duck: Engine;
  let sharded: Engine;
  let tmp: string;
  const schema = `wb_pushdown_${process.pid}`;
  let local: Record<string, string>;
  let remote: Record<string, string>;
  let decisions: Relation;

  before(async () => {
    db = await openDb();
    tmp = mkdtempSync(join(tmpdir(), "pushdown-"));
    const dir = await writeDecisionFixture(db, tmp, {days: 20});
    const files = {decisions: join(dir, "decisions.parquet"), outcomes: join(dir, "outcomes.parquet")};
    const url = process.env.WORKBENCH_SHARDED_URL!;
    await shardLoad({url, db, log: () => {}}, fixtureRequest(schema, files));
    duck = await openEngine();
    sharded = await openEngine(url);
    const read = (f: string) => `read_parquet(${sqlLiteral(f)})`;
    local = queries(
      "duckdb",
      {engine: duck, from: read(files.decisions)},
      {engine: duck, from: `(${fixtureLabelledSql(read(files.decisions), read(files.outcomes))})`}
    );
    decisions = await engineRelation(sharded, [schema, "decisions"]);
    remote = queries("postgres", decisions, await engineRelation(sharded, [schema, "labelled"]));
  });
  after(async () => {
    await sharded.run(`DROP SCHEMA "${schema}" CASCADE`);
    await sharded.close();
    await duck.close();
    db.close();
    rmSync(tmp, {recursive: true, force: true});
  });

  it("the sharded tables are partitioned by _shard over two foreign tables", () => {
    assert.equal(decisions.partition, "_shard");
  });

  for (const name of Object.keys(MAX_ROWS))
    it(`${name}: every Foreign Scan is an aggregate, only aggregates cross, same result as DuckDB`, async () => {
      const report = await pushdownReport(sharded, remote[name], {analyze: true});
      assert.ok(report.pushed, report.scans.map((s) => `${s.relations}: ${s.remoteSql}`).join("\n"));
      assert.ok(report.scans.length >= 2, "one per shard at least");
      for (const scan of report.scans) assert.match(scan.remoteSql, /GROUP BY/);
      const expected = await duck.all(local[name]);
      sameRows(await sharded.all(remote[name]), expected, name);
      assert.ok(report.rows! <= MAX_ROWS[name], `${report.rows} rows crossed, at most ${MAX_ROWS[name]} expected`);
    });

  it("positive control: a GROUP BY without the partition key is not pushed (PostgreSQL 15) and ships every row", async () => {
    const report = await pushdownReport(sharded, `SELECT region, count(*) AS n FROM ${decisions.from} GROUP BY 1`, {
      analyze: true
    });
    assert.equal(report.pushed, false);
    assert.deepEqual(
      report.scans.map((s) => s.aggregate),
      [false, false]
    );
    assert.equal(report.rows, 2000);
  });
});
