import type {WindowCountRow} from "./segmentTable.js";

/** A half-open window of UTC days [from, to), YYYY-MM-DD. */
export interface DayWindow {
  from: string;
  to: string;
}

/**
 * Daily count rows (one attribute's segment on one UTC day: n rows, count events) as the two windows' rows of
 * segmentTable: a day in [from.from, from.to) counts in window 0, a day in [to.from, to.to) in window 1 (in both when
 * the windows overlap), other days not at all. Days compare as YYYY-MM-DD text; longer timestamps are cut to the day.
 * Summing days this way gives `workbench explain`'s counts for windows that start and end at midnight UTC. O(rows).
 *
 * @example
 * windowCounts([{attribute: "a", segment: "x", day: "2026-04-03", n: 5, count: 2}], {from: "2026-04-01", to: "2026-05-01"}, {from: "2026-05-01", to: "2026-06-01"}); // => [{attribute: "a", segment: "x", window: 0, n: 5, count: 2}]
 */
export function windowCounts(
  rows: readonly {attribute: string; segment: string; day: string; n: number; count: number}[],
  from: DayWindow,
  to: DayWindow
): WindowCountRow[] {
  const [f0, f1, t0, t1] = [from.from, from.to, to.from, to.to].map((d) => d.slice(0, 10));
  const out: WindowCountRow[] = [];
  for (const r of rows) {
    if (r.day >= f0 && r.day < f1)
      out.push({attribute: r.attribute, segment: r.segment, window: 0, n: r.n, count: r.count});
    if (r.day >= t0 && r.day < t1)
      out.push({attribute: r.attribute, segment: r.segment, window: 1, n: r.n, count: r.count});
  }
  return out;
}
