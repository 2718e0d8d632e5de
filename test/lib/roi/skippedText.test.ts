import assert from "node:assert/strict";
import {it} from "node:test";
import {skippedText} from "../../../src/lib/roi/skippedText.js";

it("skippedText says in plain words why a system is left out", () => {
  assert.equal(
    skippedText({system: "fraud-screen", reason: "fraud-screen: no baseline day before go-live: 2026-01-01"}),
    "fraud-screen is not shown: it was automated from its first day (2026-01-01), so there is no manual period to compare with."
  );
  assert.equal(skippedText({system: "x", reason: "x: no cost model"}), "x is not shown: no cost model.");
});
