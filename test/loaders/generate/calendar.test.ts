import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {DAYS, END_MS, dayOfWeek, isoDate, monthKey} from "../../../loaders/generate/calendar.js";

describe("calendar", () => {
  it("spans 180 days from 2026-01-01 to 2026-06-29, ending at 2026-06-30T00:00Z", () => {
    assert.equal(DAYS, 180);
    assert.equal(isoDate(0), "2026-01-01");
    assert.equal(isoDate(179), "2026-06-29");
    assert.equal(new Date(END_MS).toISOString(), "2026-06-30T00:00:00.000Z");
    assert.equal(monthKey(30), "2026-01");
    assert.equal(monthKey(31), "2026-02");
    // 2026-01-01 is a Thursday
    assert.equal(dayOfWeek(0), 4);
  });
});
