/**
 * The engines return the same plain values for the same SQL: DuckDB (embedded), PostgreSQL and sharded PostgreSQL
 * (each when its server is configured, see postgresTestUrl.ts and shardedTestUrl.ts). Every query error carries the
 * SQL; openEngine picks the engine from the URL and recognises a postgres_fdw coordinator.
 */
import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {InputError} from "../../../loaders/cli/errors.js";
import {engineBatches} from "../../../loaders/engine/engineBatches.js";
import type {Engine} from "../../../loaders/engine/Engine.js";
import {engineRelation} from "../../../loaders/engine/engineRelation.js";
import {numericChunks} from "../../../loaders/engine/numericChunks.js";
import {openEngine} from "../../../loaders/engine/openEngine.js";
import {postgresTimestamp} from "../../../loaders/engine/postgresValue.js";
import {postgresSkipReason} from "../sources/postgresTestUrl.js";
import {shardedSkipReason} from "./shardedTestUrl.js";

/** One row of typed values, written in the SQL both dialects accept. */
const VALUES = `SELECT CAST(count(*) AS BIGINT) AS n, CAST(9007199254740993 AS BIGINT) AS big, sum(x) AS total,
  CAST(2.5 AS NUMERIC(10, 2)) AS num, CAST(0.1 AS DOUBLE PRECISION) AS tenth, CAST('Infinity' AS DOUBLE PRECISION) AS inf,
  CAST('2026-01-05 12:34:56.789123' AS TIMESTAMP) AS ts, CAST('2026-01-05 12:34:56.5+05:30' AS TIMESTAMP WITH TIME ZONE) AS tstz,
  CAST('2026-02-28' AS DATE) AS day, CAST('1969-12-31 23:59:59' AS TIMESTAMP) AS before_epoch,
  true AS yes, CAST(NULL AS VARCHAR) AS nothing, 'café' AS word, CAST(CAST('2026-03-01' AS DATE) AS VARCHAR) AS day_text
  FROM (SELECT 1 AS x UNION ALL SELECT 2) AS t`;

const EXPECTED = {
  n: 2,
  big: "9007199254740993", // beyond Number.MAX_SAFE_INTEGER: text, never rounded
  total: 3,
  num: 2.5,
  tenth: 0.1,
  inf: Infinity,
  ts: "2026-01-05T12:34:56.789Z", // microseconds truncated, as loaders/db/plainValue.ts does
  tstz: "2026-01-05T07:04:56.500Z",
  day: "2026-02-28",
  before_epoch: "1969-12-31T23:59:59.000Z",
  yes: true,
  nothing: null,
  word: "café",
  day_text: "2026-03-01"
};

async function checkEngine(engine: Engine) {
  try {
    assert.deepEqual(await engine.all(VALUES), [EXPECTED]);
    assert.deepEqual(await engine.all("SELECT CAST($1 AS INTEGER) + 1 AS y, $2 AS s", [41, "it's"]), [
      {y: 42, s: "it's"}
    ]);
    const bad = "SELECT no_such_column FROM (SELECT 1 AS x) AS t";
    await assert.rejects(
      engine.all(bad),
      (e: Error) => e.message.endsWith(`\nSQL: ${bad}`) && e.cause instanceof Error
    );
    await assert.rejects(engine.run(bad), (e: Error) => e.message.endsWith(`\nSQL: ${bad}`));
  } finally {
    await engine.close();
  }
}

