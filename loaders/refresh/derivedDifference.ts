import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {RefreshManifest} from "./RefreshManifest.js";

/**
 * Doubles agree when their relative difference |a − b| / max(|a|, |b|) is at most DERIVED_TOLERANCE (equal values,
 * zeros and NaNs included, always agree; two integral values must be equal).
 */
export const DERIVED_TOLERANCE = 1e-12;

/**
 * Derived-table columns that differ between the embedded DuckDB and another engine by design, with the reason
 * (docs/scale.md, "Past one machine"); everything else must agree.
 */
export const ENGINE_DIFFERENCES: Record<string, {columns: string[]; why: string}> = {
  profiles: {
    columns: ["distinct", "hll"],
    why: "the HyperLogLog sketch hashes with DuckDB's hash(), which another engine does not compute: left empty there"
  },
  "shadow-meta": {columns: ["meta"], why: "its latency is a timing of the models' inference, measured at each refresh"}
};

/**
 * Derived tables another engine does not compute yet, with the reason; the embedded DuckDB's are not compared.
 */
export const ENGINE_UNSUPPORTED: Record<string, string> = {
  "explain-meta": "the Explain page's tables (landed after refresh --engine) are DuckDB SQL so far",
  "explain-counts": "the Explain page's tables (landed after refresh --engine) are DuckDB SQL so far"
};

/** One table's comparison: its rows and the largest relative difference of its doubles. */
export interface TableDifference {
  table: string;
  rows: number;
  worst: number;
}

/** Rows of cells DuckDB cannot judge alone (nested values, JSON text) fetched into JS at a time. */
const PAGE = 10_000;

type Row = Record<string, unknown>;

/** How a column is compared: in SQL exactly, in SQL to the tolerance, or (its differing cells only) in JS. */
type Kind = "exact" | "double" | "json" | "nested";

const DOUBLE = /^(DOUBLE|FLOAT|REAL|DECIMAL\(\d+,\d+\))$/;
const NESTED = /^(STRUCT|MAP|UNION)\(|\]$/;

/**
 * Compares the derived tables of one system written by two refreshes (`<dir>/<system>/derived/`, e.g. the embedded
 * DuckDB's and a sharded PostgreSQL's): the same tables computed (or failing) alike, each with the same columns and
 * types and the same rows in the same order, counts, text, booleans, dates and timestamps exactly equal, doubles
 * within DERIVED_TOLERANCE (relative), JSON payloads and nested values (lists, structs) compared field by field the
 * same way; the ENGINE_DIFFERENCES columns and ENGINE_UNSUPPORTED tables are left out.
 *
 * The comparison runs in DuckDB over the two Parquet files, row i against row i (a POSITIONAL JOIN, checked on both
 * files' row numbers): one pass per table returns the rows that differ, the first of them and the largest relative
 * difference, so memory does not grow with the table (10M-row audit rows). Only cells DuckDB cannot judge alone (a
 * JSON text or a nested value that is not identical) come into JS, a page at a time.
 *
 * @throws {Error} `<table>: <n> rows differ; row <i> <column>: <b> vs <a>` (the first differing row) at the first difference
 * @example await derivedDifference(db, "data/.work", "/tmp/sharded", "credit-line") // => [{table: "overview-daily", rows: 180, worst: 2.2e-16}, ...]
 */
export async function derivedDifference(db: Db, a: string, b: string, system: string): Promise<TableDifference[]> {
  const manifest = (dir: string) =>
    JSON.parse(readFileSync(join(dir, system, "derived", "manifest.json"), "utf8")) as RefreshManifest;
  const [ma, mb] = [manifest(a), manifest(b)];
  const summary = (m: RefreshManifest) =>
    m.tables
      .filter((t) => !(t.name in ENGINE_UNSUPPORTED))
      .map((t) => `${t.name}${t.error ? ` (${t.error})` : ""}`)
      .join(", ");
  if (summary(ma) !== summary(mb)) throw new Error(`${system}: tables differ:\n${summary(mb)}\nvs\n${summary(ma)}`);
  const out: TableDifference[] = [];
  for (const t of ma.tables) {
    if (t.error !== undefined || t.name in ENGINE_UNSUPPORTED) continue;
    const file = (dir: string) => join(dir, system, "derived", t.file);
    out.push(await tableDifference(db, t.name, file(a), file(b), ENGINE_DIFFERENCES[t.name]?.columns ?? []));
  }
  return out;
}

