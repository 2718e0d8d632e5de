import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {RefreshManifest} from "./RefreshManifest.js";

/** Doubles agree when |a − b| ≤ DERIVED_TOLERANCE · max(|a|, |b|) (relative; equal values, zeros included, always). */
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

type Row = Record<string, unknown>;

/**
 * Compares the derived tables of one system written by two refreshes (`<dir>/<system>/derived/`, e.g. the embedded
 * DuckDB's and a sharded PostgreSQL's): the same tables computed (or failing) alike, each with the same rows in the
 * same order, counts, text, booleans and timestamps exactly equal, doubles within DERIVED_TOLERANCE (relative), JSON
 * payloads compared field by field the same way; the ENGINE_DIFFERENCES columns and ENGINE_UNSUPPORTED tables are
 * left out.
 *
 * @throws {Error} `<table>: row <i> <column>: <b> vs <a>` at the first difference
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
    const read = (dir: string) =>
      db.all<Row>(`SELECT * FROM read_parquet(${sqlLiteral(join(dir, system, "derived", t.file))})`);
    const [x, y] = [await read(a), await read(b)];
    if (x.length !== y.length) throw new Error(`${t.name}: ${y.length} rows vs ${x.length}`);
    const except = new Set(ENGINE_DIFFERENCES[t.name]?.columns ?? []);
    let worst = 0;
    const compare = (u: unknown, v: unknown, where: string): void => {
      if (typeof u === "number" && typeof v === "number" && !(Number.isInteger(u) && Number.isInteger(v))) {
        const d = u === v ? 0 : Math.abs(u - v) / Math.max(Math.abs(u), Math.abs(v));
        if (!(d <= DERIVED_TOLERANCE)) throw new Error(`${t.name}: ${where}: ${v} vs ${u}`);
        worst = Math.max(worst, d);
      } else if (typeof u === "string" && typeof v === "string" && u !== v && /^[[{]/.test(u))
        compare(JSON.parse(u), JSON.parse(v), where); // JSON payloads: their numbers to the same tolerance
      else if (u && v && typeof u === "object" && typeof v === "object" && !(u instanceof Date)) {
        const [ku, kv] = [Object.keys(u), Object.keys(v)];
        if (ku.join() !== kv.join()) throw new Error(`${t.name}: ${where}: keys ${kv} vs ${ku}`);
        for (const k of ku) compare((u as Row)[k], (v as Row)[k], `${where}.${k}`);
      } else if (!(u instanceof Date && v instanceof Date ? u.getTime() === v.getTime() : Object.is(u, v)))
        throw new Error(`${t.name}: ${where}: ${String(v)} vs ${String(u)}`);
    };
    x.forEach((row, i) => {
      for (const k of Object.keys(row)) if (!except.has(k)) compare(row[k], y[i][k], `row ${i} ${k}`);
    });
    out.push({table: t.name, rows: x.length, worst});
  }
  return out;
}
