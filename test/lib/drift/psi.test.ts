import assert from "node:assert/strict";
import {test} from "node:test";
import {binCounts} from "../../../src/lib/drift/binCounts.js";
import {binIndex} from "../../../src/lib/drift/binIndex.js";
import {decileEdges} from "../../../src/lib/drift/decileEdges.js";
import {psi} from "../../../src/lib/drift/psi.js";
import {quantileType7} from "../../../src/lib/drift/quantileType7.js";
import {lcgSample} from "./lcgSample.js";

const close = (actual: number, expected: number, rel = 1e-13) =>
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${actual} vs ${expected}`);

test("psi by hand: shares (0.5, 0.5) → (0.25, 0.75)", () => {
  // hand: (0.25 − 0.5)·ln(0.5) + (0.75 − 0.5)·ln(1.5) = 0.2746530721670274 (python3 math.log)
  close(psi([50, 50], [25, 75]), 0.2746530721670274);
});

test("psi floors an empty bin's share at 1e-4 and does not renormalise", () => {
  // hand: r = (0.5, 0.5, 0→1e-4), c = (0.5, 0.25, 0.25): (0.25−0.5)·ln(0.25/0.5) + (0.25−1e-4)·ln(0.25/1e-4)
  const expected = (0.25 - 0.5) * Math.log(0.5) + (0.25 - 1e-4) * Math.log(0.25 / 1e-4);
  close(psi([10, 10, 0], [2, 1, 1]), expected);
  close(expected, 2.1285158932529735, 1e-12); // python3: same expression
});

test("psi of identical shares is 0, of disjoint bins is large", () => {
  assert.equal(psi([1, 2, 3], [2, 4, 6]), 0);
  // hand: 2 · (1 − 1e-4)·ln(1e4)
  close(psi([5, 0], [0, 5]), 2 * (1 - 1e-4) * Math.log(1e4));
});

test("psi rejects empty windows and mismatched bins", () => {
  assert.throws(() => psi([0, 0], [1, 1]), /empty reference/);
  assert.throws(() => psi([1, 1], [0, 0]), /empty current/);
  assert.throws(() => psi([1, 1], [1, 1, 1]), /differ/);
});

test("quantileType7 and decileEdges match numpy.quantile (linear)", () => {
  // numpy.quantile([1,2,3,4], 0.1) = 1.3
  close(quantileType7([1, 2, 3, 4], 0.1), 1.3);
  // numpy.quantile(lcg(21, 1000), [0.1, ..., 0.9]), numpy 2.4.6
  const expected = [
    10.624690000000001, 20.035640000000004, 30.604219999999998, 41.05922, 50.47855, 59.755320000000005, 68.9934,
    77.75471999999999, 88.07707
  ];
  decileEdges(lcgSample(21, 1000)).forEach((e, i) => close(e, expected[i], 1e-14));
});

test("decileEdges removes duplicate edges: a single value gives two bins", () => {
  assert.deepEqual(decileEdges([7, 7, 7]), [7]);
  assert.deepEqual(binCounts(decileEdges([7, 7, 7]), [6, 7, 8, 9]), [2, 2]);
  // hand: 0..10 → deciles 1..9
  assert.deepEqual(decileEdges(Array.from({length: 11}, (_, i) => i)), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.throws(() => decileEdges([]), /non-empty/);
});

test("bins are right-closed with open outer bins", () => {
  assert.equal(binIndex([1, 2], -1e300), 0);
  assert.equal(binIndex([1, 2], 1), 0);
  assert.equal(binIndex([1, 2], 1.5), 1);
  assert.equal(binIndex([1, 2], 2), 1);
  assert.equal(binIndex([1, 2], 2.0000001), 2);
  assert.deepEqual(binCounts([1, 2], [0, 1, 1.5, 2, 3]), [2, 2, 1]);
  assert.throws(() => binIndex([1], NaN), /NaN/);
});
