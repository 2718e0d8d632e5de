import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {HLL_PRECISION, HLL_RANK_BITS} from "../../src/lib/profile/hllAdd.js";
import {binSql} from "./binSql.js";

/** What one profile query scans: a relation, its UTC time expression and the window bucket expression. */
export interface ProfileSource {
  relation: string;
  /** SQL for the row's UTC TIMESTAMP (rows where it is NULL are not profiled). */
  time: string;
  /** SQL mapping the alias `t` (the time) to the window label, e.g. `strftime(date_trunc('day', t), '%Y-%m-%d')`. */
  bucket: string;
}

const base = (s: ProfileSource, value: string) =>
  `(SELECT ${s.bucket} AS w, ${value} AS x FROM (SELECT ${s.time} AS t, * FROM ${s.relation}) WHERE t IS NOT NULL)`;

/** The value of a numeric column as DOUBLE, non-finite values as NULL. */
const numericValue = (c: string) =>
  `CASE WHEN isfinite(TRY_CAST(${sqlIdentifier(c)} AS DOUBLE)) THEN TRY_CAST(${sqlIdentifier(c)} AS DOUBLE) END`;
const categoricalValue = (c: string) => `CAST(${sqlIdentifier(c)} AS VARCHAR)`;

/**
 * SQL for the per-window numeric statistics of a column: rows, nulls, min, max, mean and M2 = var_pop · count
 * (the moments Chan's merge needs), ordered by window.
 */
export function numericStatsSql(s: ProfileSource, column: string): string {
  return `SELECT w, count(*)::DOUBLE AS rows, (count(*) - count(x))::DOUBLE AS nulls, min(x) AS min, max(x) AS max,
      avg(x) AS mean, coalesce(var_pop(x) * count(x), 0) AS m2
    FROM ${base(s, numericValue(column))} GROUP BY w ORDER BY w`;
}

/** SQL for the per-window counts of a numeric column over frozen bins (see binSql). */
export function binCountsSql(s: ProfileSource, column: string, edges: readonly number[]): string {
  return `SELECT w, ${binSql("x", edges)} AS bin, count(*)::DOUBLE AS n
    FROM ${base(s, numericValue(column))} WHERE x IS NOT NULL GROUP BY ALL ORDER BY w, bin`;
}

/** SQL for the per-window category counts of a categorical column (nulls counted apart, as value NULL). */
export function categoryCountsSql(s: ProfileSource, column: string): string {
  return `SELECT w, x AS value, count(*)::DOUBLE AS n FROM ${base(s, categoricalValue(column))} GROUP BY ALL ORDER BY w, value`;
}

/**
 * SQL for the per-window HyperLogLog registers of a column: with h = hash(value) >> 29 (the top 35 bits of DuckDB's
 * 64-bit hash), register h mod 2^11 keeps the maximum rank 24 − ⌊log₂(h div 2^11)⌋ (25 when that is 0), exactly as
 * the library's hllAdd does with the same h. Returns, per window, the non-empty registers as two aligned lists.
 */
export function hllSql(s: ProfileSource, column: string, kind: "numeric" | "categorical"): string {
  const value = kind === "numeric" ? numericValue(column) : categoricalValue(column);
  const m = 2 ** HLL_PRECISION;
  return `SELECT w, list(idx ORDER BY idx) AS idx, list(rank ORDER BY idx) AS rank FROM (SELECT w, idx, max(rank)::INTEGER AS rank FROM (
      SELECT w, h % ${m} AS idx, CASE WHEN h // ${m} = 0 THEN ${HLL_RANK_BITS + 1}
        ELSE ${HLL_RANK_BITS} - floor(log2((h // ${m})::DOUBLE)) END AS rank
      FROM (SELECT w, hash(x) >> ${64 - HLL_PRECISION - HLL_RANK_BITS} AS h FROM ${base(s, value)} WHERE x IS NOT NULL))
    GROUP BY ALL) GROUP BY w ORDER BY w`;
}
