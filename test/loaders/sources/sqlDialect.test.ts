/**
 * The aggregate SQL the loaders generate runs unchanged on DuckDB and on PostgreSQL: the Overview's daily series,
 * the fairness confusion counts and the SPC metric series (decision and outcome metrics, per day, week and month,
 * one by one and all of a source at once).
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
import {sourceSeriesSql} from "../../../loaders/spc/sourceSeriesSql.js";
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

  it("fairness confusion counts (fairnessCountsSql): blank, whitespace and null groups merge into (missing) after counting", async () => {
    // the same eight rows in both engines: group values differing only by whitespace, blank or null, decisions and
    // labels with stray whitespace, a null decision (excluded), a null label (unknown), a null in the second group
    const create = `CREATE TABLE fair_blank (g VARCHAR, h INTEGER, decision VARCHAR, lab VARCHAR, t TIMESTAMP, s DOUBLE PRECISION)`;
    const insert = `INSERT INTO fair_blank VALUES
      ('a', 1, 'approve', 'good', '2026-01-05 10:00:00', 0.9),
      (' a', 1, ' approve', 'bad', '2026-01-20 10:00:00', 0.8),
      ('a ', 2, 'decline', 'good ', '2026-02-02 10:00:00', 0.2),
      ('', 1, 'approve', NULL, '2026-02-03 10:00:00', 0.7),
      ('   ', 2, 'decline', 'bad', '2026-01-06 10:00:00', 0.1),
      (NULL, 1, NULL, 'good', '2026-01-07 10:00:00', NULL),
      ('b', NULL, 'approve', 'good', '2026-02-10 10:00:00', 0.6),
      ('b', 2, 'decline', 'bad', '2026-01-08 10:00:00', 0.3)`;
    await db.run(create);
    await db.run(insert);
    await client.query(create);
    await client.query(insert);
    const types = new Map(
      (await db.all<{column_name: string; column_type: string}>("DESCRIBE fair_blank")).map((c) => [
        c.column_name,
        c.column_type
      ])
    );
    const cells = ["tp", "fp", "tn", "fn", "up", "un", "excluded"];
    /** [window?, group, ...the nonzero cells as name=count], sorted (the engines' text collations may differ). */
    const brief = (rows: Row[]) =>
      rows
        .map((r) =>
          [
            ...(r.window === undefined ? [] : [r.window]),
            r.group,
            ...cells.filter((c) => r[c] !== 0).map((c) => `${c}=${r[c]}`)
          ].join(" ")
        )
        .sort();
    const decisionSpec: FairnessSpec = {
      label: "lab",
      positive: "good",
      prediction: {kind: "decision", column: "decision", positive: "approve"},
      group: ["g"],
      window: {column: "t", unit: "month"}
    };
    let {duck, post} = await both(fairnessCountsSql("fair_blank", decisionSpec, types, "good"));
    // hand derivation from the rows above: groups a (rows 1–3), (missing) (rows 4–6), b (rows 7–8), per month
    const byMonth = [
      "2026-01-01 (missing) tn=1 excluded=1",
      "2026-01-01 a tp=1 fp=1",
      "2026-01-01 b tn=1",
      "2026-02-01 (missing) up=1",
      "2026-02-01 a fn=1",
      "2026-02-01 b tp=1"
    ];
    assert.deepEqual(brief(duck), byMonth);
    assert.deepEqual(brief(post), byMonth);
    const scoreSpec: FairnessSpec = {
      label: "lab",
      positive: "good",
      prediction: {kind: "score", column: "s", threshold: 0.5, direction: "higher"},
      group: ["g", "h"]
    };
    ({duck, post} = await both(fairnessCountsSql("fair_blank", scoreSpec, types, "good")));
    const intersections = [
      "(missing) × 1 up=1 excluded=1",
      "(missing) × 2 tn=1",
      "a × 1 tp=1 fp=1",
      "a × 2 fn=1",
      "b × (missing) tp=1",
      "b × 2 tn=1"
    ];
    assert.deepEqual(brief(duck), intersections);
    assert.deepEqual(brief(post), intersections);
  });

  it("SPC metric series (metricSeriesSql, sourceSeriesSql): every decision and outcome metric per day, week and month", async () => {
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
    // all of a source's metrics by every unit in one GROUP BY GROUPING SETS, as spcSeriesSql computes them
    for (const source of ["decisions", "outcomes"] as const) {
      const sql = sourceSeriesSql(
        checked.filter((m) => m.source === source),
        columns,
        relations,
        ["day", "week", "month"]
      );
      const {duck, post} = await both(`SELECT * FROM (${sql}) AS s ORDER BY metric, unit, bucket`);
      assert.ok(duck.length > 0);
      assertSameRows(post, duck, `${source} metrics per day, week and month`);
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
