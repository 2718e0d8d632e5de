import type {TimePiece} from "../../../src/lib/quality/dailyGapBounds.js";
import {dayOf, millis} from "./gapLogs.js";

/**
 * A log cut as volumePiecesSql cuts it: per UTC day and `bucket` of the floored milliseconds (a key), the decisions
 * and the first and last time.
 */
export function cutLog(times: readonly string[], bucket: (ms: number) => string | number = () => 0): TimePiece[] {
  const pieces = new Map<string, TimePiece>();
  for (const ms of times.map(millis)) {
    const key = `${dayOf(ms)}|${bucket(ms)}`;
    const p = pieces.get(key);
    if (p) pieces.set(key, {...p, lo: Math.min(p.lo, ms), hi: Math.max(p.hi, ms), n: p.n + 1});
    else pieces.set(key, {day: dayOf(ms), lo: ms, hi: ms, n: 1});
  }
  return [...pieces.values()];
}
