import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {groupRates} from "../../../src/lib/fairness/groupRates.js";
import {RATE_NAMES, rateFractions} from "../../../src/lib/fairness/rateFractions.js";
import {A, C} from "./fixtures.js";

describe("rateFractions and groupRates", () => {
  it("give Aequitas's definitions on a hand-built table", () => {
    // hand derivation for A = {tp 40, fp 10, tn 30, fn 20}, all groups' PP = 73
    const f = rateFractions(A, 73);
    assert.deepEqual(f.selection_rate, [50, 100]); // pprev
    assert.deepEqual(f.base_rate, [60, 100]); // prev
    assert.deepEqual(f.tpr, [40, 60]);
    assert.deepEqual(f.fpr, [10, 40]);
    assert.deepEqual(f.fnr, [20, 60]);
    assert.deepEqual(f.tnr, [30, 40]);
    assert.deepEqual(f.precision, [40, 50]);
    assert.deepEqual(f.npv, [30, 50]);
    assert.deepEqual(f.fdr, [10, 50]);
    assert.deepEqual(f.for, [20, 50]);
    assert.deepEqual(f.ppr, [50, 73]); // share of all predicted positives
    const r = groupRates(C, 73);
    assert.equal(r.selection_rate, 0.3);
    assert.equal(r.fpr, 1 / 6);
    assert.equal(r.precision, 2 / 3);
    assert.equal(r.ppr, 3 / 73);
  });
  it("complementary rates sum to one", () => {
    const r = groupRates(A, 73);
    assert.equal(r.tpr! + r.fnr!, 1);
    assert.equal(r.fpr! + r.tnr!, 1);
    assert.equal(r.precision! + r.fdr!, 1);
    assert.equal(r.npv! + r.for!, 1);
  });
  it("count unlabelled rows only in selection_rate and ppr", () => {
    const r = groupRates({tp: 1, fp: 1, tn: 1, fn: 1, up: 4, un: 2}, 12);
    assert.equal(r.selection_rate, 6 / 10);
    assert.equal(r.base_rate, 2 / 4);
    assert.equal(r.ppr, 6 / 12);
  });
  it("give null, not 0 or NaN, when a denominator is zero", () => {
    const r = groupRates({tp: 0, fp: 3, tn: 2, fn: 0, up: 0, un: 0}, 0);
    assert.equal(r.tpr, null);
    assert.equal(r.fnr, null);
    assert.equal(r.ppr, null);
    assert.equal(r.npv, 1);
    const empty = groupRates({tp: 0, fp: 0, tn: 0, fn: 0, up: 0, un: 0}, 5);
    for (const name of RATE_NAMES) assert.equal(empty[name], name === "ppr" ? 0 : null, name);
  });
  it("rejects an invalid total", () => {
    assert.throws(() => rateFractions(A, -1), /invalid totalPredictedPositive: -1/);
  });
});
