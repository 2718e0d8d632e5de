import assert from "node:assert/strict";
import {test} from "node:test";
import {wasserstein} from "../../../src/lib/drift/wasserstein.js";
import {lcgSample} from "./lcgSample.js";

const close = (actual: number, expected: number, rel = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${actual} vs ${expected}`);

test("wasserstein matches scipy.stats.wasserstein_distance and numpy.std", () => {
  // scipy 1.17.1: wasserstein_distance([0,1,3],[5,6,8]) = 5.0; numpy.std([0,1,3]) = 1.247219128924647
  const small = wasserstein([0, 1, 3], [5, 6, 8]);
  assert.equal(small.distance, 5);
  close(small.referenceStd, 1.247219128924647);
  close(small.normed, 5 / 1.247219128924647);
  // wasserstein_distance(lcg(31,700), lcg(32,900,1.2,3)) = 13.520899666666661; std(lcg(31,700)) = 28.91054239433606
  const r = wasserstein(lcgSample(31, 700), lcgSample(32, 900, 1.2, 3));
  close(r.distance, 13.520899666666661);
  close(r.normed, 13.520899666666661 / 28.91054239433606);
});

test("wasserstein of identical samples is 0; of a shift by c is |c|", () => {
  const x = lcgSample(33, 300);
  assert.equal(wasserstein(x, [...x].reverse()).distance, 0);
  // hand: shifting every value by 2.5 moves all mass by 2.5
  close(
    wasserstein(
      x,
      x.map((v) => v + 2.5)
    ).distance,
    2.5,
    1e-9
  );
});

test("wasserstein norms a constant reference by the 0.001 floor", () => {
  // hand: reference std 0 → normed = W1 / 0.001; W1([5,5],[6]) = 1
  const r = wasserstein([5, 5], [6]);
  assert.equal(r.distance, 1);
  close(r.normed, 1000);
});

test("wasserstein rejects empty windows and non-finite values", () => {
  assert.throws(() => wasserstein([], [1]), /non-empty reference/);
  assert.throws(() => wasserstein([1], []), /non-empty current/);
  assert.throws(() => wasserstein([1, Infinity], [1]), /Infinity/);
});
