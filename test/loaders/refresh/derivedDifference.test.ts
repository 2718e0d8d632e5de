/**
 * derivedDifference: the two sets of derived Parquet files compared in DuckDB (row i against row i), counts exactly,
 * doubles to 1e-12 relative (the boundary exact: |a − b| / max(|a|, |b|) = 1e-12 passes, the next double above and
 * 2e-12 fail), JSON payloads and nested values field by field, the stated exceptions left out.
 */
import assert from "node:assert/strict";
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import {DERIVED_TOLERANCE, derivedDifference, tableDifference} from "../../../loaders/refresh/derivedDifference.js";

/** Two doubles whose relative difference, |a − b| / max(|a|, |b|) in doubles, is exactly 1e-12 (a − b = 2^-40). */
const A = 0.9094947017729282;
const EXACTLY = 0.9094947017720187;
/** The next double below A, with the same 2^-40 difference: relative 1.0000000000000002e-12, just over. */
const A_BELOW = 0.9094947017729281;
const JUST_OVER = 0.9094947017720186;
/** A − 2^-39: relative 2e-12. */
const TWICE = 0.9094947017711092;

const rows = ["n", "s", "d", "c", "ts", "l", "j", "ok"];
/** One row of the fixture table, each cell overridable with SQL. */
const row = (cells: Partial<Record<(typeof rows)[number], string>> = {}) => {
  const base: Record<string, string> = {
    n: "7::INTEGER",
    s: "'text'",
    d: `'${A}'::DOUBLE`,
    c: "1e15::DOUBLE",
    ts: "TIMESTAMP '2026-01-05 12:00:00.000001'",
    l: "[1.5, 2.5]::DOUBLE[]",
    j: `'{"x": 1.5, "y": [1, 2]}'`,
    ok: "true"
  };
  return `SELECT ${rows.map((k) => `${cells[k] ?? base[k]} AS ${k}`).join(", ")}`;
};

