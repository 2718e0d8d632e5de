/**
 * A run of consecutive decisions of a log, all on one UTC day: how many (`n`, ≥ 1) and the first and last of their
 * times as integer milliseconds since the epoch, floored (`lo` ≤ `hi`), the unit the gaps are counted in.
 */
export interface TimePiece {
  day: string;
  lo: number;
  hi: number;
  n: number;
}

/**
 * Per day: the decisions, a lower bound of the longest gap ending that day (`lower`, milliseconds; null when the
 * day holds no gap: the log's first day with one decision), and whether it is the longest gap (`settled`).
 */
export interface DayGapBound {
  day: string;
  decisions: number;
  lower: number | null;
  settled: boolean;
}

/**
 * Bounds on the longest gap between consecutive decisions ending each day, from a log cut into pieces (runs of
 * consecutive decisions; every decision in exactly one piece). A gap between two consecutive pieces is exact,
 * `next.lo − prev.hi`, and ends on the next piece's day; the gaps inside a piece of n decisions and span
 * S = hi − lo (n − 1 gaps summing to S) are at most S and their largest is at least ⌈S / (n − 1)⌉ (so exactly 0 for
 * 2+ decisions at one instant). A day's `lower` is the largest of its exact gaps and of its pieces' ⌈S / (n − 1)⌉;
 * it is the answer (`settled`) when no piece of the day spans more. Cutting an unsettled day's pieces finer, into
 * pieces that each span less than its `lower`, settles it: the finer cut keeps every gap between the old pieces and
 * its own lower bound is at least the old one. Pieces may come in any order; O(p log p) for p pieces.
 *
 * @throws {Error} `dailyGapBounds: overlapping pieces at <ms>` when two pieces overlap in time (they may share an
 *   instant), `dailyGapBounds: invalid piece <json>` for n < 1 or hi < lo
 * @example dailyGapBounds([{day: "2026-01-05", lo: 0, hi: 10, n: 3}, {day: "2026-01-05", lo: 25, hi: 25, n: 1}])
 * // => [{day: "2026-01-05", decisions: 4, lower: 15, settled: true}] (15 between the pieces, at most 10 inside)
 */
export function dailyGapBounds(pieces: readonly TimePiece[]): DayGapBound[] {
  for (const p of pieces)
    if (!(Number.isInteger(p.n) && p.n >= 1 && p.hi >= p.lo))
      throw new Error(`dailyGapBounds: invalid piece ${JSON.stringify(p)}`);
  const sorted = [...pieces].sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  const days = new Map<string, {decisions: number; lower: number | null; widest: number}>();
  sorted.forEach((p, i) => {
    const d = days.get(p.day) ?? {decisions: 0, lower: null, widest: 0};
    d.decisions += p.n;
    const prev = sorted[i - 1];
    if (prev && prev.hi > p.lo) throw new Error(`dailyGapBounds: overlapping pieces at ${p.lo}`);
    const gaps = [...(prev ? [p.lo - prev.hi] : []), ...(p.n > 1 ? [ceilDivide(p.hi - p.lo, p.n - 1)] : [])];
    for (const g of gaps) d.lower = Math.max(d.lower ?? g, g);
    if (p.n > 1) d.widest = Math.max(d.widest, p.hi - p.lo);
    days.set(p.day, d);
  });
  return [...days].map(([day, d]) => ({
    day,
    decisions: d.decisions,
    lower: d.lower,
    settled: d.lower === null || d.widest <= d.lower
  }));
}

/** ⌈a / b⌉ for non-negative integers, exact where a float quotient would round to an integer. */
function ceilDivide(a: number, b: number): number {
  const q = Math.floor(a / b);
  return q * b < a ? q + 1 : q;
}
