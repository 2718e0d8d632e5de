import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {flipMatrix} from "../../../src/lib/shadow/flipMatrix.js";

describe("flipMatrix", () => {
  it("counts (group, from, to) cells, sorted, skipping rows with a missing decision", () => {
    const cells = flipMatrix(
      ["approve", "approve", "decline", "approve", "decline"],
      ["approve", "decline", "decline", null, "approve"],
      ["b", "a", "a", "a", "b"]
    );
    assert.deepEqual(cells, [
      {group: "a", from: "approve", to: "decline", count: 1},
      {group: "a", from: "decline", to: "decline", count: 1},
      {group: "b", from: "approve", to: "approve", count: 1},
      {group: "b", from: "decline", to: "approve", count: 1}
    ]);
  });

  it("puts every row in group all without groups, and rejects length mismatches", () => {
    assert.deepEqual(flipMatrix(["x", "x"], ["x", "x"]), [{group: "all", from: "x", to: "x", count: 2}]);
    assert.throws(() => flipMatrix(["x"], ["x", "y"]), /length mismatch: 1, 2/);
  });
});
