import {dailyGapBounds, type TimePiece} from "./dailyGapBounds.js";

/** What a log cut into pieces leaves to cut again: see gapRefinement. */
export interface GapRefinement {
  /** The pieces that stay: those of settled days, and those of unsettled days that span no more than its bound. */
  keep: TimePiece[];
  /** The pieces to cut again: they span more than their day's bound. */
  refine: TimePiece[];
  /** Per day with a piece to refine, the width (ms) to cut it into: its bound, ≥ 1. */
  widths: Map<string, number>;
}

/**
 * The second cut of dailyGapBounds: the pieces of unsettled days that span more than the day's lower bound L, to be
 * cut into buckets of L ms on integer milliseconds (each then spans at most L − 1, less than the longest gap, which is
 * at least L), and the pieces that stay. dailyGapBounds of `keep` and the new pieces settles every day. L ≥ 1 on an
 * unsettled day: L = 0 means every gap is 0, so no piece spans more. O(p log p) for p pieces.
 *
 * @example gapRefinement([{day: "2026-01-05", lo: 0, hi: 30, n: 3}, {day: "2026-01-05", lo: 45, hi: 45, n: 1}])
 * // => L = 15 (the gap between the pieces); the first piece (span 30) is refined in buckets of 15 ms
 */
export function gapRefinement(pieces: readonly TimePiece[]): GapRefinement {
  const lower = new Map(
    dailyGapBounds(pieces)
      .filter((b) => !b.settled)
      .map((b) => [b.day, b.lower!])
  );
  const coarse = (p: TimePiece) => lower.has(p.day) && p.n > 1 && p.hi - p.lo > lower.get(p.day)!;
  const refine = pieces.filter(coarse);
  return {
    keep: pieces.filter((p) => !coarse(p)),
    refine,
    widths: new Map(refine.map((p) => [p.day, lower.get(p.day)!]))
  };
}
