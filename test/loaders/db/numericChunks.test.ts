import assert from "node:assert/strict";
import {after, before, test} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {numericChunks} from "../../../loaders/engine/numericChunks.js";

let db: Db;
before(async () => {
  db = await openDb();
});
after(() => db.close());

async function columns(sql: string, engine: Parameters<typeof numericChunks>[0] = db) {
  const chunks: Float64Array[][] = [];
  for await (const chunk of numericChunks(engine, sql)) chunks.push(chunk);
  return chunks;
}

test("numericChunks streams DOUBLE, FLOAT and integer columns as Float64Arrays, chunk by chunk, in order", async () => {
  const chunks = await columns(
    `SELECT i::DOUBLE / 4 AS d, (i % 7)::FLOAT AS f, i::INTEGER AS n, (i * 1000000)::BIGINT AS b, (i % 3)::TINYINT AS t
     FROM range(5000) r(i) ORDER BY i`
  );
  assert.ok(chunks.length >= 3, `${chunks.length} chunks`); // DuckDB's vectors hold 2048 rows
  const all = [0, 1, 2, 3, 4].map((c) => chunks.flatMap((chunk) => Array.from(chunk[c])));
  assert.equal(all[0].length, 5000);
  assert.deepEqual(all[0].slice(0, 3), [0, 0.25, 0.5]);
  assert.equal(all[0][4999], 4999 / 4);
  assert.equal(all[1][13], 6);
  assert.equal(all[2][4095], 4095);
  assert.equal(all[3][4999], 4999000000);
  assert.equal(all[4][5], 2);
  assert.ok(chunks.every((chunk) => chunk.every((c) => c instanceof Float64Array)));
});

test("numericChunks refuses what it cannot give exactly: NULL, text, integers beyond 2^53; errors carry the SQL", async () => {
  await assert.rejects(
    columns("SELECT NULL::DOUBLE AS x UNION ALL SELECT 1"),
    /column 1 holds a NULL\nSQL: SELECT NULL/
  );
  await assert.rejects(
    columns("SELECT i::DOUBLE AS x, CASE WHEN i = 4000 THEN NULL ELSE i END AS y FROM range(5000) r(i)"),
    /column 2 holds a NULL/
  );
  await assert.rejects(columns("SELECT 'a' AS x"), /column 1 is VARCHAR, not a number type/);
  await assert.rejects(columns("SELECT 9007199254740993::BIGINT AS x"), /holds 9007199254740993, beyond 2\^53/);
  await assert.rejects(columns("SELECT nope"), /SQL: SELECT nope/);
  assert.deepEqual(await columns("SELECT 1.5 AS x WHERE false"), []);
});

test("numericChunks falls back to an engine's rows when it has no bulk reader (PostgreSQL)", async () => {
  const rows = {all: db.all};
  const chunks = await columns("SELECT i::DOUBLE AS x, (i * 2)::BIGINT AS y FROM range(3) r(i) ORDER BY i", rows);
  assert.deepEqual(
    chunks.map((c) => c.map((x) => Array.from(x))),
    [
      [
        [0, 1, 2],
        [0, 2, 4]
      ]
    ]
  );
  await assert.rejects(columns("SELECT 'a' AS x", rows), /numericChunks: x is "a", not a number/);
});
