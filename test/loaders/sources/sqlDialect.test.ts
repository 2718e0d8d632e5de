/**
 * The aggregate SQL the loaders generate runs unchanged on DuckDB and on PostgreSQL: the Overview's daily series,
 * the fairness confusion counts and the SPC metric series (decision and outcome metrics, per day, week and month).
 * The same small decision log (test/loaders/spc/decisionFixture.ts: 2,000 decisions over 20 days, credit-line
 * columns) is written as Parquet for DuckDB and loaded into PostgreSQL tables; each builder's SQL runs on both, the
 * only adaptation being the documented table reference (`read_parquet('<file>')` → the table's name; a relation
 * name such as the fairness input passes as it is), and the results must agree. See docs/scale.md for the builders
 * that stay DuckDB-only and why.
 */
import assert from "node:assert/strict";
import {createReadStream, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import pg from "pg";
import {readContract} from "../../../loaders/contract/readContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlIdentifier as id} from "../../../loaders/db/sqlIdentifier.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import type {FairnessSpec} from "../../../loaders/fairness/FairnessSpec.js";
import {fairnessCountsSql} from "../../../loaders/fairness/fairnessCountsSql.js";
import {decisionColumns} from "../../../loaders/overview/decisionColumns.js";
import {overviewDailySql} from "../../../loaders/overview/overviewDailySql.js";
import {metricSeriesSql} from "../../../loaders/spc/metricSeriesSql.js";
import {spcMetrics} from "../../../loaders/spc/spcMetrics.js";
import {copyIn} from "../../../loaders/sources/copyIn.js";
import {systemRoles} from "../../../loaders/system/systemRoles.js";
import {writeDecisionFixture} from "../spc/decisionFixture.js";
import {postgresScratch, postgresSkipReason} from "./postgresTestUrl.js";

const CONTRACT = "data/contracts/credit-line.odcs.yaml";
const PG_TYPES: Record<string, string> = {
  VARCHAR: "text",
  DOUBLE: "double precision",
  INTEGER: "integer",
  BIGINT: "bigint",
  BOOLEAN: "boolean",
  TIMESTAMP: "timestamp"
};

type Row = Record<string, unknown>;

/** Rows as comparable values: dates as YYYY-MM-DD, numeric text (PostgreSQL's bigint) as numbers. */
function normalise(rows: Row[]): Row[] {
  return rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [
        k,
        v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "bigint" ? Number(v) : v
      ])
    )
  );
}

/** Same rows, same order; doubles equal to 1e-12 relative (the engines may add in different orders). */
function assertSameRows(actual: Row[], expected: Row[], what: string): void {
  assert.equal(actual.length, expected.length, `${what}: ${actual.length} rows vs ${expected.length}`);
  assert.ok(expected.length > 0, `${what}: no rows`);
  for (const [i, e] of expected.entries()) {
    const a = actual[i];
    assert.deepEqual(Object.keys(a), Object.keys(e), `${what}: columns`);
    for (const k of Object.keys(e)) {
      const [x, y] = [a[k], e[k]];
      if (typeof x === "number" && typeof y === "number" && !Number.isInteger(y))
        assert.ok(Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(y)), `${what}: row ${i} ${k}: ${x} vs ${y}`);
      else assert.deepEqual(x, y, `${what}: row ${i} ${k}`);
    }
  }
}

