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
