/**
 * columnCounts on the embedded DuckDB (embeddedCountsSql: grouped by the narrower key, the hash taken per distinct
 * value, counts and hashes as DOUBLE) gives exactly what its engine query (partialAggregateSql, the two-phase GROUP BY a
 * sharded engine runs) gives on the same rows: values, counts, hashes, categories, in the same order.
 */
import assert from "node:assert/strict";
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {columnCounts, type ColumnCounts, type ValueCounts} from "../../../loaders/drift/valueCounts.js";

let db: Db;
let dir: string;
let from: string;
const date = "CAST(t AS DATE)";
const group = `(${date} - DATE '1970-01-01')`;
const groupBy = {sql: date, number: (k: string) => `(${k} - DATE '1970-01-01')`};
const columns = {numeric: ["d", "big", "f"], categorical: ["cat", "flag", "d"]};

// −0 and 0, NaN, ±Infinity, NULLs, ties, a FLOAT, BIGINTs one DOUBLE stands for twice, rows without a time, and a
// partition column `p` for the two-phase query
before(async () => {
  db = await openDb();
  dir = await mkdtemp(join(tmpdir(), "value-counts-"));
  const file = join(dir, "rows.parquet");
  await db.run(`COPY (
    SELECT CASE WHEN i % 17 = 0 THEN NULL ELSE TIMESTAMP '2026-01-01' + to_hours(i * 5) END AS t,
      i % 3 AS p,
      [0.0, -0.0, 1.5, 'NaN'::DOUBLE, 'Infinity'::DOUBLE, '-Infinity'::DOUBLE, NULL, 2.25, i / 7][1 + i % 9] AS d,
      [9007199254740993, 9007199254740992, 7, NULL][1 + i % 4]::BIGINT AS big,
      [0.1, 0.25, NULL][1 + i % 3]::FLOAT AS f,
      ['a', 'b', NULL, 'a '][1 + i % 4] AS cat,
      [true, false, NULL][1 + i % 3] AS flag
    FROM range(0, 400) r(i)) TO '${file}' (FORMAT parquet)`);
  from = `read_parquet('${file}')`;
});
after(async () => {
  db.close();
  await rm(dir, {recursive: true, force: true});
});

/** Every column's counts, and the SQL each query ran. */
async function counts(options: Omit<ValueCounts, "relation" | "columns">, partition?: string) {
  const sql: string[] = [];
  const engine = {
    all: <T>(q: string) => (sql.push(q), db.all<T>(q)),
    numericChunks: (q: string) => (sql.push(q), db.numericChunks!(q))
  };
  const out: ColumnCounts[] = [];
  for await (const c of columnCounts({
    relation: {engine, from, ...(partition ? {partition} : {})},
    columns,
    ...options
  }))
    out.push(c);
  return {out, sql};
}

test("columnCounts on the embedded DuckDB counts as the engine's two-phase GROUP BY does, hashes included", async () => {
  for (const hashes of [true, false]) {
    const engine = await counts({group, hashes}, "p");
    assert.ok(engine.sql.every((q) => q.includes('"__partial"')));
    for (const options of [
      {group, groupBy, hashes},
      {group, hashes}
    ]) {
      const embedded = await counts(options);
      assert.ok(embedded.sql.every((q) => q.includes('"__key"') && !q.includes('"__partial"')));
      assert.deepEqual(embedded.out, engine.out);
    }
  }
  const {out} = await counts({group, groupBy, hashes: true});
  const d = out.find((c) => c.kind === "numeric" && c.column === "d")!;
  assert.ok(d.kind === "numeric");
  const [day, first] = [...d.groups][0];
  assert.equal(day, Date.UTC(2026, 0, 1) / 86_400_000);
  // −0 and 0 are one value, 0; NaN, ±Infinity and NULL left out
  assert.ok(Object.is(first.sample.values[0], 0));
  assert.ok([...d.groups.values()].every((g) => g.sample.values.every((x) => Number.isFinite(x))));
  const [{h}] = await db.all<{h: number}>(`SELECT CAST(hash(CAST(0 AS DOUBLE)) >> 29 AS DOUBLE) AS h`);
  assert.equal(first.hashes![0], h);
  const cat = out.find((c) => c.kind === "categorical" && c.column === "cat")!;
  assert.ok(cat.kind === "categorical");
  assert.deepEqual(
    [...cat.groups.values()][0].map((x) => x.value),
    ["a", "a ", "b"]
  );
});
