import assert from "node:assert/strict";
import {test} from "node:test";
import {referenceWeeks} from "../../../loaders/drift/referenceWeeks.js";

test("referenceWeeks keeps the weeks whole inside the window: one ending exactly at its end is in, one begun before it is out", () => {
  const weeks = ["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"];
  // from a Tuesday: the week of 5 January began before it; 19–26 January ends exactly at the window's end
  assert.deepEqual(referenceWeeks(weeks, {from: "2026-01-06", to: "2026-01-26"}), ["2026-01-12", "2026-01-19"]);
  // a timestamp bound one millisecond short of the 26th leaves the week of the 19th out; an offset is honoured
  assert.deepEqual(referenceWeeks(weeks, {from: "2026-01-05", to: "2026-01-25T23:59:59.999"}), [
    "2026-01-05",
    "2026-01-12"
  ]);
  assert.deepEqual(referenceWeeks(weeks, {from: "2026-01-05T01:00:00+01:00", to: "2026-01-19"}), [
    "2026-01-05",
    "2026-01-12"
  ]);
});
