import assert from "node:assert/strict";
import {test} from "node:test";
import {HLL_REGISTERS, hllAdd} from "../../../src/lib/profile/hllAdd.js";

const rankOf = (w: number, index = 7) => {
  const r = new Uint8Array(HLL_REGISTERS);
  hllAdd(r, w * HLL_REGISTERS + index);
  return r[index];
};

test("hllAdd's rank is 24 − ⌊log₂ w⌋ at and around every power of two, 25 for w = 0", () => {
  assert.equal(rankOf(0), 25);
  for (let k = 0; k < 24; ++k) {
    assert.equal(rankOf(2 ** k), 24 - k, `w = 2^${k}`);
    if (k > 0) assert.equal(rankOf(2 ** k - 1), 24 - (k - 1), `w = 2^${k} − 1`);
    if (k > 1) assert.equal(rankOf(2 ** k + 1), 24 - k, `w = 2^${k} + 1`);
  }
  assert.equal(rankOf(2 ** 24 - 1, 2047), 1); // the largest hash, 2^35 − 1: register 2047, rank 1
  const r = new Uint8Array(HLL_REGISTERS);
  hllAdd(r, 2 ** 35 - 2048); // w = 2^24 − 1, register 0
  assert.deepEqual([r[0], r[2047]], [1, 0]);
});

test("hllAdd keeps the maximum rank per register and refuses hashes outside [0, 2^35)", () => {
  const r = new Uint8Array(HLL_REGISTERS);
  hllAdd(r, 2048 * 3 + 5); // w = 3: rank 23
  hllAdd(r, 2048 * 1000 + 5); // w = 1000: rank 24 − 9 = 15, lower: kept 23
  assert.equal(r[5], 23);
  hllAdd(r, 5); // w = 0: rank 25
  assert.equal(r[5], 25);
  assert.equal(
    r.reduce((n, x) => n + (x > 0 ? 1 : 0), 0),
    1
  );
  assert.throws(() => hllAdd(r, 2 ** 35), /invalid hll hash: 34359738368/);
  assert.throws(() => hllAdd(r, -1), /invalid hll hash: -1/);
  assert.throws(() => hllAdd(r, 1.5), /invalid hll hash: 1.5/);
});
