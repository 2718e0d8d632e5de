import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {decide, thresholdOn} from "../../../loaders/generate/decide.js";
import {samplePopulation, type Applicant} from "../../../loaders/generate/samplePopulation.js";
import type {Deployment} from "../../../loaders/generate/scorers.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";

const fixed = (production: number, shadow = 0.1): Deployment => ({
  production: {name: "p", version: "1", score: () => production},
  shadow: {name: "s", version: "2", score: () => shadow}
});
/** An rng whose first draw is `first` (the fallback draw on automated days), then a seeded stream. */
const startingWith = (first: number) => {
  const rest = sfc32(1);
  let used = false;
  return () => (used ? rest() : ((used = true), first));
};
const applicant = (system: "credit-line" | "fraud-screen", patch: Record<string, number | string> = {}): Applicant => {
  const a = samplePopulation(system, sfc32(4), 60);
  return {...a, row: {...a.row, delinquencies_2y: 0, failed_logins_7d: 0, ...patch}};
};

describe("decide", () => {
  it("credit-line: approve below the threshold, refer within 0.05 of it, decline above", () => {
    const cases: [number, string, string][] = [
      [0.03, "approve", "high"],
      [0.12, "approve", "medium"],
      [0.16, "refer", "low"],
      [0.24, "refer", "low"],
      [0.3, "decline", "medium"],
      [0.6, "decline", "high"]
    ];
    for (const [score, decision, band] of cases) {
      const row = decide("credit-line", 60, applicant("credit-line"), startingWith(0.9), fixed(score));
      assert.equal(row.decision, decision, `score ${score}`);
      assert.equal(row.confidence_band, band, `score ${score}`);
      assert.equal(row.routed_to_review, decision === "refer");
      assert.equal(row.final_decision, decision === "refer" ? row.review_decision : decision);
      assert.equal(row.threshold, 0.2);
    }
  });

  it("credit-line: overridden compares the reviewer with the threshold-alone decision", () => {
    for (let i = 0; i < 50; ++i) {
      const row = decide("credit-line", 60, applicant("credit-line"), startingWith(0.9), fixed(0.17));
      assert.equal(row.overridden, row.review_decision !== "approve");
    }
  });

  it("credit-line: six delinquencies decline by rule regardless of score", () => {
    const row = decide(
      "credit-line",
      60,
      applicant("credit-line", {delinquencies_2y: 6}),
      startingWith(0.9),
      fixed(0.01)
    );
    assert.deepEqual(
      [row.decision, row.decision_source, row.final_decision, row.score],
      ["decline", "rule", "decline", 0.01]
    );
  });

  it("fallback: no score or threshold, a rule recommendation, routed to review, no shadow", () => {
    const row = decide("credit-line", 141, applicant("credit-line"), startingWith(0), fixed(0.01));
    assert.equal(row.decision_source, "fallback");
    assert.deepEqual([row.score, row.threshold, row.model_name, row.shadow_score], [null, null, null, null]);
    assert.equal(row.routed_to_review, true);
    assert.ok(typeof row.reviewer_id === "string" && typeof row.review_decision === "string");
    assert.ok((row.latency_ms as number) > 500);
  });

  it("manual baseline before day 30: human decision, no model, 20–40 min review", () => {
    const row = decide("credit-line", 29, applicant("credit-line"), sfc32(2), fixed(0.5));
    assert.equal(row.decision_source, "human");
    assert.equal(row.model_name, null);
    assert.equal(row.decision, row.final_decision);
    assert.ok((row.review_seconds as number) > 900 && (row.review_seconds as number) < 3600);
  });

  it("shadow columns only from the shadow start day", () => {
    const a = applicant("credit-line", {age_band: "35-49"});
    assert.equal(decide("credit-line", 99, a, startingWith(0.9), fixed(0.05, 0.3)).shadow_score, null);
    const row = decide("credit-line", 100, a, startingWith(0.9), fixed(0.05, 0.3));
    assert.deepEqual([row.shadow_model_name, row.shadow_score, row.shadow_decision], ["s", 0.3, "decline"]);
  });

  it("fraud-screen: flag at or above the threshold, which drops to 0.42 on day 75; near flags are reviewed", () => {
    assert.equal(thresholdOn("fraud-screen", 74), 0.5);
    assert.equal(thresholdOn("fraud-screen", 75), 0.42);
    const at = (day: number, score: number) =>
      decide("fraud-screen", day, applicant("fraud-screen"), startingWith(0.9), fixed(score));
    assert.equal(at(74, 0.45).decision, "pass");
    assert.equal(at(75, 0.45).decision, "flag");
    assert.equal(at(75, 0.45).routed_to_review, true);
    assert.equal(at(75, 0.95).routed_to_review, false);
    assert.equal(at(75, 0.95).final_decision, "flag");
  });
});
