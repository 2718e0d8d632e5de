/** One cell of a flip matrix: how many rows of `group` went from decision `from` to decision `to`. */
export interface FlipCell {
  group: string;
  from: string;
  to: string;
  count: number;
}

/**
 * Cross-tabulates two decisions on the same rows (champion → challenger, or before → after a what-if), per
 * group: one cell per (group, from, to) that occurs, sorted by group, then from, then to (string order).
 * Rows where either decision is null (e.g. no shadow score yet) are skipped. Without groups every row is in
 * group "all". O(n).
 *
 * @throws {Error} when the arrays differ in length
 * @example
 * flipMatrix(["approve", "approve", "decline"], ["approve", "decline", "decline"]);
 * // => [{group: "all", from: "approve", to: "approve", count: 1}, {… to: "decline", count: 1}, {from: "decline", …}]
 */
export function flipMatrix(
  from: ArrayLike<string | null>,
  to: ArrayLike<string | null>,
  groups?: ArrayLike<string | null>
): FlipCell[] {
  if (from.length !== to.length || (groups && groups.length !== from.length))
    throw new Error(`length mismatch: ${from.length}, ${to.length}, ${groups?.length}`);
  const counts = new Map<string, FlipCell>();
  for (let i = 0; i < from.length; ++i) {
    const a = from[i];
    const b = to[i];
    if (a === null || b === null) continue;
    const group = groups ? String(groups[i]) : "all";
    const key = JSON.stringify([group, a, b]);
    const cell = counts.get(key);
    if (cell) cell.count++;
    else counts.set(key, {group, from: a, to: b, count: 1});
  }
  return [...counts.values()].sort(
    (x, y) => compare(x.group, y.group) || compare(x.from, y.from) || compare(x.to, y.to)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