describe("derivedDifference: the comparison runs in DuckDB over the two Parquet files", () => {
  let db: Db;
  let dir: string;
  let n = 0;
  /** Writes a Parquet file from SQL; returns its path. */
  const parquet = async (sql: string) => {
    const file = join(dir, `t${n++}.parquet`);
    await db.run(`COPY (${sql}) TO ${sqlLiteral(file)} (FORMAT parquet)`);
    return file;
  };
  const compare = async (a: string, b: string, except?: string[]) =>
    tableDifference(db, "t", await parquet(a), await parquet(b), except);

  before(async () => {
    db = await openDb({threads: 1});
    dir = mkdtempSync(join(tmpdir(), "derived-difference-"));
  });
  after(() => {
    db?.close();
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  it("the fixture's doubles are the stated ones (the boundary pairs as JS computes them)", async () => {
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    assert.equal(rel(A, EXACTLY), DERIVED_TOLERANCE);
    assert.ok(rel(A_BELOW, JUST_OVER) > DERIVED_TOLERANCE);
    assert.equal(rel(A, TWICE), 2e-12);
    const [back] = await db.all<{a: number; b: number}>(`SELECT '${A}'::DOUBLE AS a, '${EXACTLY}'::DOUBLE AS b`);
    assert.deepEqual(back, {a: A, b: EXACTLY});
  });

  it("equal tables: passes, worst 0", async () => {
    assert.deepEqual(await compare(`${row()} UNION ALL ${row({n: "8"})}`, `${row()} UNION ALL ${row({n: "8"})}`), {
      table: "t",
      rows: 2,
      worst: 0
    });
  });

  it("a double off by exactly 1e-12 relative passes (worst 1e-12); the next double above fails; 2e-12 fails", async () => {
    const r = await compare(row(), row({d: `'${EXACTLY}'::DOUBLE`}));
    assert.equal(r.worst, 1e-12);
    await assert.rejects(compare(row({d: `'${A_BELOW}'::DOUBLE`}), row({d: `'${JUST_OVER}'::DOUBLE`})), /row 0 d: /);
    await assert.rejects(
      compare(`${row()} UNION ALL ${row()}`, `${row()} UNION ALL ${row({d: `'${TWICE}'::DOUBLE`})}`),
      new RegExp(`^Error: t: 1 row differs; row 1 d: ${TWICE} vs ${A}$`.replace(/\./g, "\\."))
    );
    // the same pair either way round
    await assert.rejects(compare(row({d: `'${TWICE}'::DOUBLE`}), row()), /row 0 d: /);
  });

  it("counts exactly: an integer off by one, an integral double off by one (1e-15 relative) fail", async () => {
    await assert.rejects(compare(row(), row({n: "8::INTEGER"})), /row 0 n: 8 vs 7/);
    await assert.rejects(compare(row(), row({c: "(1e15 + 1)::DOUBLE"})), /row 0 c: /);
    // a double that is not integral on one side is a double: within the tolerance
    assert.ok((await compare(row({c: "3::DOUBLE"}), row({c: "'3.0000000000000004'::DOUBLE"}))).worst > 0);
  });

  it("text, booleans, timestamps (to the microsecond) and NULLs exactly", async () => {
    await assert.rejects(compare(row(), row({s: "'texT'"})), /row 0 s: texT vs text/);
    await assert.rejects(compare(row(), row({ok: "false"})), /row 0 ok: /);
    await assert.rejects(compare(row(), row({ts: "TIMESTAMP '2026-01-05 12:00:00.000002'"})), /row 0 ts: /);
    await assert.rejects(compare(row(), row({d: "NULL::DOUBLE"})), /row 0 d: /);
    await assert.rejects(compare(row({n: "NULL::INTEGER"}), row()), /row 0 n: /);
    assert.equal((await compare(row({d: "NULL::DOUBLE"}), row({d: "NULL::DOUBLE"}))).worst, 0);
  });

  it("JSON payloads and nested values: their numbers to the tolerance, the rest exactly", async () => {
    const close = await compare(
      row(),
      row({j: `'{"x": 1.50000000000075, "y": [1, 2]}'`, l: "[1.5, 2.5000000000005]::DOUBLE[]"})
    );
    assert.ok(close.worst > 1e-13 && close.worst <= 1e-12, String(close.worst));
    await assert.rejects(compare(row(), row({j: `'{"x": 1.5000000000045, "y": [1, 2]}'`})), /row 0 j\.x: /);
    await assert.rejects(compare(row(), row({j: `'{"x": 1.5, "y": [1, 3]}'`})), /row 0 j\.y\.1: 3 vs 2/);
    await assert.rejects(compare(row(), row({j: `'{"y": [1, 2], "x": 1.5}'`})), /row 0 j: keys /);
    await assert.rejects(compare(row(), row({l: "[1.5, 2.500000000005]::DOUBLE[]"})), /row 0 l\.1: /);
    await assert.rejects(compare(row(), row({l: "[1.5]::DOUBLE[]"})), /row 0 l: keys /);
  });

  it("the stated columns are left out; columns, types and row counts must match", async () => {
    assert.equal((await compare(row(), row({s: "'other'"}), ["s"])).worst, 0);
    await assert.rejects(compare(row(), `${row()} UNION ALL ${row()}`), /^Error: t: 2 rows vs 1$/);
    await assert.rejects(compare(row(), row({n: "7::BIGINT"})), /t: columns .*n BIGINT.* vs .*n INTEGER/);
    await assert.rejects(compare(row(), `SELECT * EXCLUDE (ok) FROM (${row()})`), /t: columns /);
  });

  it("many rows: the one differing row is found and counted; differing JSON is judged page by page", async () => {
    const many = (d: string, j: string) =>
      `SELECT i::INTEGER AS n, ${d} AS d, ${j} AS j FROM range(100000) r(i) ORDER BY i`;
    await assert.rejects(
      compare(
        many(`'${A}'::DOUBLE`, "'{}'"),
        many(`CASE WHEN i = 76543 THEN '${TWICE}'::DOUBLE ELSE '${A}'::DOUBLE END`, "'{}'")
      ),
      /^Error: t: 1 row differs; row 76543 d: /
    );
    // 25,000 JSON cells differ as text but agree to the tolerance (three pages); one past the second page does not
    const json = (x: string) => `CASE WHEN i % 4 = 0 THEN '{"x": ' || ${x} || '}' ELSE '{"x": 1}' END`;
    const ok = await compare(many("1::DOUBLE", json("'1.5'")), many("1::DOUBLE", json("'1.50000000000075'")));
    assert.ok(ok.worst > 0 && ok.worst <= DERIVED_TOLERANCE);
    await assert.rejects(
      compare(
        many("1::DOUBLE", json("'1.5'")),
        many("1::DOUBLE", json("CASE WHEN i = 99996 THEN '1.6' ELSE '1.50000000000075' END"))
      ),
      /row 99996 j\.x: 1\.6 vs 1\.5/
    );
  });

  it("derivedDifference: the manifests' tables alike, each table compared, unsupported tables and stated columns left out", async () => {
    const system = "s";
    const write = async (root: string, tables: Record<string, string>, errors: Record<string, string> = {}) => {
      const derived = join(dir, root, system, "derived");
      mkdirSync(derived, {recursive: true});
      for (const [name, sql] of Object.entries(tables))
        await db.run(`COPY (${sql}) TO ${sqlLiteral(join(derived, `${name}.parquet`))} (FORMAT parquet)`);
      const names = [...Object.keys(tables), ...Object.keys(errors)];
      const manifest = {
        tables: names.map((name) => ({
          name,
          file: `${name}.parquet`,
          rows: 0,
          sha256: "",
          seconds: 0,
          ...(errors[name] ? {error: errors[name]} : {})
        }))
      };
      writeFileSync(join(derived, "manifest.json"), JSON.stringify(manifest));
      return join(dir, root);
    };
    const a = await write("a", {
      t: row(),
      profiles: "SELECT 1 AS rows, [1, 2]::UTINYINT[] AS hll",
      "explain-counts": "SELECT 1 AS x"
    });
    const b = await write("b", {
      t: row({d: `'${EXACTLY}'::DOUBLE`}),
      profiles: "SELECT 1 AS rows, NULL::UTINYINT[] AS hll",
      "explain-counts": "SELECT 2 AS x"
    });
    assert.deepEqual(await derivedDifference(db, a, b, system), [
      {table: "t", rows: 1, worst: 1e-12},
      {table: "profiles", rows: 1, worst: 0}
    ]);
    const c = await write("c", {
      t: row({d: `'${TWICE}'::DOUBLE`}),
      profiles: "SELECT 1 AS rows, NULL::UTINYINT[] AS hll"
    });
    await assert.rejects(derivedDifference(db, a, c, system), /^Error: t: 1 row differs; row 0 d: /);
    const d = await write("d", {t: row()}, {profiles: "no scores"});
    await assert.rejects(
      derivedDifference(db, a, d, system),
      /s: tables differ:\nt, profiles \(no scores\)\nvs\nt, profiles/
    );
  });
});
