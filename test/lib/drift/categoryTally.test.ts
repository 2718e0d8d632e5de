import assert from "node:assert/strict";
import {test} from "node:test";
import {categoryCounts, categoryCountsOfTallies} from "../../../src/lib/drift/categoryCounts.js";
import {categoryTally} from "../../../src/lib/drift/categoryTally.js";

test("categoryTally counts each category and skips null and undefined", () => {
  assert.deepEqual(
    [...categoryTally(["b", "a", null, "b", undefined])],
    [
      ["b", 2],
      ["a", 1]
    ]
  );
});

test("categoryCountsOfTallies gives categoryCounts' result whatever the order of the tallies' keys", () => {
  const reference = ["web", "mobile", "web", "branch"];
  const current = ["partner", "web", "partner"];
  const reversed = (m: Map<string, number>) => new Map([...m].reverse());
  assert.deepEqual(
    categoryCountsOfTallies(reversed(categoryTally(reference)), reversed(categoryTally(current))),
    categoryCounts(reference, current)
  );
  // hand: categories sorted by code unit, absent ones count 0
  assert.deepEqual(categoryCounts(reference, current), {
    categories: ["branch", "mobile", "partner", "web"],
    reference: [1, 1, 0, 2],
    current: [0, 0, 2, 1]
  });
});
