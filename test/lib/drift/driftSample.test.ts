import assert from "node:assert/strict";
import {test} from "node:test";
import {categoricalSample, numericSample} from "../../../src/lib/drift/driftSample.js";

test("numericSample sorts a copy and leaves its input alone", () => {
  const values = [3, -1, 2.5, 0];
  const s = numericSample(values);
  assert.equal(s.type, "numeric");
  assert.equal(s.rows, 4);
  assert.deepEqual(Array.from(s.type === "numeric" ? s.sorted : []), [-1, 0, 2.5, 3]);
  assert.deepEqual(values, [3, -1, 2.5, 0]);
});

test("numericSample rejects a value that is not finite", () => {
  assert.throws(() => numericSample([1, NaN]), /invalid drift value: NaN/);
  assert.throws(() => numericSample([Infinity]), /invalid drift value: Infinity/);
});

test("categoricalSample counts its rows and rejects counts that are not positive integers", () => {
  assert.equal(
    categoricalSample(
      new Map([
        ["a", 2],
        ["b", 5]
      ])
    ).rows,
    7
  );
  assert.throws(() => categoricalSample(new Map([["a", 0]])), /invalid count of category a: 0/);
  assert.throws(() => categoricalSample(new Map([["b", 1.5]])), /invalid count of category b: 1.5/);
});

test("numericSample of values already sorted gives what sorting gives, -0 before 0 as Float64Array sorts", () => {
  const sorted = (values: number[]) => {
    const s = numericSample(values);
    return s.type === "numeric" ? Array.from(s.sorted) : [];
  };
  assert.deepEqual(sorted([1, 2, 2, 5]), [1, 2, 2, 5]);
  // DuckDB may order 0 and -0 either way: the result is Float64Array.prototype.sort's order
  for (const values of [
    [0, -0, 1],
    [-0, 0, 1],
    [-1, 0, 0, -0]
  ]) {
    const expected = Array.from(Float64Array.from(values).sort());
    assert.ok(
      sorted(values).every((x, i) => Object.is(x, expected[i])),
      String(values)
    );
  }
});