/**
 * One table's comparison (see derivedDifference): the Parquet file `fb` against `fa`, the `except` columns left out.
 *
 * @throws {Error} `<table>: ...` at the first difference (columns, row count, or a cell)
 */
export async function tableDifference(
  db: Db,
  table: string,
  fa: string,
  fb: string,
  except: string[] = []
): Promise<TableDifference> {
  const scan = (f: string) => `read_parquet(${sqlLiteral(f)}, file_row_number = true)`;
  const describe = async (f: string) =>
    (await db.all<{column_name: string; column_type: string}>(`DESCRIBE SELECT * FROM read_parquet(${sqlLiteral(f)})`))
      .filter((c) => !except.includes(c.column_name))
      .map((c) => ({name: c.column_name, type: c.column_type}));
  const [ca, cb] = [await describe(fa), await describe(fb)];
  const list = (cs: {name: string; type: string}[]) => cs.map((c) => `${c.name} ${c.type}`).join(", ");
  if (list(ca) !== list(cb)) throw new Error(`${table}: columns ${list(cb)} vs ${list(ca)}`);
  const count = async (f: string) =>
    (await db.all<{n: number}>(`SELECT count(*)::BIGINT AS n FROM read_parquet(${sqlLiteral(f)})`))[0].n;
  const [na, nb] = [await count(fa), await count(fb)];
  if (na !== nb) throw new Error(`${table}: ${nb} rows vs ${na}`);

  const columns = ca.map(({name, type}) => {
    const kind: Kind = DOUBLE.test(type)
      ? "double"
      : NESTED.test(type)
        ? "nested"
        : type === "VARCHAR"
          ? "json"
          : "exact";
    return {name, kind, x: `x.${id(name)}`, y: `y.${id(name)}`};
  });
  const tolerance = `${DERIVED_TOLERANCE}::DOUBLE`;
  /** The relative difference of a double column; Infinity where it cannot agree (a NULL, ±Infinity, two integers). */
  const rel = ({x, y}: {x: string; y: string}) => {
    const [u, v] = [`${x}::DOUBLE`, `${y}::DOUBLE`];
    return (
      `CASE WHEN ${u} IS NOT DISTINCT FROM ${v} THEN 0::DOUBLE ` +
      `WHEN ${u} IS NULL OR ${v} IS NULL OR NOT isfinite(${u}) OR NOT isfinite(${v}) ` +
      `OR (${u} = trunc(${u}) AND ${v} = trunc(${v})) THEN 'Infinity'::DOUBLE ` +
      `ELSE abs(${u} - ${v}) / greatest(abs(${u}), abs(${v})) END`
    );
  };
  /** A JSON payload that differs as text: its numbers are compared to the tolerance in JS. */
  const jsonLike = ({x, y}: {x: string; y: string}) =>
    `(${x} IS NOT NULL AND ${y} IS NOT NULL AND left(${x}, 1) IN ('[', '{'))`;
  /** Per column: SQL true where the cell differs beyond doubt. */
  const bad = (c: (typeof columns)[number]) =>
    c.kind === "double"
      ? `(${rel(c)} > ${tolerance})`
      : c.kind === "json"
        ? `(${c.x} IS DISTINCT FROM ${c.y} AND NOT ${jsonLike(c)})`
        : c.kind === "exact"
          ? `(${c.x} IS DISTINCT FROM ${c.y})`
          : "false";
  /** Per column: SQL true where the cell must be judged in JS. */
  const deferred = (c: (typeof columns)[number]) =>
    c.kind === "nested"
      ? `(${c.x} IS DISTINCT FROM ${c.y})`
      : c.kind === "json"
        ? `(${c.x} IS DISTINCT FROM ${c.y} AND ${jsonLike(c)})`
        : "false";
  const doubles = columns.filter((c) => c.kind === "double");
  const joined = `${scan(fa)} AS x POSITIONAL JOIN ${scan(fb)} AS y`;
  const misaligned = "x.file_row_number IS DISTINCT FROM y.file_row_number";
  const [found] = await db.all<{differing: number; first: number | null; worst: number | null; deferred: number}>(
    `SELECT count(*) FILTER (WHERE bad)::BIGINT AS differing, min(i) FILTER (WHERE bad) AS first,
            max(worst) AS worst, count(*) FILTER (WHERE deferred)::BIGINT AS deferred
     FROM (SELECT x.file_row_number AS i,
                  ${[misaligned, ...columns.map(bad)].join(" OR ")} AS bad,
                  ${doubles.length ? `greatest(${doubles.map(rel).join(", ")})` : "0::DOUBLE"} AS worst,
                  ${["false", ...columns.map(deferred)].join(" OR ")} AS deferred
           FROM ${joined})`
  );
  if (found.differing > 0) {
    const i = found.first!;
    const [row] = await db.all<Row>(
      `SELECT ${misaligned} AS misaligned, ${columns
        .map((c, k) => `${bad(c)} AS "bad${k}", ${c.x}::VARCHAR AS "a${k}", ${c.y}::VARCHAR AS "b${k}"`)
        .join(", ")} FROM ${joined} WHERE x.file_row_number = ${i}`
    );
    const k = columns.findIndex((_, j) => row[`bad${j}`]);
    const where =
      row.misaligned || k < 0
        ? "the two files' rows are not aligned"
        : `${columns[k].name}: ${String(row[`b${k}`])} vs ${String(row[`a${k}`])}`;
    const rows = `${found.differing} ${found.differing === 1 ? "row differs" : "rows differ"}`;
    throw new Error(`${table}: ${rows}; row ${i} ${where}`);
  }
  let worst = found.worst ?? 0;
  const loose = columns.filter((c) => c.kind === "nested" || c.kind === "json");
  for (let last = -1, left = found.deferred; left > 0;) {
    const page = await db.all<Row>(
      `SELECT x.file_row_number AS i, ${loose.map((c, k) => `${c.x} AS "a${k}", ${c.y} AS "b${k}"`).join(", ")}
       FROM ${joined}
       WHERE x.file_row_number > ${last} AND (${loose.map(deferred).join(" OR ")})
       ORDER BY i LIMIT ${PAGE}`
    );
    if (page.length === 0) break;
    for (const row of page) {
      loose.forEach((c, k) => {
        worst = Math.max(worst, looseDifference(row[`a${k}`], row[`b${k}`], `${table}: row ${row.i} ${c.name}`));
      });
      last = row.i as number;
    }
    left -= page.length;
  }
  return {table, rows: na, worst};
}

