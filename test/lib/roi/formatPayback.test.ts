import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {formatPayback} from "../../../src/lib/roi/formatPayback.js";

describe("formatPayback", () => {
  it("days under 60 (rounded up), months from then on, projected or never", () => {
    assert.equal(formatPayback({days: 0.4, reached: true}), "1 day");
    assert.equal(formatPayback({days: 1.4, reached: true}), "2 days");
    assert.equal(formatPayback({days: 0, reached: true}), "0 days");
    // hand: 128 / (365 / 12) = 4.208
    assert.equal(formatPayback({days: 128, reached: false}), "4.2 months (projected)");
    assert.equal(formatPayback({days: null, reached: false}), "not at the current rate");
  });
});
