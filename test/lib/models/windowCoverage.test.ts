import assert from "node:assert/strict";
import {it} from "node:test";
import {windowCoverage} from "../../../src/lib/models/windowCoverage.js";

const row = (model: string, granularity: string, window_start: string, window_end: string) => ({
  model,
  granularity,
  window_start,
  window_end
});

it("windowCoverage marks a window the version was live for less than half of it", () => {
  const rows = windowCoverage([
    row("lr", "all", "2026-01-31", "2026-06-30"),
    row("lr", "month", "2026-01-01", "2026-02-01"), // 1 of 31 days
    row("lr", "month", "2026-02-01", "2026-03-01"),
    row("lr", "month", "2026-06-01", "2026-07-01"), // 29 of 30 days
    row("lr", "week", "2026-01-26", "2026-02-02"), // 2 of 7 days
    row("gbdt", "month", "2026-04-01", "2026-05-01") // no "all" row: fully covered
  ]);
  assert.deepEqual(
    rows.map((r) => [r.granularity, r.window_start, r.live_days, r.window_days, r.partial]),
    [
      ["all", "2026-01-31", 150, 150, false],
      ["month", "2026-01-01", 1, 31, true],
      ["month", "2026-02-01", 28, 28, false],
      ["month", "2026-06-01", 29, 30, false],
      ["week", "2026-01-26", 2, 7, true],
      ["month", "2026-04-01", 30, 30, false]
    ]
  );
});

it("windowCoverage: exactly half of the window is not partial", () => {
  const [, half] = windowCoverage([
    row("m", "all", "2026-01-15", "2026-03-01"),
    row("m", "month", "2026-01-01", "2026-01-29")
  ]);
  assert.deepEqual([half.live_days, half.window_days, half.partial], [14, 28, false]);
});
