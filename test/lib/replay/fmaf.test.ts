import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {fmaf} from "../../../src/lib/replay/fmaf.js";

describe("fmaf", () => {
  it("keeps the product's low bits that a float32 multiply then add would drop", () => {
    // hand derivation: fround(0.1) = 0.100000001490116119384765625, ×10 − 1 = 2^-26 exactly (a float32);
    // rounding the product first gives fround(1.0000000149…) = 1 and 1 − 1 = 0
    assert.equal(fmaf(Math.fround(0.1), 10, -1), 2 ** -26);
    assert.equal(Math.fround(Math.fround(Math.fround(0.1) * 10) - 1), 0);
  });

  it("rounds once when the float64 sum falls exactly halfway between two float32 values", () => {
    // hand derivation: 4097 · 16773121 = 2^36 + 1, so a·b = 2^-24 + 2^-60 and a·b + 1 lies just above the
    // float32 midpoint 1 + 2^-24: correctly rounded 1 + 2^-23. In float64 the 2^-60 is lost, the sum is the
    // midpoint itself and fround's ties-to-even gives 1.
    const a = 4097 * 2 ** -30;
    const b = 16773121 * 2 ** -30;
    assert.equal(Math.fround(a * b + 1), 1);
    assert.equal(fmaf(a, b, 1), 1 + 2 ** -23);
    assert.equal(fmaf(-a, b, -1), -(1 + 2 ** -23));
    assert.equal(fmaf(a, -b, 1), 1 - 2 ** -24, "1 − 2^-24 − 2^-60 rounds to the float32 below 1");
  });

  it("agrees with float32 rounding of the exact result when no tie occurs, and passes infinities through", () => {
    assert.equal(fmaf(3, 5, 7), 22);
    assert.equal(fmaf(Math.fround(1.5), Math.fround(1.5), Math.fround(0.25)), 2.5);
    assert.equal(fmaf(3e38, 10, 0), Infinity);
    assert.ok(Number.isNaN(fmaf(NaN, 1, 1)));
  });
});
