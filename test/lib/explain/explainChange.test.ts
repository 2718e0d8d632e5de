import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {explainChange} from "../../../src/lib/explain/explainChange.js";
import {shiftShare, type SegmentCounts} from "../../../src/lib/explain/shiftShare.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";

const seg = (segment: string, n0: number, count0: number, n1: number, count1: number): SegmentCounts => ({
  segment,
  n0,
  count0,
  n1,
  count1
});

// Hand-computed case (every number a dyadic fraction, so floating point is exact):
// from: 16 rows, 8 events (rate 1/2); to: 32 rows, 9 events (rate 9/32); change = 9/32 − 16/32 = −7/32 = −0.21875.
// income: low 2/8 → 3/24, high 6/8 → 6/8. Shares 1/2, 1/2 → 3/4, 1/4; rates 1/4, 3/4 → 1/8, 3/4.
//   mix = (3/4 − 1/2)·1/4 + (1/4 − 1/2)·3/4 = 1/16 − 3/16 = −1/8
//   rate = 1/2·(1/8 − 1/4) + 1/2·0 = −1/16;  interaction = 1/4·(−1/8) + (−1/4)·0 = −1/32
//   −1/8 − 1/16 − 1/32 = −7/32 ✓; share explained (−1/8)/(−7/32) = 4/7. Per segment the mix is centred on the
//   "from" rate 1/2: low (1/4)(1/4 − 1/2) = −1/16, high (−1/4)(3/4 − 1/2) = −1/16 (same total).
// region: north 4/8 → 4/16, south 4/8 → 5/16. Shares unchanged (1/2): mix 0, rate 1/2·(−1/4) + 1/2·(−3/16) = −7/32,
//   interaction 0; share explained 0.
// channel: web 8/16 → 4/16, partner absent → 5/16 (new: its "from" rate is taken as its "to" rate 5/16).
//   mix = (1/2 − 1)·1/2 + (1/2 − 0)·5/16 = −1/4 + 5/32 = −3/32; rate = 1·(1/4 − 1/2) + 0 = −1/4;
//   interaction = (−1/2)·(−1/4) + (1/2)·0 = 1/8; sum −3/32 − 8/32 + 4/32 = −7/32 ✓; share explained 3/7.
// Counts are scaled by 64 (a power of two: every share and rate stays the same floating-point number) so that the
// changes are far beyond sampling noise (explainChange's "no change" verdict).
const big = (segment: string, n0: number, count0: number, n1: number, count1: number) =>
  seg(segment, 64 * n0, 64 * count0, 64 * n1, 64 * count1);
const income = [big("low", 8, 2, 24, 3), big("high", 8, 6, 8, 6)];
const region = [big("north", 8, 4, 16, 4), big("south", 8, 4, 16, 5)];
const channel = [big("web", 16, 8, 16, 4), big("partner", 0, 0, 16, 5)];

describe("shiftShare", () => {
  it("splits the change into mix, rate and interaction that add up exactly (hand-computed)", () => {
    const s = shiftShare(income);
    assert.deepEqual([s.rate0, s.rate1, s.change], [0.5, 9 / 32, -7 / 32]);
    assert.deepEqual([s.mix, s.rate, s.interaction], [-1 / 8, -1 / 16, -1 / 32]);
    assert.equal(s.mix + s.rate + s.interaction, s.change);
    assert.deepEqual(s.segments[0], {
      segment: "low",
      share0: 0.5,
      share1: 0.75,
      rate0: 0.25,
      rate1: 0.125,
      mix: -0.0625, // centred: (3/4 − 1/2)·(1/4 − 1/2)
      rate: -0.0625,
      interaction: -0.03125
    });
    const c = shiftShare(channel);
    assert.deepEqual([c.mix, c.rate, c.interaction], [-3 / 32, -1 / 4, 1 / 8]);
    assert.equal(c.segments[1].rate0, null);
  });

  it("counts a vanished segment as mix, and rejects impossible counts", () => {
    const s = shiftShare([seg("a", 4, 1, 4, 3), seg("b", 4, 4, 0, 0)]);
    // vanished b: rate1 := rate0 = 1, contribution −w0·r0 = −1/2, all mix; a: mix (1 − 1/2)·1/4, rate 1/2·(3/4 − 1/4)
    assert.deepEqual([s.mix, s.rate, s.interaction, s.change], [-0.375, 0.25, 0.25, 0.125]);
    assert.throws(() => shiftShare([seg("a", 2, 3, 1, 1)]), /invalid counts of segment a: 3 of 2/);
    assert.throws(() => shiftShare([seg("a", 0, 0, 1, 1)]), /requires rows in both windows: 0 and 1/);
  });

  it("adds up to the change to rounding on random counts", () => {
    const rng = sfc32(5);
    for (let t = 0; t < 200; ++t) {
      const segments = Array.from({length: 1 + Math.floor(rng() * 12)}, (_, i) => {
        const n0 = Math.floor(rng() * 500) + (i === 0 ? 1 : 0);
        const n1 = Math.floor(rng() * 500) + (i === 0 ? 1 : 0);
        return seg(`s${i}`, n0, Math.floor(rng() * (n0 + 1)), n1, Math.floor(rng() * (n1 + 1)));
      });
      const s = shiftShare(segments);
      assert.ok(Math.abs(s.mix + s.rate + s.interaction - s.change) < 1e-15, `${t}`);
    }
  });
});

