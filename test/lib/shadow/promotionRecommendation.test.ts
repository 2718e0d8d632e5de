import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {promotionRecommendation, type Evidence} from "../../../src/lib/shadow/promotionRecommendation.js";

const delta = (d: number, half: number, n = 10000) => ({
  n,
  champion: 0.5,
  challenger: 0.5 + d,
  delta: d,
  low: d - half,
  high: d + half
});
const auc = (d: number, half: number, n?: number): Evidence => ({
  metric: "ROC AUC",
  scope: "overall",
  delta: delta(d, half, n),
  worse: "lower"
});
const falseDecline = (scope: string, d: number, half: number): Evidence => ({
  metric: "false-decline rate",
  scope,
  delta: delta(d, half),
  worse: "higher",
  tolerance: 0.01
});

describe("promotionRecommendation", () => {
  it("promotes a challenger better overall with no group measurably worse", () => {
    const r = promotionRecommendation([auc(0.01, 0.004)], [falseDecline("age_band=65+", 0.005, 0.02)]);
    assert.equal(r.decision, "promote");
    assert.match(
      r.because[0],
      /^ROC AUC overall: 0\.5000 → 0\.5100 \(Δ \+0\.0100, 95% CI \+0\.0060 to \+0\.0140, n = 10000\)$/
    );
  });

  it("holds a challenger better overall but worse for a group beyond the tolerance, naming the group", () => {
    const r = promotionRecommendation(
      [auc(0.01, 0.004)],
      [falseDecline("age_band=65+", 0.12, 0.03), falseDecline("sex=female", 0.015, 0.01)]
    );
    assert.equal(r.decision, "hold");
    assert.equal(r.summary, "better overall, but worse for age_band=65+");
    assert.equal(r.because.length, 2);
  });

  it("keeps the champion without overall evidence, and asks for more data below minRows", () => {
    assert.equal(promotionRecommendation([auc(0.01, 0.02)], []).decision, "keep champion");
    assert.equal(promotionRecommendation([auc(0.01, 0.004, 100)], []).decision, "insufficient evidence");
  });
});