describe("loader SQL runs on DuckDB and PostgreSQL with the same results", {skip: postgresSkipReason()}, () => {
  let db: Db;
  let scratch: Awaited<ReturnType<typeof postgresScratch>>;
  let client: pg.Client;
  let tmp: string;
  let files: {decisions: string; outcomes: string};
  /** The PostgreSQL form of a builder's SQL: each `read_parquet('<file>')` becomes its table's name. */
  const onPostgres = (sql: string) =>
    sql
      .replaceAll(`read_parquet(${sqlLiteral(files.decisions)})`, "decisions")
      .replaceAll(`read_parquet(${sqlLiteral(files.outcomes)})`, "outcomes");
  const both = async (sql: string) => {
    const duck = normalise(await db.all<Row>(sql));
    const pgSql = onPostgres(sql);
    assert.ok(!pgSql.includes("read_parquet"), pgSql);
    const post = normalise(
      (await client.query<Row>(pgSql).catch((e: Error) => assert.fail(`${e.message}\n${pgSql}`))).rows
    );
    return {duck, post};
  };

  before(async () => {
    db = await openDb();
    tmp = mkdtempSync(join(tmpdir(), "sql-dialect-"));
    const dir = await writeDecisionFixture(db, tmp, {days: 20});
    files = {decisions: join(dir, "decisions.parquet"), outcomes: join(dir, "outcomes.parquet")};
    scratch = await postgresScratch();
    client = scratch.client;
    pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v); // dates as text, as DuckDB returns them here
    for (const [table, file] of Object.entries(files)) {
      const columns = await db.all<{column_name: string; column_type: string}>(
        `DESCRIBE SELECT * FROM read_parquet(${sqlLiteral(file)})`
      );
      await client.query(
        `CREATE TABLE ${table} (${columns.map((c) => `${id(c.column_name)} ${PG_TYPES[c.column_type]}`).join(", ")})`
      );
      const csv = join(tmp, `${table}.csv`);
      await db.run(`COPY (SELECT * FROM read_parquet(${sqlLiteral(file)})) TO ${sqlLiteral(csv)} (HEADER)`);
      await copyIn(client, `COPY ${table} FROM STDIN WITH (FORMAT csv, HEADER)`, createReadStream(csv));
    }
    const fair = `SELECT * FROM read_parquet(${sqlLiteral(files.decisions)}) AS d
      LEFT JOIN read_parquet(${sqlLiteral(files.outcomes)}) AS o USING (decision_id)`;
    await db.run(`CREATE VIEW fair AS ${fair}`);
    await client.query(`CREATE VIEW fair AS ${onPostgres(fair)}`);
  });
  after(async () => {
    db.close();
    rmSync(tmp, {recursive: true, force: true});
    await scratch.drop();
  });

  it("the fixture is the same in both engines", async () => {
    const {duck, post} = await both(`SELECT CAST(count(*) AS INTEGER) AS n, sum(latency_ms) AS latency,
      CAST(count(score) AS INTEGER) AS scored, CAST(min(decided_at) AS VARCHAR) AS first
      FROM read_parquet(${sqlLiteral(files.decisions)})`);
    // hand derivation from the fixture: latency Σ_d Σ_i (100 + i + 10·(d % 3)) = 20·14950 + 10·100·19; one or
    // two fallback decisions (no score) a day, alternating
    assert.deepEqual(duck, [{n: 2000, latency: 318000, scored: 1970, first: "2026-01-01 00:00:00"}]);
    assert.deepEqual(post, duck);
  });

  it("Overview daily series (overviewDailySql): counts, rates and percentile_cont latency", async () => {
    const contract = await readContract(CONTRACT);
    const columns = decisionColumns({contract, roles: systemRoles(contract)});
    const {duck, post} = await both(overviewDailySql(columns, `read_parquet(${sqlLiteral(files.decisions)})`));
    assert.equal(duck.length, 20);
    // hand derivation from the fixture: day 0's 100 automated decisions (fallback counts) have latencies 100..199
    assert.equal(duck[0].latency_p95, 100 + 0.95 * 99);
    assertSameRows(post, duck, "overview daily");
  });

  it("fairness confusion counts (fairnessCountsSql): intersections, windows by month and week", async () => {
    const types = new Map(
      (await db.all<{column_name: string; column_type: string}>("DESCRIBE fair")).map((c) => [
        c.column_name,
        c.column_type
      ])
    );
    for (const unit of ["month", "week"] as const) {
      const spec: FairnessSpec = {
        label: "defaulted",
        positive: "false",
        prediction: {kind: "decision", column: "final_decision", positive: "approve"},
        group: ["region", "channel"],
        window: {column: "decided_at", unit}
      };
      const {duck, post} = await both(fairnessCountsSql("fair", spec, types, "false"));
      const total = duck.reduce(
        (s, r) => s + (r.tp as number) + (r.fp as number) + (r.tn as number) + (r.fn as number),
        0
      );
      assert.equal(total, 60 * 18); // labelled: approved decisions of days 0..17
      assertSameRows(post, duck, `fairness counts by ${unit}`);
    }
  });

  it("SPC metric series (metricSeriesSql): every decision and outcome metric per day, week and month", async () => {
    const contract = await readContract(CONTRACT);
    const {columns, metrics} = spcMetrics({contract, roles: systemRoles(contract)});
    const relations = {
      decisions: `read_parquet(${sqlLiteral(files.decisions)})`,
      outcomes: `read_parquet(${sqlLiteral(files.outcomes)})`
    };
    const checked = metrics.filter((m) => m.source !== "quarantine");
    assert.ok(checked.length >= 8, `${checked.length} metrics`);
    for (const metric of checked)
      for (const unit of ["day", "week", "month"]) {
        const {duck, post} = await both(metricSeriesSql(metric, columns, relations, unit));
        assertSameRows(post, duck, `${metric.id} per ${unit}`);
      }
  });

  it("positive control: the DuckDB-only forms the builders no longer use fail on PostgreSQL", async () => {
    for (const sql of [
      "SELECT count_if(true) AS n",
      "SELECT 1::DOUBLE AS x",
      "SELECT region, count(*) AS n FROM decisions GROUP BY ALL",
      "SELECT quantile_cont(latency_ms, 0.95) AS p FROM decisions",
      "SELECT strftime(decided_at, '%Y-%m-%d') AS d FROM decisions"
    ])
      await assert.rejects(client.query(sql), Error, sql);
  });
});