describe("engines", () => {
  it("DuckDB (the default) returns plain values and errors that carry the SQL", async () => {
    const engine = await openEngine();
    assert.equal(engine.dialect, "duckdb");
    assert.equal(engine.kind, "duckdb");
    await checkEngine(engine);
  });

  it("PostgreSQL returns the same values as DuckDB", {skip: postgresSkipReason()}, async () => {
    const engine = await openEngine(process.env.WORKBENCH_PG_URL);
    assert.equal(engine.dialect, "postgres");
    assert.equal(engine.kind, "postgres");
    assert.ok(!engine.name.includes(":workbench@"), `password in ${engine.name}`);
    await checkEngine(engine);
  });

  it(
    "a postgres_fdw coordinator opens as the sharded engine, with its planner settings",
    {skip: shardedSkipReason()},
    async () => {
      const engine = await openEngine(process.env.WORKBENCH_SHARDED_URL);
      const [settings] = await engine.all(
        "SELECT current_setting('enable_partitionwise_aggregate') AS agg, current_setting('cpu_tuple_cost') AS cpu"
      );
      assert.deepEqual(settings, {agg: "on", cpu: "0.05"});
      assert.equal(engine.kind, "sharded-postgres");
      await checkEngine(engine);
    }
  );

  it("openEngine refuses an engine it does not know, and an unreachable server names the URL without the password", async () => {
    await assert.rejects(
      openEngine("mysql://x"),
      new InputError('unknown engine "mysql://x" (use duckdb or a postgres:// URL)')
    );
    await assert.rejects(
      openEngine("postgres://someone:secret@127.0.0.1:1/nowhere"),
      (e: Error) =>
        e instanceof InputError && e.message.startsWith("postgres://someone@127.0.0.1:1/nowhere: cannot connect (")
    );
  });

  it(
    "engineRelation: a Parquet file on DuckDB; a table and its partition key on PostgreSQL",
    {skip: postgresSkipReason()},
    async () => {
      const duck = await openEngine();
      assert.deepEqual(await engineRelation(duck, "d's.parquet"), {engine: duck, from: "read_parquet('d''s.parquet')"});
      await duck.close();
      const engine = await openEngine(process.env.WORKBENCH_PG_URL);
      try {
        const schema = `wb_engine_${process.pid}`;
        await engine.run(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};
        CREATE TABLE ${schema}.plain (x int); CREATE TABLE ${schema}."Parted" (k int, x int) PARTITION BY LIST (k)`);
        try {
          assert.deepEqual(await engineRelation(engine, [schema, "plain"]), {engine, from: `"${schema}"."plain"`});
          assert.deepEqual(await engineRelation(engine, [schema, "Parted"]), {
            engine,
            from: `"${schema}"."Parted"`,
            partition: "k"
          });
          await assert.rejects(engineRelation(engine, [schema, "missing"]), (e: Error) =>
            e.message.endsWith(`: table "${schema}.missing" not found`)
          );
        } finally {
          await engine.run(`DROP SCHEMA ${schema} CASCADE`);
        }
      } finally {
        await engine.close();
      }
    }
  );
});

describe("engineBatches", () => {
  const SERIES = "SELECT x FROM generate_series(1, 5) AS t(x) ORDER BY x";
  const sizes = async (engine: Engine, sql: string, size: number) => {
    const out: number[][] = [];
    for await (const rows of engineBatches<{x: number}>(engine, sql, size)) out.push(rows.map((r) => r.x));
    return out;
  };

  it("DuckDB gives the rows in one batch", async () => {
    const engine = await openEngine();
    try {
      assert.deepEqual(await sizes(engine, SERIES, 2), [[1, 2, 3, 4, 5]]);
    } finally {
      await engine.close();
    }
  });

  it(
    "PostgreSQL fetches through a cursor, at most `size` rows at a time, and ends its transaction",
    {skip: postgresSkipReason()},
    async () => {
      const engine = await openEngine(process.env.WORKBENCH_PG_URL);
      try {
        assert.deepEqual(await sizes(engine, SERIES, 2), [[1, 2], [3, 4], [5]]);
        assert.deepEqual(await sizes(engine, "SELECT 1 AS x WHERE false", 2), []);
        assert.deepEqual(await sizes(engine, SERIES.replace("5", "4"), 2), [
          [1, 2],
          [3, 4]
        ]); // an exact multiple
        const bad = "SELECT 1 / (x - 3) AS x FROM generate_series(1, 5) AS t(x)"; // fails in the first fetch
        await assert.rejects(sizes(engine, bad, 1), (e: Error) => e.message.includes("division by zero"));
        // no transaction or cursor left open: the same cursor name is free again
        assert.deepEqual(await engine.all("SELECT count(*)::INTEGER AS n FROM pg_cursors"), [{n: 0}]);
        assert.deepEqual(await sizes(engine, SERIES, 5), [[1, 2, 3, 4, 5]]);
      } finally {
        await engine.close();
      }
    }
  );
});

describe("numericChunks on PostgreSQL", () => {
  it(
    "fetches through a cursor, at most `size` rows a chunk, each column a Float64Array, counts as numbers",
    {skip: postgresSkipReason()},
    async () => {
      const engine = await openEngine(process.env.WORKBENCH_PG_URL);
      try {
        const chunks: number[][][] = [];
        const sql = "SELECT x / 4.0 AS v, count(*) AS n FROM generate_series(1, 5) AS t(x) GROUP BY x ORDER BY x";
        for await (const chunk of numericChunks(engine, sql, 2)) {
          assert.ok(chunk.every((c) => c instanceof Float64Array));
          chunks.push(chunk.map((c) => Array.from(c)));
        }
        assert.deepEqual(chunks, [
          [
            [0.25, 0.5],
            [1, 1]
          ],
          [
            [0.75, 1],
            [1, 1]
          ],
          [[1.25], [1]]
        ]);
        const text = numericChunks(engine, "SELECT 'x' AS v", 2)[Symbol.asyncIterator]().next();
        await assert.rejects(text, /numericChunks: v is "x", not a number/);
        assert.deepEqual(await engine.all("SELECT count(*)::INTEGER AS n FROM pg_cursors"), [{n: 0}]);
      } finally {
        await engine.close();
      }
    }
  );
});

describe("postgresTimestamp", () => {
  it("reads PostgreSQL's ISO output as DuckDB's rows give it: UTC, milliseconds, Z", () => {
    assert.equal(postgresTimestamp("2026-01-05 12:34:56"), "2026-01-05T12:34:56.000Z");
    assert.equal(postgresTimestamp("2026-01-05 12:34:56.999999"), "2026-01-05T12:34:56.999Z"); // truncated, not rounded
    assert.equal(postgresTimestamp("2026-01-05 12:34:56.5+00"), "2026-01-05T12:34:56.500Z");
    assert.equal(postgresTimestamp("2026-01-05 00:00:00-08"), "2026-01-05T08:00:00.000Z");
    assert.equal(postgresTimestamp("2026-01-05 05:30:00+05:30"), "2026-01-05T00:00:00.000Z");
    assert.equal(postgresTimestamp("1900-01-01 00:00:00+00:09:21"), "1899-12-31T23:50:39.000Z"); // LMT offsets have seconds
    assert.equal(postgresTimestamp("0050-03-01 00:00:00"), "0050-03-01T00:00:00.000Z"); // not 1950
  });

  it("leaves what a Date cannot hold as PostgreSQL's text", () => {
    assert.equal(postgresTimestamp("infinity"), "infinity");
    assert.equal(postgresTimestamp("-infinity"), "-infinity");
    assert.equal(postgresTimestamp("0044-03-15 12:00:00 BC"), "0044-03-15 12:00:00 BC");
    assert.equal(postgresTimestamp("294276-12-31 23:59:59"), "294276-12-31 23:59:59");
  });
});
