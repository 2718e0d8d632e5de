import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {suggestBaseline} from "../../../src/lib/spc/suggestBaseline.js";

describe("suggestBaseline", () => {
  // hand derivation: 2026-01-31 + 56 days = 2026-03-28, so 2026-03-27 is the last day inside, 03-28 outside
  const days = ["2026-01-01", "2026-01-31", "2026-02-01", "2026-03-27", "2026-03-28", "2026-05-01"];
  it("takes eight weeks from the start", () =>
    assert.deepEqual(suggestBaseline(days, "2026-01-31"), {from: "2026-01-31", to: "2026-03-27"}));
  it("starts at the first bucket on or after start, or at the first bucket", () => {
    assert.deepEqual(suggestBaseline(days, "2026-01-15", 1), {from: "2026-01-31", to: "2026-01-31"});
    assert.deepEqual(suggestBaseline(days), {from: "2026-01-01", to: "2026-02-01"}); // 2026-01-01 + 56 d = 02-26
  });
  it("works on week labels", () =>
    // weeks of 2025-12-29 .. : with start 2026-01-31 the first week label on or after it is 2026-02-02
    assert.deepEqual(suggestBaseline(["2026-01-26", "2026-02-02", "2026-03-23", "2026-03-30"], "2026-01-31"), {
      from: "2026-02-02",
      to: "2026-03-23"
    }));
  it("throws when no bucket is on or after start", () =>
    assert.throws(() => suggestBaseline(days, "2027-01-01"), /no bucket from 2027-01-01/));
});
