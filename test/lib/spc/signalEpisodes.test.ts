import assert from "node:assert/strict";
import {describe, it} from "node:test";
import type {SpcSignal} from "../../../src/lib/spc/spcAnalysis.js";
import {signalEpisodes} from "../../../src/lib/spc/signalEpisodes.js";

const signal = (index: number, rule: string, phase: 1 | 2 = 2): SpcSignal => ({
  bucket: `b${index}`,
  index,
  phase,
  chart: "p",
  rule
});

describe("signalEpisodes", () => {
  it("merges signals on the same and consecutive buckets, and splits at a gap", () => {
    // hand derivation: buckets 3, 3, 4, 5 are one run (3 buckets: WE1, EWMA, WE2); 7 starts another
    const episodes = signalEpisodes([
      signal(3, "WE1", 1),
      signal(3, "EWMA", 1),
      signal(4, "WE1"),
      signal(5, "WE2"),
      signal(7, "WE4")
    ]);
    assert.deepEqual(episodes, [
      {from: "b3", to: "b5", buckets: 3, rules: ["WE1", "EWMA", "WE2"], phase: 1},
      {from: "b7", to: "b7", buckets: 1, rules: ["WE4"], phase: 2}
    ]);
  });

  it("returns no episode for no signal and throws on unsorted signals", () => {
    assert.deepEqual(signalEpisodes([]), []);
    assert.throws(() => signalEpisodes([signal(2, "WE1"), signal(1, "WE1")]), /signals not sorted: 1 after 2/);
  });
});
