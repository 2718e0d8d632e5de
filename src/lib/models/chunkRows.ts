import {windowBounds, type Granularity} from "./windowBounds.js";

/** How rows are cut into chunks: by calendar period (UTC month or ISO week) or by a fixed number of rows. */
export type Chunking = {granularity: Granularity} | {size: number};

/** One chunk: its kind, its bounds and its rows (in input order for periods, time order for sizes). */
export interface Chunk<T> {
  granularity: Granularity | "chunk";
  /** Period: first day (inclusive). Size: the time (or day) of the chunk's first row. */
  window_start: string;
  /** Period: the next period's first day (exclusive). Size: the time (or day) of the chunk's last row (inclusive). */
  window_end: string;
  rows: T[];
}

/**
 * Cuts rows into chunks, as NannyML's chunkers do. By period (PeriodBasedChunker): one chunk per UTC calendar
 * month or ISO week that holds a row (windowBounds), in time order, rows in input order. By size
 * (SizeBasedChunker with incomplete="keep"): rows sorted by `time` (or `day` when a row has no time; a stable sort,
 * so ties keep input order), then consecutive chunks of `size` rows, the last one shorter when the rows do not
 * divide evenly. O(n log n).
 *
 * @throws {Error} for a size that is not a positive integer, or an unparseable day
 * @example
 * chunkRows([{day: "2026-01-05"}, {day: "2026-01-02"}, {day: "2026-01-09"}], {size: 2}).map((c) => c.rows.length); // => [2, 1]
 */
export function chunkRows<T extends {day: string; time?: string}>(rows: readonly T[], chunking: Chunking): Chunk<T>[] {
  if ("size" in chunking) {
    const size = chunking.size;
    if (!(Number.isInteger(size) && size > 0)) throw new Error(`invalid chunk size: ${size}`);
    const key = (r: T) => r.time ?? r.day;
    const sorted = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const chunks: Chunk<T>[] = [];
    for (let i = 0; i < sorted.length; i += size) {
      const part = sorted.slice(i, i + size);
      chunks.push({
        granularity: "chunk",
        window_start: key(part[0]),
        window_end: key(part[part.length - 1]),
        rows: part
      });
    }
    return chunks;
  }
  const {granularity} = chunking;
  const groups = new Map<string, T[]>();
  const startOf = new Map<string, string>(); // days repeat: one windowBounds call per distinct day
  for (const r of rows) {
    let start = startOf.get(r.day);
    if (start === undefined) startOf.set(r.day, (start = windowBounds(r.day, granularity).start));
    const list = groups.get(start);
    if (list) list.push(r);
    else groups.set(start, [r]);
  }
  return [...groups.keys()].sort().map((start) => ({
    granularity,
    window_start: start,
    window_end: windowBounds(start, granularity).end,
    rows: groups.get(start)!
  }));
}
