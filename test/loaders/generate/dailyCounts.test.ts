import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {dailyCounts, dayWeight} from "../../../loaders/generate/dailyCounts.js";

describe("dailyCounts", () => {
  it("sums to the total exactly", () => {
    for (const total of [0, 1, 179, 180, 20_000, 6_000_000]) {
      for (const system of ["credit-line", "fraud-screen"] as const) {
        assert.equal(
          dailyCounts(system, total).reduce((s, c) => s + c, 0),
          total
        );
      }
    }
  });

  it("gives a single row to the day with the largest weight, the earliest on ties", () => {
    // hand derivation: credit weights peak at 1.25 on weekdays of the drift window; day 120 is
    // 2026-05-01, a Friday, so it has the largest fractional part 1.25/Σw and wins the tie
    const counts = dailyCounts("credit-line", 1);
    assert.equal(counts[120], 1);
  });

  it("follows the weekly pattern: 2026-01-03 is a Saturday, 2026-01-04 a Sunday", () => {
    assert.equal(dayWeight("credit-line", 0), 1);
    assert.equal(dayWeight("credit-line", 2), 0.55);
    assert.equal(dayWeight("credit-line", 3), 0.45);
    assert.equal(dayWeight("fraud-screen", 2), 1.1);
    const counts = dailyCounts("credit-line", 180_000);
    assert.ok(counts[2] < counts[1] && counts[3] < counts[2]);
  });

  it("rejects a negative or fractional total", () => {
    assert.throws(() => dailyCounts("credit-line", -1), /invalid total: -1/);
    assert.throws(() => dailyCounts("credit-line", 1.5), /invalid total: 1.5/);
  });
});