describe("explainChange", () => {
  it("ranks attributes by the share of the change their mix explains (hand-computed)", () => {
    const r = explainChange(
      [
        {attribute: "region", segments: region},
        {attribute: "channel", segments: channel},
        {attribute: "income", segments: income}
      ],
      {metric: "approve rate"}
    );
    assert.equal(r.change, -7 / 32);
    assert.deepEqual(
      r.components.map((c) => [c.attribute, c.mix, c.rate, c.interaction, c.share_explained]),
      [
        ["income", -1 / 8, -1 / 16, -1 / 32, 4 / 7],
        ["channel", -3 / 32, -1 / 4, 1 / 8, 3 / 7],
        ["region", 0, -7 / 32, 0, 0]
      ]
    );
    for (const c of r.components) assert.equal(c.mix + c.rate + c.interaction, r.change);
    assert.equal(r.verdict, "population");
    assert.match(r.summary, /^Mainly a population change: approve rate moved −21.88 pp \(50% → 28%\)/);
    assert.match(
      r.summary,
      /income alone explains 57% of it \(low: 50% → 75% of decisions; high: 50% → 25% of decisions\)/
    );
  });

  it("says 'not a population change' when no mix explains a quarter, and checks the segments partition the rows", () => {
    const r = explainChange([{attribute: "region", segments: region}]);
    assert.equal(r.verdict, "within");
    assert.match(r.summary, /^Not a population change/);
    // the boundary: a top share of exactly 1/2 is a population change, exactly 1/4 is "mixed"
    // half: y's share 1/2 → 1/4 and rate 1 → 0 (x's rate stays 0): change −1/2, mix (1/4 − 1/2)·1 = −1/4
    const half = explainChange([{attribute: "a", segments: [big("x", 2, 0, 6, 0), big("y", 2, 2, 2, 0)]}]);
    assert.deepEqual([half.components[0].share_explained, half.verdict], [0.5, "population"]);
    // quarter: y's share 1/2 → 3/8 and rate 1 → 0: change −1/2, mix (3/8 − 1/2)·1 = −1/8
    const quarter = explainChange([{attribute: "a", segments: [big("x", 2, 0, 5, 0), big("y", 2, 2, 3, 0)]}]);
    assert.equal(quarter.components[0].share_explained, 0.25);
    assert.equal(quarter.verdict, "mixed");
    assert.throws(
      () =>
        explainChange([
          {attribute: "a", segments: region},
          {attribute: "b", segments: [seg("x", 16, 8, 32, 8)]}
        ]),
      /segments of b do not cover the rows of a/
    );
    assert.equal(explainChange([{attribute: "a", segments: [seg("x", 2, 1, 4, 2)]}]).verdict, "no change");
  });

  it("calls a change within 2 standard errors sampling noise, with nothing to explain", () => {
    // 50/100 → 55/100: change 0.05, SE = √(0.25/100 + 0.2475/100) = 0.0705; 2 SE = 0.141 > 0.05
    const noisy = explainChange([{attribute: "a", segments: [seg("x", 100, 50, 100, 55)]}]);
    assert.ok(Math.abs(noisy.se - Math.sqrt(0.0025 + 0.002475)) < 1e-15);
    assert.equal(noisy.verdict, "no change");
    assert.match(
      noisy.summary,
      /^No change to explain: the rate moved \+5.00 pp \(50% → 55%\), within sampling noise \(2 standard errors: 14.11 pp\)\.$/
    );
    // the same rates on 100 times the rows: 2 SE = 0.0141 < 0.05
    assert.notEqual(
      explainChange([{attribute: "a", segments: [seg("x", 10000, 5000, 10000, 5500)]}]).verdict,
      "no change"
    );
  });
});
