import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {fairnessReport} from "../../../src/lib/fairness/fairnessReport.js";
import {overrideEffect} from "../../../src/lib/fairness/overrideEffect.js";
import {reviewByGroup} from "../../../src/lib/fairness/reviewByGroup.js";

describe("reviewByGroup", () => {
  it("review and override rates with Wilson intervals (statsmodels 0.13.5 proportion_confint(7, 20, method='wilson'))", () => {
    const [a, b] = reviewByGroup([
      {group: "a", n: 100, reviewed: 20, overridden: 7},
      {group: "b", n: 10, reviewed: 0, overridden: 0}
    ]);
    assert.equal(a.review_rate, 0.2);
    assert.equal(a.override_rate, 0.35);
    assert.ok(Math.abs(a.override_interval![0] - 0.18119182410108203) < 1e-12);
    assert.equal(b.override_rate, null);
    assert.equal(b.override_interval, null);
  });
  it("rejects inconsistent counts", () => {
    assert.throws(() => reviewByGroup([{group: "a", n: 5, reviewed: 6, overridden: 0}]), /invalid reviewed: 6 of 5/);
    assert.throws(() => reviewByGroup([{group: "a", n: 5, reviewed: 2, overridden: 3}]), /invalid overridden: 3 of 2/);
  });
});

describe("overrideEffect", () => {
  // model: selection 0.5 vs 0.3 (ratio 0.6); after review: 0.5 vs 0.45 (ratio 0.9) → narrows (hand derivation)
  const model = fairnessReport([
    {group: "a", confusion: {tp: 40, fp: 10, tn: 30, fn: 20, up: 0, un: 0}},
    {group: "b", confusion: {tp: 25, fp: 5, tn: 45, fn: 25, up: 0, un: 0}}
  ]);
  const final = fairnessReport([
    {group: "a", confusion: {tp: 40, fp: 10, tn: 30, fn: 20, up: 0, un: 0}},
    {group: "b", confusion: {tp: 40, fp: 5, tn: 45, fn: 10, up: 0, un: 0}}
  ]);
  it("says overrides narrow the gap when they approve more of the disadvantaged group", () => {
    const e = overrideEffect(model, final);
    assert.equal(e.verdict, "narrows");
    const dp = e.summary.find((s) => s.metric === "demographic_parity_difference")!;
    assert.ok(Math.abs(dp.model! - 0.2) < 1e-12 && Math.abs(dp.final! - 0.05) < 1e-12);
    const b = e.groups.find((g) => g.group === "b" && g.rate === "selection_rate")!;
    assert.equal(b.change, "narrows");
    assert.equal(overrideEffect(final, model).verdict, "widens");
    assert.equal(overrideEffect(model, model).verdict, "unchanged");
  });
  it("measures a ratio's distance from parity symmetrically (|ln r|)", () => {
    // b's FPR ratio: model (5/50)/(10/40) = 0.4; final the same → unchanged
    const b = overrideEffect(model, final).groups.find((g) => g.group === "b" && g.rate === "fpr")!;
    assert.equal(b.change, "unchanged");
  });
});
