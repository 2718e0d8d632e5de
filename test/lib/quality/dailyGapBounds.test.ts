import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {dailyGapBounds} from "../../../src/lib/quality/dailyGapBounds.js";
import {bruteGaps, FIRST_ALONE, FIRST_TWICE, HAND_LOG, randomLog} from "./gapLogs.js";
import {cutLog} from "./gapPieces.js";

const grid = (width: number) => (ms: number) => Math.floor(ms / width);

describe("dailyGapBounds", () => {
  it("the doc example: 15 ms between two pieces, at most 10 inside the first", () => {
    assert.deepEqual(
      dailyGapBounds([
        {day: "2026-01-05", lo: 25, hi: 25, n: 1},
        {day: "2026-01-05", lo: 0, hi: 10, n: 3}
      ]),
      [{day: "2026-01-05", decisions: 4, lower: 15, settled: true}]
    );
  });

  it("one piece per decision is the brute force itself (lag over the floored milliseconds)", () => {
    for (const log of [HAND_LOG, FIRST_ALONE, FIRST_TWICE, randomLog(400, 7)]) {
      const pieces = cutLog(log, (ms) => ms).flatMap((p) => Array.from({length: p.n}, () => ({...p, n: 1})));
      assert.deepEqual(
        dailyGapBounds(pieces).map((b) => ({day: b.day, decisions: b.decisions, gap: b.lower, settled: b.settled})),
        bruteGaps(log).map((d) => ({...d, settled: true}))
      );
    }
  });

  it("the hand log on a 10 s grid: a lower bound on each day, the answer where no piece spans more", () => {
    const bounds = dailyGapBounds(cutLog(HAND_LOG, grid(10_000)));
    assert.deepEqual(
      bounds.map((b) => [b.day, b.decisions, b.lower, b.settled]),
      [
        ["2026-01-05", 8, 88_499, true],
        // 6 000 between the 0–10 s and 10–20 s buckets and inside the first; the 10–20 s bucket spans 9 000 > 6 000
        ["2026-01-06", 6, 6_000, false],
        ["2026-01-08", 1, 215_975_000, true],
        ["2026-01-09", 2, 54_000_250, true]
      ]
    );
    for (const [i, d] of bruteGaps(HAND_LOG).entries()) assert.ok(bounds[i].lower! <= d.gap!, d.day);
  });

  it("a first day of one decision has no gap (null, settled); of one instant twice, a gap of 0", () => {
    assert.deepEqual(dailyGapBounds(cutLog(FIRST_ALONE))[0], {
      day: "2026-01-05",
      decisions: 1,
      lower: null,
      settled: true
    });
    assert.deepEqual(dailyGapBounds(cutLog(FIRST_TWICE))[0], {
      day: "2026-01-05",
      decisions: 2,
      lower: 0,
      settled: true
    });
    // 123.456 and 123.999 ms floor to one millisecond
  });

  it("an empty log has no day", () => {
    assert.deepEqual(dailyGapBounds([]), []);
  });

  it("pieces may share an instant but not overlap; a piece needs a decision and lo ≤ hi", () => {
    assert.deepEqual(
      dailyGapBounds([
        {day: "2026-01-05", lo: 5, hi: 9, n: 2},
        {day: "2026-01-05", lo: 5, hi: 5, n: 1}
      ]).map((b) => b.lower),
      [4]
    );
    assert.throws(
      () =>
        dailyGapBounds([
          {day: "2026-01-05", lo: 0, hi: 10, n: 2},
          {day: "2026-01-05", lo: 5, hi: 5, n: 1}
        ]),
      /dailyGapBounds: overlapping pieces at 5/
    );
    assert.throws(() => dailyGapBounds([{day: "2026-01-05", lo: 0, hi: 10, n: 0}]), /invalid piece/);
    assert.throws(() => dailyGapBounds([{day: "2026-01-05", lo: 10, hi: 0, n: 2}]), /invalid piece/);
  });
});
