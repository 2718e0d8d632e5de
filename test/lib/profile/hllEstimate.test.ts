import assert from "node:assert/strict";
import {test} from "node:test";
import {hllAdd} from "../../../src/lib/profile/hllAdd.js";
import {hllEstimate} from "../../../src/lib/profile/hllEstimate.js";
import {fnv35} from "./fnv35.js";

const sketch = (n: number, prefix = "v") => {
  const r = new Uint8Array(2048);
  for (let i = 0; i < n; ++i) hllAdd(r, fnv35(`${prefix}${i}`));
  return r;
};

test("hllAdd ranks the 24 bits above the register index by their leading one", () => {
  const r = new Uint8Array(2048);
  hllAdd(r, 2048 * 3 + 5); // w = 3 = 0b…011: ⌊log2 3⌋ = 1 → rank 23
  assert.equal(r[5], 23);
  hllAdd(r, 5); // w = 0 → rank 25
  assert.equal(r[5], 25);
  hllAdd(r, 2048 * 2 ** 23 + 5); // w has its top bit set → rank 1, the max stays 25
  assert.equal(r[5], 25);
  assert.throws(() => hllAdd(r, 2 ** 35), /invalid hll hash/);
});

test("hllEstimate is near-exact for small cardinalities and within 3 standard errors for large", () => {
  assert.equal(hllEstimate(new Uint8Array(2048)), 0);
  for (const n of [1, 10, 100]) assert.ok(Math.abs(hllEstimate(sketch(n)) - n) <= Math.max(1, 0.02 * n), String(n));
  // standard error 1.04/√2048 ≈ 2.3 %: allow 7 %
  for (const n of [5000, 100000]) {
    const e = hllEstimate(sketch(n));
    assert.ok(Math.abs(e - n) / n < 0.07, `${n}: ${e}`);
  }
});

test("duplicates do not change the sketch", () => {
  const r = sketch(300);
  const again = new Uint8Array(r);
  for (let i = 0; i < 300; ++i) hllAdd(again, fnv35(`v${i}`));
  assert.deepEqual(again, r);
  assert.throws(() => hllEstimate(new Uint8Array(10)), /2048 registers/);
});
