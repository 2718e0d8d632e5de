import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {describeFairness} from "../../../src/lib/fairness/describeFairness.js";
import {fairnessReport} from "../../../src/lib/fairness/fairnessReport.js";
import {levelCombinations} from "../../../src/lib/fairness/levelCombinations.js";
import {sliceGroupKey} from "../../../src/lib/fairness/sliceGroupKey.js";
import {toScoreHistograms} from "../../../src/lib/fairness/toScoreHistograms.js";
import {GROUPS} from "./fixtures.js";

describe("describeFairness", () => {
  it("names the failing group, rates and parity notions (fixture: c at 0.6 of a's selection rate)", () => {
    const lines = describeFairness(fairnessReport(GROUPS, {minGroupSize: 30}));
    assert.equal(lines[0], "Reference group: a (the largest group).");
    assert.match(
      lines[1],
      /^c is outside the band \[0.80, 1.25\]: selection rate 0.30 vs 0.50 \(ratio 0.60: fails demographic parity\)/
    );
    assert.match(lines[1], /true positive rate 0.50 vs 0.67 \(ratio 0.75: fails equal opportunity\)/);
    assert.ok(lines.includes("Demographic parity: difference 0.20, ratio 0.60 — below τ = 0.80."));
    assert.equal(lines.at(-1), "Group with fewer than 30 decisions (flagged: wide intervals): c.");
  });
  it("says when every group is inside the band", () => {
    const lines = describeFairness(fairnessReport(GROUPS.slice(0, 2)));
    assert.ok(lines.includes("Every group is inside the band [0.80, 1.25] on the checked rates."));
  });
});

describe("levelCombinations, toScoreHistograms, sliceGroupKey", () => {
  it("enumerate intersections in slice order and densify histograms", () => {
    assert.deepEqual(
      levelCombinations([
        ["f", "m"],
        ["x", "y"]
      ]),
      ["f × x", "f × y", "m × x", "m × y"]
    );
    assert.deepEqual(levelCombinations([]), []);
    const h = toScoreHistograms(
      [
        {a0: "b", bin: 1, y: true, n: 2},
        {a0: "b", bin: 1, y: false, n: 1},
        {a0: "a", bin: 0, y: true, n: 1},
        {a0: "a", bin: 0, y: null, n: 3}
      ],
      3,
      1
    );
    assert.deepEqual(h.groups, ["a", "b"]);
    assert.deepEqual(Array.from(h.histograms[1].pos), [0, 2, 0]);
    assert.deepEqual(Array.from(h.histograms[1].neg), [0, 1, 0]);
    assert.deepEqual(Array.from(h.histograms[0].unk), [3, 0, 0]);
    assert.throws(() => toScoreHistograms([{a0: "a", bin: 3, y: true, n: 1}], 3, 1), /invalid bin: 3/);
    assert.equal(sliceGroupKey({a0: "f", a1: null}, 2), "f × (missing)");
  });
});
