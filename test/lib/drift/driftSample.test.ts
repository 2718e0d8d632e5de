import assert from "node:assert/strict";
import {test} from "node:test";
import {categoricalSample, countedSample, numericSample} from "../../../src/lib/drift/driftSample.js";

const plain = (s: {values: Float64Array; counts: Float64Array}) => ({
  values: Array.from(s.values),
  counts: Array.from(s.counts)
});

test("numericSample counts each distinct value once, ascending, and leaves its input alone", () => {
  const values = [3, -1, 2.5, 0, 3, 3, -1];
  const s = numericSample(values);
  assert.equal(s.type, "numeric");
  assert.equal(s.rows, 7);
  assert.deepEqual(plain(s), {values: [-1, 0, 2.5, 3], counts: [2, 1, 1, 3]});
  assert.deepEqual(values, [3, -1, 2.5, 0, 3, 3, -1]);
});

test("numericSample rejects a value that is not finite", () => {
  assert.throws(() => numericSample([1, NaN]), /invalid drift value: NaN/);
  assert.throws(() => numericSample([Infinity]), /invalid drift value: Infinity/);
});

test("numericSample counts 0 and -0 as one value, 0, in whatever order they come", () => {
  for (const values of [
    [0, -0, 1],
    [-0, 0, 1],
    [1, -0, 0]
  ]) {
    const s = numericSample(values);
    assert.deepEqual(plain(s), {values: [0, 1], counts: [2, 1]}, String(values));
    assert.ok(Object.is(s.values[0], 0));
  }
});

test("countedSample takes an engine's counts per distinct value as they are, merging 0 and -0", () => {
  const values = Float64Array.of(-2, 0.5, 7);
  const counts = Float64Array.of(3, 1, 2);
  const s = countedSample(values, counts);
  assert.equal(s.rows, 6);
  assert.equal(s.values, values); // nothing to merge: no copy
  assert.deepEqual(plain(s), plain(numericSample([-2, -2, -2, 0.5, 7, 7])));
  // DuckDB may group -0 apart from 0: one value 0 with both counts
  const zeros = countedSample(Float64Array.of(-1, -0, 0, 4), Float64Array.of(1, 2, 3, 1));
  assert.deepEqual(plain(zeros), {values: [-1, 0, 4], counts: [1, 5, 1]});
  assert.ok(Object.is(zeros.values[1], 0));
  assert.deepEqual(plain(countedSample(Float64Array.of(-0), Float64Array.of(2))), {values: [0], counts: [2]});
});

test("countedSample refuses what no GROUP BY gives: disorder, non-finite values, counts that are not positive integers", () => {
  const f = (v: number[], c: number[]) => () => countedSample(Float64Array.from(v), Float64Array.from(c));
  assert.throws(f([2, 1], [1, 1]), /values out of order: 2 before 1/);
  assert.throws(f([1, NaN], [1, 1]), /invalid drift value: NaN/);
  assert.throws(f([1, Infinity], [1, 1]), /invalid drift value: Infinity/);
  assert.throws(f([1], [0]), /invalid count of value 1: 0/);
  assert.throws(f([1], [1.5]), /invalid count of value 1: 1.5/);
  assert.throws(f([1, 2], [1]), /2 values, 1 counts/);
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
