import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import {DuckDBInstance} from "@duckdb/node-api";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {plainValue} from "../../../loaders/db/plainValue.js";
import {sqlIdentifier} from "../../../loaders/db/sqlIdentifier.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";

describe("openDb", () => {
  let db: Db;
  before(async () => void (db = await openDb({threads: 1})));
  after(() => db.close());

  it("returns plain JS rows: safe BIGINT as number, unsafe as string, timestamps as ISO UTC, dates as YYYY-MM-DD", async () => {
    const [row] = await db.all(`SELECT count(*) AS n, 9007199254740993::BIGINT AS big,
      TIMESTAMP '2026-01-05 12:34:56.789' AS ts, TIMESTAMPTZ '2026-01-05 12:34:56+02' AS tz,
      DATE '2026-01-05' AS d, 'infinity'::TIMESTAMP AS inf, [1::BIGINT, 2] AS l, 1.25::DECIMAL(4,2) AS m
      FROM range(3)`);
    assert.deepEqual(row, {
      n: 3,
      big: "9007199254740993",
      ts: "2026-01-05T12:34:56.789Z",
      tz: "2026-01-05T10:34:56.000Z", // +02 offset converted to UTC
      d: "2026-01-05",
      inf: "infinity",
      l: [1, 2],
      m: 1.25
    });
  });

  it("gives the rows, keys and values of DuckDB's convertRowObjects(plainValue), over several chunks", async () => {
    const sql = `SELECT range AS n, (range % 7)::TINYINT AS t, (range % 300)::SMALLINT AS s, range::INTEGER AS i,
      (range / 8)::FLOAT AS f, CASE WHEN range % 5 = 0 THEN NULL ELSE range / 3 END AS d, range % 2 = 0 AS b,
      CASE WHEN range % 3 = 0 THEN NULL ELSE 'v' || range END AS v, repeat('é😀', (range % 9)::INTEGER) AS long,
      range AS n, 'nan'::DOUBLE AS nan, 200::UTINYINT AS u, DATE '2026-01-01' + (range % 40)::INTEGER AS day,
      ('a' || range % 2)::ENUM('a0', 'a1') AS e, [range, NULL] AS l FROM range(5000)`;
    const instance = await DuckDBInstance.create(":memory:", {threads: "1"});
    const connection = await instance.connect();
    try {
      const expected = (await connection.runAndReadAll(sql)).convertRowObjects(plainValue);
      const rows = await db.all(sql);
      assert.equal(rows.length, 5000);
      assert.deepEqual(rows, expected);
      assert.deepEqual(Object.keys(rows[4999]), Object.keys(expected[4999])); // "n" twice: deduplicated as DuckDB does
      assert.deepEqual([rows[3].v, rows[5].d, rows[2].b, rows[2].day], [null, null, true, "2026-01-03"]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("reads timestamps without an offset as UTC", async () => {
    const [row] = await db.all<{ms: number}>("SELECT epoch_ms('2026-01-01 00:00:00'::TIMESTAMPTZ) AS ms");
    assert.equal(row.ms, Date.UTC(2026, 0, 1)); // 1767225600000
  });

  it("binds parameters and runs several statements", async () => {
    await db.run("CREATE TABLE t AS SELECT 1 AS a; INSERT INTO t VALUES (2)");
    assert.deepEqual(await db.all("SELECT sum(a) + $1 AS s FROM t", [10]), [{s: 13}]);
  });

  it("errors carry the SQL and the DuckDB error as cause", async () => {
    await assert.rejects(
      db.all("SELEC 1"),
      (e: Error) => e.message.endsWith("\nSQL: SELEC 1") && e.cause instanceof Error
    );
    await assert.rejects(
      db.run("SELECT * FROM nope"),
      /Table with name nope does not exist[\s\S]*\nSQL: SELECT \* FROM nope$/
    );
  });

  it("rejects an invalid thread count", async () => {
    await assert.rejects(openDb({threads: 0}), /invalid threads: 0/);
  });

  it("sqlLiteral and sqlIdentifier quote values DuckDB reads back unchanged", async () => {
    const text = `it's "odd"`;
    const [row] = await db.all(`SELECT ${sqlLiteral(text)} AS ${sqlIdentifier(text)}, ${sqlLiteral(1.5)} AS n`);
    assert.deepEqual(row, {[text]: text, n: 1.5});
    assert.equal(sqlLiteral(null), "NULL");
    assert.throws(() => sqlLiteral(NaN), /invalid SQL literal: NaN/);
  });
});
