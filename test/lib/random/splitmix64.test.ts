import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {mix64} from "../../../src/lib/random/mix64.js";
import {splitmix64} from "../../../src/lib/random/splitmix64.js";

describe("splitmix64", () => {
  it("splitmix64(0) matches Vigna's reference splitmix64.c", () => {
    // Python port of https://prng.di.unimi.it/splitmix64.c (/tmp/ref_prng.py), seed 0
    const next = splitmix64(0);
    assert.deepEqual([next(), next(), next()], [0xe220a8397b1dcdafn, 0x6e789e6aa1b965f4n, 0x06c45d188009454fn]);
  });

  it("splitmix64(1234567) matches the values used by Java's SplittableRandom tests", () => {
    // same Python port, seed 1234567
    const next = splitmix64(1234567);
    assert.deepEqual([next(), next(), next()], [6457827717110365317n, 3203168211198807973n, 9817491932198370423n]);
  });

  it("splitmix64 wraps negative seeds modulo 2^64 and rejects non-integers", () => {
    assert.equal(splitmix64(-1)(), splitmix64(0xffff_ffff_ffff_ffffn)());
    assert.throws(() => splitmix64(1.5), /invalid seed: 1.5/);
  });

  it("mix64 is splitmix64's output function: mix64(gamma) is splitmix64(0)'s first output", () => {
    assert.equal(mix64(0n), 0n);
    assert.equal(mix64(0x9e3779b97f4a7c15n), 0xe220a8397b1dcdafn);
  });
});
