import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {aucStandardError} from "../../../src/lib/models/aucStandardError.js";

describe("aucStandardError", () => {
  it("gives Hanley & McNeil's standard error", () => {
    // Hanley & McNeil 1982, Table 1: A = 0.80, 50 positives and 50 negatives → SE 0.044;
    // hand derivation (Python, same formula): 0.04450218471540969
    assert.ok(Math.abs(aucStandardError(0.8, 50, 50)! - 0.04450218471540969) < 1e-15);
    // hand derivation: A = 0.5, one of each: Q₁ = 1/3, Q₂ = 1/3, SE² = 0.25 → 0.5; a perfect AUC has SE 0
    assert.equal(aucStandardError(0.5, 1, 1), 0.5);
    assert.equal(aucStandardError(1, 3, 4), 0);
  });

  it("is null for an empty class and throws for bad input", () => {
    assert.equal(aucStandardError(0.7, 0, 10), null);
    assert.throws(() => aucStandardError(1.2, 5, 5), /invalid auc: 1.2/);
    assert.throws(() => aucStandardError(0.7, 2.5, 5), /invalid count: 2.5/);
  });
});
