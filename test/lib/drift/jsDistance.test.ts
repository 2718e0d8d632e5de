import assert from "node:assert/strict";
import {test} from "node:test";
import {jsDistance} from "../../../src/lib/drift/jsDistance.js";

const close = (actual: number, expected: number, rel = 1e-13) =>
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${actual} vs ${expected}`);

test("jsDistance matches scipy.spatial.distance.jensenshannon(base=2)", () => {
  // scipy 1.17.1: jensenshannon([0.5,0.5],[0.25,0.75], base=2) = 0.22089576884901735
  close(jsDistance([50, 50], [25, 75]), 0.22089576884901735);
  // jensenshannon([3,0,7],[1,4,5], base=2) = 0.49982308982027 (scipy normalises counts to shares, as we do)
  close(jsDistance([3, 0, 7], [1, 4, 5]), 0.49982308982027);
});

test("jsDistance is 0 for identical shares and 1 for disjoint support", () => {
  assert.equal(jsDistance([1, 2, 3], [10, 20, 30]), 0);
  assert.equal(jsDistance([5, 0], [0, 7]), 1);
});

test("jsDistance rejects empty windows", () => {
  assert.throws(() => jsDistance([0], [1]), /empty reference/);
  assert.throws(() => jsDistance([1], [0]), /empty current/);
});
