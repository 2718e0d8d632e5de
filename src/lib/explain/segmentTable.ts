import type {SegmentCounts} from "./shiftShare.js";

/** One count row: an attribute's segment in window 0 ("from") or 1 ("to"), with the rate's rows and events. */
export interface WindowCountRow {
  attribute: string;
  segment: string;
  window: 0 | 1;
  n: number;
  count: number;
}

/**
 * Gathers count rows into each attribute's segments with both windows' counts (what explainChange takes): rows of
 * the same attribute, segment and window add up (so day rows summed into windows need no pre-aggregation), a
 * segment absent from a window has 0 there, segments with no rows in either window are dropped. Attributes keep the
 * given order; segments follow `order` (a numeric attribute's bin labels) where given, then the other values
 * alphabetically, "(null)" last. O(rows).
 *
 * @example
 * segmentTable([{attribute: "region", segment: "south", window: 0, n: 4, count: 1}], [{name: "region"}])[0].segments[0]; // => {segment: "south", n0: 4, count0: 1, n1: 0, count1: 0}
 */
export function segmentTable(
  rows: readonly WindowCountRow[],
  attributes: readonly {name: string; order?: readonly string[]}[]
): {attribute: string; segments: SegmentCounts[]}[] {
  const byAttribute = new Map(attributes.map((a) => [a.name, new Map<string, SegmentCounts>()]));
  for (const r of rows) {
    const map = byAttribute.get(r.attribute);
    if (!map) continue;
    let s = map.get(r.segment);
    if (!s) map.set(r.segment, (s = {segment: r.segment, n0: 0, count0: 0, n1: 0, count1: 0}));
    if (r.window === 0) {
      s.n0 += r.n;
      s.count0 += r.count;
    } else {
      s.n1 += r.n;
      s.count1 += r.count;
    }
  }
  return attributes.map(({name, order = []}) => {
    const rank = (x: string) => {
      const i = order.indexOf(x);
      return i >= 0 ? i : x === "(null)" ? order.length + 1 : order.length;
    };
    const segments = [...byAttribute.get(name)!.values()]
      .filter((s) => s.n0 > 0 || s.n1 > 0)
      .sort(
        (a, b) => rank(a.segment) - rank(b.segment) || (a.segment < b.segment ? -1 : a.segment > b.segment ? 1 : 0)
      );
    return {attribute: name, segments};
  });
}
