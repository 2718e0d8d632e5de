import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {compensatedSums} from "../../../src/lib/stats/compensatedSums.js";

describe("compensatedSums: Neumaier's compensated summation", () => {
  it("keeps what a plain running sum loses (hand derivations)", () => {
    const s = compensatedSums(3);
    // 1e16 + 1 rounds to 1e16 (the spacing of doubles there is 2), so a plain sum of 1e16, 1, −1e16 is 0; exact: 1
    for (const x of [1e16, 1, -1e16]) s.add(0, x);
    assert.equal(s.value(0), 1);
    assert.equal(1e16 + 1 - 1e16, 0);
    // ten times the double nearest 0.1 (0.1000000000000000055511…): exactly 1.000000000000000055511…, whose nearest
    // double is 1; a plain sum gives 0.9999999999999999
    let plain = 0;
    for (let k = 0; k < 10; ++k) {
      s.add(1, 0.1);
      plain += 0.1;
    }
    assert.equal(s.value(1), 1);
    assert.equal(plain, 0.9999999999999999);
    // a term larger than the running sum: the error is taken from the sum's side (Neumaier's branch, which Kahan's
    // sum lacks: 1 + 1e100 − 1e100 is 0 there, 1 here)
    for (const x of [1, 1e100, 1, -1e100]) s.add(2, x);
    assert.equal(s.value(2), 2);
  });

  it("keeps each sum apart, starts at 0, and refuses a count that is not a non-negative integer", () => {
    const s = compensatedSums(2);
    s.add(1, 2.5);
    assert.deepEqual([s.value(0), s.value(1)], [0, 2.5]);
    assert.throws(() => compensatedSums(-1), /invalid count: -1/);
    assert.throws(() => compensatedSums(1.5), /invalid count: 1.5/);
  });
});
