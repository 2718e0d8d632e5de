import assert from "node:assert/strict";
import {test} from "node:test";
import {chiSquareHomogeneity} from "../../../src/lib/drift/chiSquareHomogeneity.js";

const close = (actual: number, expected: number, rel = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${actual} vs ${expected}`);

test("chiSquareHomogeneity matches scipy.stats.chi2_contingency(correction=False)", () => {
  // scipy 1.17.1: chi2_contingency([[10,20],[20,10]], correction=False) = (6.666666666666667, 0.009823274507519235, 1)
  let r = chiSquareHomogeneity([10, 20], [20, 10]);
  close(r.statistic, 6.666666666666667);
  assert.equal(r.dof, 1);
  close(r.pvalue, 0.009823274507519235);
  // chi2_contingency([[120,80,60,40],[100,100,50,50]], correction=False) = (6.0606060606060606, 0.10869855159812666, 3)
  r = chiSquareHomogeneity([120, 80, 60, 40], [100, 100, 50, 50]);
  close(r.statistic, 6.0606060606060606);
  assert.equal(r.dof, 3);
  close(r.pvalue, 0.10869855159812666);
});

test("chiSquareHomogeneity keeps a category seen in one window only and drops all-zero categories", () => {
  // chi2_contingency([[30,50,20,0],[25,40,30,5]], correction=False) = (8.565656565656566, 0.03565944848599733, 3)
  const r = chiSquareHomogeneity([30, 50, 20, 0, 0], [25, 40, 30, 5, 0]);
  close(r.statistic, 8.565656565656566);
  assert.equal(r.dof, 3);
  close(r.pvalue, 0.03565944848599733);
});

test("chiSquareHomogeneity of identical shares is 0 with p = 1; one category has df 0", () => {
  assert.deepEqual(chiSquareHomogeneity([10, 30], [20, 60]), {statistic: 0, dof: 1, pvalue: 1});
  assert.deepEqual(chiSquareHomogeneity([100], [50]), {statistic: 0, dof: 0, pvalue: 1});
});

test("chiSquareHomogeneity of disjoint categories is maximal: χ² = N", () => {
  // hand: for a 2 × 2 table [[a,0],[0,b]], χ² = N = a + b
  const r = chiSquareHomogeneity([40, 0], [0, 60]);
  close(r.statistic, 100);
  assert.ok(r.pvalue < 1e-20);
});

test("chiSquareHomogeneity rejects empty windows and bad counts", () => {
  assert.throws(() => chiSquareHomogeneity([0, 0], [1, 2]), /non-empty reference/);
  assert.throws(() => chiSquareHomogeneity([1, 2], [0, 0]), /non-empty current/);
  assert.throws(() => chiSquareHomogeneity([1, -2], [1, 2]), /-2/);
  assert.throws(() => chiSquareHomogeneity([1], [1, 2]), /lengths differ/);
});
