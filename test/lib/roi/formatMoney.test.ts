import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {formatMoney} from "../../../src/lib/roi/formatMoney.js";

describe("formatMoney", () => {
  it("is compact above 10,000, whole below, cents under 100, with a true minus sign", () => {
    assert.equal(formatMoney(1_234_567, "EUR"), "€1.23M");
    assert.equal(formatMoney(350_000, "EUR"), "€350K");
    assert.equal(formatMoney(2340.4, "EUR"), "€2,340");
    assert.equal(formatMoney(-12.4, "EUR"), "\u2212€12.40");
    assert.equal(formatMoney(-0.001, "EUR"), "€0.00");
    assert.equal(formatMoney(5, "USD"), "$5.00");
  });

  it("rejects non-finite values", () => {
    assert.throws(() => formatMoney(NaN, "EUR"), /invalid money: NaN/);
  });
});
