import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {windowBounds, type Granularity} from "../../../src/lib/models/windowBounds.js";

describe("windowBounds", () => {
  it("starts weeks on Monday (ISO 8601) and months on the first", () => {
    // DuckDB 1.5: date_trunc('week', DATE '2026-01-01') = 2025-12-29 (2026-01-01 is a Thursday)
    assert.deepEqual(windowBounds("2026-01-01", "week"), {start: "2025-12-29", end: "2026-01-05"});
    assert.deepEqual(windowBounds("2026-01-04", "week"), {start: "2025-12-29", end: "2026-01-05"}); // Sunday
    assert.deepEqual(windowBounds("2026-01-05T23:59:59Z", "week"), {start: "2026-01-05", end: "2026-01-12"});
    assert.deepEqual(windowBounds("2026-02-28", "month"), {start: "2026-02-01", end: "2026-03-01"});
    assert.deepEqual(windowBounds("2025-12-31", "month"), {start: "2025-12-01", end: "2026-01-01"});
  });

  it("throws for a bad day or granularity", () => {
    assert.throws(() => windowBounds("2026-13-01", "week"), /invalid day: 2026-13-01/);
    assert.throws(() => windowBounds("2026-01-01", "day" as Granularity), /invalid granularity: day/);
  });
});
