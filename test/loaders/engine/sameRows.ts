import assert from "node:assert/strict";

type Row = Record<string, unknown>;

/**
 * Asserts two row lists are the same table: same length, same columns in the same order, every value equal except
 * non-integer numbers, which may differ by `tolerance` relative (to max(1, |expected|)), since engines add floats in
 * different orders. Returns the largest relative difference seen, for reports.
 */
export function sameRows(actual: Row[], expected: Row[], what: string, tolerance = 1e-12): number {
  assert.equal(actual.length, expected.length, `${what}: ${actual.length} rows vs ${expected.length}`);
  let worst = 0;
  for (const [i, e] of expected.entries()) {
    const a = actual[i];
    assert.deepEqual(Object.keys(a), Object.keys(e), `${what}: columns of row ${i}`);
    for (const k of Object.keys(e)) {
      const [x, y] = [a[k], e[k]];
      if (typeof x === "number" && typeof y === "number" && !(Number.isInteger(x) && Number.isInteger(y))) {
        const d = x === y ? 0 : Math.abs(x - y) / Math.max(1, Math.abs(y));
        worst = Math.max(worst, d);
        assert.ok(d <= tolerance, `${what}: row ${i} ${k}: ${x} vs ${y}`);
      } else assert.deepEqual(x, y, `${what}: row ${i} ${k}`);
    }
  }
  return worst;
}
