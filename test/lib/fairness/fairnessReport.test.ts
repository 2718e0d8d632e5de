import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {fairnessReport} from "../../../src/lib/fairness/fairnessReport.js";
import {referenceGroup} from "../../../src/lib/fairness/referenceGroup.js";
import {tauBand} from "../../../src/lib/fairness/tauBand.js";
import {withinBand} from "../../../src/lib/fairness/withinBand.js";
import {groupRates} from "../../../src/lib/fairness/groupRates.js";
import {A, B, C, GROUPS} from "./fixtures.js";

const close = (a: number | null | undefined, b: number, tol = 1e-12) =>
  assert.ok(a !== null && a !== undefined && Math.abs(a - b) < tol, `${a} != ${b}`);

describe("tauBand and withinBand", () => {
  it("four-fifths rule: τ 0.8 → [0.8, 1.25], bounds inclusive", () => {
    assert.deepEqual(tauBand(0.8), [0.8, 1.25]);
    assert.equal(withinBand(0.8, 0.8), true);
    assert.equal(withinBand(0.4 / 0.5, 0.8), true); // 0.8000000000000002 in floating point
    assert.equal(withinBand(1.25, 0.8), true);
    assert.equal(withinBand(0.7999, 0.8), false);
    assert.equal(withinBand(1.2501, 0.8), false);
    assert.equal(withinBand(null, 0.8), null);
    assert.throws(() => tauBand(1.2), /invalid tau: 1.2/);
    assert.throws(() => tauBand(0), /invalid tau: 0/);
  });
});

describe("referenceGroup", () => {
  const groups = [
    {group: "a", n: 100, rates: groupRates(A, 73)},
    {group: "b", n: 50, rates: groupRates(B, 73)},
    {group: "c", n: 10, rates: groupRates(C, 73)}
  ];
  it("largest, lowest per rate (Aequitas min_metric), named", () => {
    assert.equal(referenceGroup(groups, "largest", "tpr"), "a");
    assert.equal(referenceGroup(groups, "lowest", "selection_rate"), "c");
    assert.equal(referenceGroup(groups, "lowest", "precision"), "c"); // 2/3 < 0.75 < 0.8
    assert.equal(referenceGroup(groups, {group: "b"}, "tpr"), "b");
    assert.throws(() => referenceGroup(groups, {group: "z"}, "tpr"), /unknown reference group: z/);
  });
});

describe("fairnessReport", () => {
  it("disparities vs the largest group with the τ band (hand derivation)", () => {
    const r = fairnessReport(GROUPS, {minGroupSize: 0});
    assert.equal(r.reference, "a");
    const [a, b, c] = r.groups;
    assert.equal(a.disparity.selection_rate, 1);
    close(b.disparity.selection_rate, 0.8); // 0.4 / 0.5, inside (inclusive)
    close(c.disparity.selection_rate, 0.6); // 0.3 / 0.5, outside
    close(b.disparity.tpr, 0.9); // 0.6 / (2/3)
    close(c.disparity.tpr, 0.75);
    close(c.disparity.fpr, 2 / 3); // (1/6) / 0.25
    close(b.difference.selection_rate, -0.1);
    assert.equal(b.within_band.selection_rate, true);
    assert.equal(c.within_band.selection_rate, false);
    assert.deepEqual(
      r.failing.map((f) => `${f.group}:${f.rate}`),
      ["c:selection_rate", "c:tpr", "c:fpr"]
    );
    close(r.summary.demographic_parity_difference, 0.2);
    close(r.summary.equalized_odds_ratio, 2 / 3);
    assert.equal(r.summary_intervals, null);
    assert.deepEqual([a.n, a.n_labelled, a.tp, a.fp, a.tn, a.fn], [100, 100, 40, 10, 30, 20]);
    close(c.ppr, 3 / 73);
  });
  it("carries a Wilson interval per rate (statsmodels 0.13.5: proportion_confint(2, 4, method='wilson'))", () => {
    const c = fairnessReport(GROUPS).groups[2];
    close(c.intervals.tpr![0], 0.15003898915214947);
    close(c.intervals.tpr![1], 0.8499610108478506);
  });
  it("named and lowest references", () => {
    const named = fairnessReport(GROUPS, {reference: {group: "c"}});
    assert.equal(named.reference, "c");
    close(named.groups[0].disparity.selection_rate, 0.5 / 0.3);
    assert.equal(named.groups[0].within_band.selection_rate, false);
    const lowest = fairnessReport(GROUPS, {reference: "lowest"});
    assert.equal(lowest.reference_by_rate.precision, "c");
    assert.equal(lowest.reference_by_rate.fnr, "a"); // FNR 1/3 < 0.4 < 0.5
    assert.throws(() => fairnessReport(GROUPS, {reference: {group: "x"}}), /unknown reference group: x/);
  });
  it("flags and optionally suppresses small groups", () => {
    const flagged = fairnessReport(GROUPS, {minGroupSize: 30});
    assert.deepEqual(
      flagged.groups.map((g) => g.small),
      [false, false, true]
    );
    close(flagged.summary.demographic_parity_difference, 0.2);
    const suppressed = fairnessReport(GROUPS, {minGroupSize: 30, suppressSmall: true});
    const c = suppressed.groups[2];
    assert.equal(c.suppressed, true);
    assert.equal(c.selection_rate, null);
    assert.equal(c.disparity.selection_rate, null);
    assert.equal(c.intervals.tpr, null);
    close(suppressed.summary.demographic_parity_difference, 0.1); // only a and b count
    assert.deepEqual(suppressed.failing, []);
    assert.throws(
      () => fairnessReport(GROUPS, {minGroupSize: 30, suppressSmall: true, reference: {group: "c"}}),
      /reference group suppressed: c/
    );
  });
  it("adds seeded bootstrap intervals that contain the estimate", () => {
    const r = fairnessReport(GROUPS, {bootstrap: {resamples: 500, seed: 2}});
    const again = fairnessReport(GROUPS, {bootstrap: {resamples: 500, seed: 2}});
    assert.deepEqual(r.summary_intervals, again.summary_intervals);
    const dp = r.summary_intervals!.demographic_parity_difference!;
    assert.ok(dp[0] < 0.2 && 0.2 < dp[1], `${dp}`);
    const ci = r.groups[1].disparity_intervals!.selection_rate!;
    assert.ok(ci[0] < 0.8 && 0.8 < ci[1], `${ci}`);
    assert.equal(r.bootstrap?.resamples, 500);
  });
  it("gives null rates, not NaN, for an empty label class", () => {
    const r = fairnessReport([
      {group: "x", confusion: {tp: 0, fp: 5, tn: 5, fn: 0, up: 0, un: 0}},
      {group: "y", confusion: {tp: 3, fp: 2, tn: 5, fn: 1, up: 0, un: 0}}
    ]);
    assert.equal(r.groups[0].tpr, null);
    assert.equal(r.groups[0].disparity.tpr, null);
    assert.equal(r.groups[0].within_band.tpr, null);
    assert.ok(!JSON.stringify(r).includes("NaN"));
  });
});
