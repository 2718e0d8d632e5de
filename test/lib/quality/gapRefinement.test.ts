import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {dailyGapBounds} from "../../../src/lib/quality/dailyGapBounds.js";
import {gapRefinement} from "../../../src/lib/quality/gapRefinement.js";
import {bruteGaps, dayOf, FIRST_ALONE, FIRST_TWICE, HAND_LOG, millis, randomLog} from "./gapLogs.js";
import {cutLog} from "./gapPieces.js";

/** volumeDays' two cuts, in memory: a grid of `width` ms, then the refined buckets in buckets of their day's width. */
function twoCuts(times: readonly string[], width: number) {
  const first = cutLog(times, (ms) => Math.floor(ms / width));
  const {keep, refine, widths} = gapRefinement(first);
  const refined = new Set(refine.map((p) => Math.floor(p.lo / width)));
  const rest = times.filter((t) => refined.has(Math.floor(millis(t) / width)));
  const second = cutLog(rest, (ms) => `${Math.floor(ms / width)}|${Math.floor(ms / widths.get(dayOf(ms))!)}`);
  return {first: dailyGapBounds(first), refine, widths, final: dailyGapBounds([...keep, ...second])};
}

const LOGS: Record<string, string[]> = {
  hand: HAND_LOG,
  "first alone": FIRST_ALONE,
  "first twice": FIRST_TWICE,
  "random 300 over 3 days": randomLog(300, 1, 900),
  "random 2000": randomLog(2000, 42),
  empty: []
};

describe("gapRefinement", () => {
  for (const [name, log] of Object.entries(LOGS))
    it(`${name}: two cuts give every day's longest gap exactly, on grids of 1 ms to a day`, () => {
      const expected = bruteGaps(log);
      for (const width of [1, 7, 1000, 10_000, 60_000, 3_600_000, 86_400_000]) {
        const {first, widths, final} = twoCuts(log, width);
        for (const [i, d] of expected.entries()) {
          assert.ok(first[i].lower === null ? d.gap === null : first[i].lower! <= d.gap!, `${d.day} at ${width}`);
          if (first[i].settled) assert.equal(first[i].lower, d.gap, `${d.day} at ${width}: settled`);
        }
        for (const w of widths.values()) assert.ok(Number.isInteger(w) && w >= 1, `width ${w}`);
        assert.deepEqual(
          final.map((b) => ({day: b.day, decisions: b.decisions, gap: b.lower, settled: b.settled})),
          expected.map((d) => ({...d, settled: true})),
          `width ${width}`
        );
      }
    });

  it("the hand log on a 10 s grid: 01-06's 10–20 s bucket is cut in 6 000 ms buckets, which find its 8 000", () => {
    const {refine, widths, final} = twoCuts(HAND_LOG, 10_000);
    assert.deepEqual(
      refine.map((p) => [p.day, p.n, p.hi - p.lo]),
      [["2026-01-06", 3, 9_000]]
    );
    assert.deepEqual([...widths], [["2026-01-06", 6_000]]);
    assert.deepEqual(
      final.map((b) => b.lower),
      [88_499, 8_000, 215_975_000, 54_000_250]
    );
  });

  it("the random logs need the second cut on an hour's grid (so the tests above exercise it)", () => {
    assert.ok(twoCuts(LOGS["random 2000"], 3_600_000).refine.length > 0);
  });
});
