import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {paybackPeriod} from "../../../src/lib/roi/paybackPeriod.js";

describe("paybackPeriod", () => {
  it("interpolates within the day the cumulative benefit crosses the investment", () => {
    // hand: after day 1 the cumulative is 10; 5 more of day 2's 10 → 1.5 days
    assert.deepEqual(paybackPeriod([10, 10, 10], 15), {days: 1.5, reached: true});
    // a loss first: −20, then +30 reaches 10 after day 2, exactly the investment
    assert.deepEqual(paybackPeriod([-20, 30, 5], 10), {days: 2, reached: true});
  });

  it("projects at the recent mean daily benefit when the data end first", () => {
    // hand: cumulative 20 after 2 days, rate 10 → 2 + 30 / 10 = 5
    assert.deepEqual(paybackPeriod([10, 10], 50), {days: 5, reached: false});
    // recentDays 1: rate 4 (the last day only) → 2 + (50 − 6) / 4 = 13
    assert.deepEqual(paybackPeriod([2, 4], 50, 1), {days: 13, reached: false});
  });

  it("returns null days when the recent benefit is not positive, and 0 for no investment", () => {
    assert.deepEqual(paybackPeriod([10, -10], 50, 1), {days: null, reached: false});
    assert.deepEqual(paybackPeriod([-1], 0), {days: 0, reached: true});
  });

  it("rejects empty series, bad investments and non-finite benefits", () => {
    assert.throws(() => paybackPeriod([], 1), /requires at least one day/);
    assert.throws(() => paybackPeriod([1], -1), /invalid investment: -1/);
    assert.throws(() => paybackPeriod([NaN], 1), /invalid benefit: NaN/);
    assert.throws(() => paybackPeriod([1], 1, 0), /invalid recentDays: 0/);
  });
});
