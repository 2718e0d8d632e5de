import type {DistinctRanks} from "../stats/distinctRanks.js";
import type {ScoredDecision} from "./modelMetrics.js";

/** The roles a model scores in, by code (ScoredColumns.role). */
export const ROLES = ["production", "shadow"] as const;

/**
 * Scored decisions of one model version column by column, one typed-array element per decision and no object per
 * row: what modelMetricsOfColumns computes on, and what a loader reads straight from the engine's result chunks.
 * Text columns are codes into a list of their distinct values, ascending in code-unit order.
 */
export interface ScoredColumns {
  score: Float64Array;
  /** The threshold in force for the decision: predicted bad when score ≥ threshold. */
  threshold: Float64Array;
  /** 1 = the bad outcome, 0 = the good one, −1 = not arrived by the as-of time (a null label). */
  label: Int8Array;
  /** Index into `days`. */
  day: Int32Array;
  /** YYYY-MM-DD (UTC), distinct and ascending; may hold days no row has. */
  days: readonly string[];
  /** Index into ROLES. */
  role: Uint8Array;
  /**
   * The order of fixed-size chunks and the reference period's test, as an index into `keys` (distinct, ascending):
   * the decision's ISO time, or its day when it has none (ScoredDecision.time ?? day). Absent: the day.
   */
  key?: Int32Array;
  keys?: readonly string[];
  /** The scores' distinctRanks, when the caller has them (one sort shared by modelMetricsOfColumns and the groups). */
  ranks?: DistinctRanks | null;
}

/**
 * Rows as ScoredColumns (label null → −1, days and times coded by their sorted distinct values). O(n + d log d).
 *
 * @throws {Error} for a role other than production or shadow
 * @example scoredColumns([{day: "2026-03-01", score: 0.3, threshold: 0.5, label: null, role: "shadow"}]).label; // => Int8Array [-1]
 */
export function scoredColumns(rows: readonly ScoredDecision[]): ScoredColumns {
  const n = rows.length;
  const score = new Float64Array(n);
  const threshold = new Float64Array(n);
  const label = new Int8Array(n);
  const role = new Uint8Array(n);
  const day = codes(rows, (r) => r.day);
  const hasTime = rows.some((r) => r.time !== undefined);
  for (let i = 0; i < n; ++i) {
    const r = rows[i];
    score[i] = r.score;
    threshold[i] = r.threshold;
    label[i] = r.label === null || r.label === undefined ? -1 : r.label ? 1 : 0;
    const code = ROLES.indexOf(r.role);
    if (code < 0) throw new Error(`invalid role: ${String(r.role)}`);
    role[i] = code;
  }
  const columns: ScoredColumns = {score, threshold, label, day: day.codes, days: day.values, role};
  if (!hasTime) return columns;
  const key = codes(rows, (r) => r.time ?? r.day);
  return {...columns, key: key.codes, keys: key.values};
}

/** A text column as codes into its distinct values, sorted in code-unit order. */
function codes(
  rows: readonly ScoredDecision[],
  of: (r: ScoredDecision) => string
): {codes: Int32Array; values: string[]} {
  const index = new Map<string, number>();
  const raw = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; ++i) {
    const v = of(rows[i]);
    let c = index.get(v);
    if (c === undefined) index.set(v, (c = index.size));
    raw[i] = c;
  }
  const values = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const remap = new Int32Array(values.length);
  values.forEach((v, k) => (remap[index.get(v)!] = k));
  for (let i = 0; i < raw.length; ++i) raw[i] = remap[raw[i]];
  return {codes: raw, values};
}