/**
 * The largest relative difference of two plain values (a JSON text, a list or struct as db.all gives it) compared
 * field by field: doubles to DERIVED_TOLERANCE, everything else exactly.
 *
 * @throws {Error} `<where>: <v> vs <u>` at the first difference
 */
function looseDifference(u: unknown, v: unknown, where: string): number {
  if (typeof u === "number" && typeof v === "number" && !(Number.isInteger(u) && Number.isInteger(v))) {
    const d = u === v ? 0 : Math.abs(u - v) / Math.max(Math.abs(u), Math.abs(v));
    if (!(d <= DERIVED_TOLERANCE)) throw new Error(`${where}: ${v} vs ${u}`);
    return d;
  }
  if (typeof u === "string" && typeof v === "string" && u !== v && /^[[{]/.test(u))
    return looseDifference(JSON.parse(u), JSON.parse(v), where); // JSON payloads: their numbers to the same tolerance
  if (u && v && typeof u === "object" && typeof v === "object" && !(u instanceof Date)) {
    const [ku, kv] = [Object.keys(u), Object.keys(v)];
    if (ku.join() !== kv.join()) throw new Error(`${where}: keys ${kv} vs ${ku}`);
    let worst = 0;
    for (const k of ku) worst = Math.max(worst, looseDifference((u as Row)[k], (v as Row)[k], `${where}.${k}`));
    return worst;
  }
  if (!(u instanceof Date && v instanceof Date ? u.getTime() === v.getTime() : Object.is(u, v)))
    throw new Error(`${where}: ${String(v)} vs ${String(u)}`);
  return 0;
}
