import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {encodeFeatures} from "../../../loaders/models/encodeFeatures.js";
import {featureNames} from "../../../loaders/models/featureSpec.js";
import {samplePopulation, trueLogit} from "../../../loaders/generate/samplePopulation.js";
import {
  CREDIT_LR,
  SCORERS,
  STAND_INS,
  blindTo,
  gridTruthScorer,
  logisticCoefficients,
  logisticScorer
} from "../../../loaders/generate/scorers.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";

describe("scorers", () => {
  it("logisticScorer computes σ(bias + w·x)", () => {
    const scorer = logisticScorer("m", "1", {weights: Float64Array.of(1, -2), bias: 0.5});
    // scipy.special.expit(0.5) = 0.6224593312018546
    assert.equal(scorer.score(Float32Array.of(2, 1)), 0.6224593312018546);
    assert.throws(() => scorer.score(Float32Array.of(1)), /invalid feature length: 1/);
  });

  it("logisticCoefficients insists on one coefficient per feature name", () => {
    const all = Object.fromEntries(featureNames("credit-line").map((n) => [n, 0]));
    assert.equal(logisticCoefficients("credit-line", 0, all).weights.length, 30);
    assert.throws(
      () => logisticCoefficients("credit-line", 0, {...all, "regoin=south": 1}),
      /unknown feature: regoin=south/
    );
    const {income: _, ...missing} = all;
    assert.throws(() => logisticCoefficients("credit-line", 0, missing), /missing coefficient: income/);
  });

  it("the stand-in credit-lr penalises region=south by e^2 in the odds, all else equal (finding 3)", () => {
    const {row} = samplePopulation("credit-line", sfc32(5), 60);
    const odds = (p: number) => p / (1 - p);
    const south = STAND_INS["credit-line"].production.score(encodeFeatures("credit-line", {...row, region: "south"}));
    const north = STAND_INS["credit-line"].production.score(encodeFeatures("credit-line", {...row, region: "north"}));
    // region=north is the reference level; the south coefficient is −0.00476 (fitted) + 2.0 (planted)
    assert.ok(Math.abs(odds(south) / odds(north) - Math.exp(2.0 - 0.00476)) < 1e-9);
    assert.equal(CREDIT_LR.weights[featureNames("credit-line").indexOf("region=south")], -0.00476 + 2.0);
  });

  it("names the four models as the brief does, stand-ins and registered models alike", () => {
    for (const deployments of [STAND_INS, SCORERS]) {
      const names = Object.values(deployments).flatMap((d) =>
        [d.production, d.shadow].map((s) => `${s.name} ${s.version}`)
      );
      assert.deepEqual(names, ["credit-lr 1.0.0", "credit-gbdt 2.0.0", "fraud-gbdt 1.0.0", "fraud-lr 1.1.0"]);
    }
  });

  it("blindTo gives every row of the segment one constant score (the stand-in challenger and retirees)", () => {
    const rng = sfc32(12);
    const seen = new Set<number>();
    for (let i = 0; i < 3000; ++i) {
      const s = samplePopulation("credit-line", rng, 120);
      const p = STAND_INS["credit-line"].shadow.score(s.x);
      if (s.row.employment_type === "retired") assert.equal(p, 0.1075);
      else seen.add(p);
    }
    assert.ok(seen.size > 100);
    const base = logisticScorer("m", "1", {weights: new Float64Array(30), bias: 0});
    const blind = blindTo(base, "credit-line", "region=south", 0.9);
    const x = new Float32Array(30);
    assert.equal(blind.score(x), 0.5);
    x[featureNames("credit-line").indexOf("region=south")] = 1;
    assert.equal(blind.score(x), 0.9);
  });

  it("a grid stand-in is piecewise constant and close to the truth", () => {
    const scorer = gridTruthScorer("g", "1", "credit-line", {debt_to_income: {step: 0.5}});
    const {x} = samplePopulation("credit-line", sfc32(9), 60);
    const j = featureNames("credit-line").indexOf("debt_to_income");
    const a = Float32Array.from(x);
    const b = Float32Array.from(x);
    a[j] = 0.01;
    b[j] = 0.49;
    assert.equal(scorer.score(a), scorer.score(b));
    const rng = sfc32(10);
    let maxGap = 0;
    const standIn = gridTruthScorer("g", "1", "credit-line", {
      income: {step: 0.15, log: true},
      debt_to_income: {step: 0.1}
    });
    for (let i = 0; i < 2000; ++i) {
      const s = samplePopulation("credit-line", rng, 60);
      const p = standIn.score(s.x);
      maxGap = Math.max(maxGap, Math.abs(Math.log(p / (1 - p)) - trueLogit("credit-line", s.x)));
    }
    assert.ok(maxGap < 1.5, `max log-odds gap ${maxGap}`);
  });
});
