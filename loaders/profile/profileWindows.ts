import type {Db} from "../db/openDb.js";
import type {ColumnProfile} from "../../src/lib/profile/columnProfile.js";
import {HLL_REGISTERS} from "../../src/lib/profile/hllAdd.js";
import {topOf} from "../../src/lib/profile/topOf.js";
import {TOP_K} from "../../src/lib/profile/profileColumn.js";
import {binCountsSql, categoryCountsSql, hllSql, numericStatsSql, type ProfileSource} from "./profileQueries.js";

/** The columns to profile: numeric ones with their frozen histogram edges, and categorical ones. */
export interface ProfileColumns {
  numeric: {name: string; edges: number[]}[];
  categorical: string[];
}

/** One column's profile in one window. */
export interface WindowProfile {
  window: string;
  column: string;
  profile: ColumnProfile;
}

/**
 * Profiles every column per window in DuckDB SQL (see profileQueries): counts, nulls, min, max, moments, frozen-bin
 * histogram counts, category counts → top-k, HyperLogLog registers; assembled into the library's ColumnProfile, so
 * windows can be merged with mergeProfiles. Only windows with at least one timed row appear; a column that is null
 * throughout a window still gets a profile (rows = nulls).
 *
 * @throws {Error} carrying the SQL when a query fails
 */
export async function profileWindows(
  {db, log}: {db: Db; log: (message: string) => void},
  source: ProfileSource,
  columns: ProfileColumns,
  k = TOP_K
): Promise<WindowProfile[]> {
  const out: WindowProfile[] = [];
  const registers = async (column: string, kind: "numeric" | "categorical") => {
    const byWindow = new Map<string, Uint8Array>();
    for (const r of await db.all<{w: string; idx: number[]; rank: number[]}>(hllSql(source, column, kind))) {
      const hll = new Uint8Array(HLL_REGISTERS);
      r.idx.forEach((i, j) => (hll[i] = r.rank[j]));
      byWindow.set(r.w, hll);
    }
    return (w: string) => byWindow.get(w) ?? new Uint8Array(HLL_REGISTERS);
  };
  for (const {name, edges} of columns.numeric) {
    log(`profile: ${name}`);
    const stats = await db.all<{
      w: string;
      rows: number;
      nulls: number;
      min: number | null;
      max: number | null;
      mean: number | null;
      m2: number;
    }>(numericStatsSql(source, name));
    const bins = new Map<string, number[]>();
    for (const r of await db.all<{w: string; bin: number; n: number}>(binCountsSql(source, name, edges))) {
      let counts = bins.get(r.w);
      if (!counts) bins.set(r.w, (counts = new Array<number>(edges.length + 1).fill(0)));
      counts[r.bin] = r.n;
    }
    const hll = await registers(name, "numeric");
    for (const r of stats) {
      const count = r.rows - r.nulls;
      out.push({
        window: r.w,
        column: name,
        profile: {
          kind: "numeric",
          rows: r.rows,
          nulls: r.nulls,
          min: r.min,
          max: r.max,
          moments: {count, mean: count ? r.mean! : 0, m2: count ? r.m2 : 0},
          histogram: {edges: [...edges], counts: bins.get(r.w) ?? new Array<number>(edges.length + 1).fill(0)},
          top: null,
          hll: hll(r.w)
        }
      });
    }
  }
  for (const name of columns.categorical) {
    log(`profile: ${name}`);
    const windows = new Map<string, {rows: number; nulls: number; values: {value: string; count: number}[]}>();
    for (const r of await db.all<{w: string; value: string | null; n: number}>(categoryCountsSql(source, name))) {
      let w = windows.get(r.w);
      if (!w) windows.set(r.w, (w = {rows: 0, nulls: 0, values: []}));
      w.rows += r.n;
      if (r.value === null) w.nulls += r.n;
      else w.values.push({value: r.value, count: r.n});
    }
    const hll = await registers(name, "categorical");
    for (const [w, {rows, nulls, values}] of windows)
      out.push({
        window: w,
        column: name,
        profile: {
          kind: "categorical",
          rows,
          nulls,
          min: null,
          max: null,
          moments: null,
          histogram: null,
          top: topOf(values, k, rows - nulls, true),
          hll: hll(w)
        }
      });
  }
  return out;
}
