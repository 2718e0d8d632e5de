import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {roiReport} from "../../../src/lib/roi/roiReport.js";
import {cells, model, raters} from "./fixture.js";

const close = (a: number, b: number, what = "") => assert.ok(Math.abs(a - b) < 1e-9, `${what} ${a} ≠ ${b}`);

// Hand computation on the fixture (money in EUR):
// baseline (01-28, 01-29): 6 decisions, 3 h handling × 60 = 180; outcomes 0.1·1600 − 0.5·200 = 60;
//   net −120 → −20 per decision; cost per decision 30.
// pending approvals are valued at the automated period's amount mix: (0.1·3000 − 0.5·400) / 3400 = 1/34 per EUR.
// January (01-30, 01-31; 2 platform days at 365·12/365 = 12): 13 decisions; outcomes 0.1·3000 − 0.5·400 + 800/34
//   = 123.529…; cost 1200 s → 20 + 13 automated + 24 platform = 57; net 66.529…; benefit 66.529… + 13·20 = 326.529…
// February (02-01): 4 decisions; outcomes 1500/34 = 44.117…; cost 20 + 4 + 12 = 36; benefit 8.117… + 80 = 88.117…
// benefit to date 414.647…; net value to date (investment 200) 214.647…
// payback: day 1 benefit 0 − 30 + 8·20 = 130; day 2: 123.529… − 27 + 5·20 = 196.529…; 1 + 70 / 196.529… days
describe("roiReport on the hand-computed fixture", () => {
  const r = roiReport({cells, raters}, model, {replicates: 400, seed: 11});

  it("finds go-live as the first automated day and the period bounds", () => {
    assert.deepEqual([r.firstDay, r.goLive, r.lastDay], ["2026-01-28", "2026-01-30", "2026-02-01"]);
  });

  it("computes monthly benefit against the baseline's net value per decision", () => {
    assert.deepEqual(
      r.monthly.map((m) => [m.month, m.days, m.decisions, m.operatingCost]),
      [
        ["2026-01", 2, 13, 57],
        ["2026-02", 1, 4, 36]
      ]
    );
    close(r.monthly[0].outcomeValue, 100 + 800 / 34, "Jan outcomes");
    close(r.monthly[0].benefit.value, 100 + 800 / 34 - 57 + 260, "Jan benefit");
    close(r.monthly[1].benefit.value, 1500 / 34 - 36 + 80, "Feb benefit");
    close(r.monthly[1].cumulativeBenefit, 100 + 2300 / 34 - 93 + 340, "cumulative");
  });

  it("headline: net value to date, cost per decision before/after, payback", () => {
    const h = r.headline;
    close(h.benefitToDate.value, 100 + 2300 / 34 - 93 + 340);
    close(h.netValueToDate.value, 100 + 2300 / 34 - 93 + 340 - 200);
    assert.equal(h.costPerDecisionBefore.value, 30);
    assert.equal(h.costPerDecisionAfter.value, 93 / 17);
    assert.equal(h.decisionsSinceGoLive, 17);
    assert.equal(h.payback.reached, true);
    close(h.payback.days!, 1 + 70 / (100 + 800 / 34 - 27 + 100), "payback days");
    assert.equal(h.payback.date, "2026-01-31");
    close(r.pendingShare, 5 / 12);
  });

  it("bootstrap intervals bracket the point estimates and are reproducible", () => {
    const h = r.headline;
    for (const e of [h.netValueToDate, h.benefitToDate, h.costPerDecisionAfter, ...r.monthly.map((m) => m.benefit)])
      assert.ok(e.low <= e.value && e.value <= e.high, JSON.stringify(e));
    // every baseline day costs exactly 30 per decision, so its interval has zero width
    assert.deepEqual([h.costPerDecisionBefore.low, h.costPerDecisionBefore.high], [30, 30]);
    assert.deepEqual(roiReport({cells, raters}, model, {replicates: 400, seed: 11}).headline, h);
    assert.deepEqual(r.bootstrap, {replicates: 400, seed: 11, level: 0.95, unit: "day"});
  });

  it("sensitivity: net value to date is linear in each assumption; the hourly rate swings most", () => {
    // hand: ∂/∂rate = −2/3 h (after) + 17 · 3/6 h (baseline per decision) = 7.8333; ±25% of 60 → swing 235
    // ∂/∂investment = −1 → swing 100; ∂/∂loss = 400 + 2300·400/3400 − 17/6·200 → swing 0.25·103.92 = 25.98
    assert.deepEqual(
      r.sensitivity.bars.map((b) => b.key),
      [
        "review.hourlyRate",
        "platform.investment",
        "outcomes[1].perAmount",
        "outcomes[0].perAmount",
        "platform.perMonth",
        "automation.perDecision"
      ]
    );
    close(r.sensitivity.bars[0].swing, 235);
    close(r.sensitivity.bars[2].swing, 0.25 * (400 + (2300 * 400) / 3400 - (17 / 6) * 200));
    close(r.sensitivity.bars[4].swing, 18); // 3 days × 12/365 × 182.5
    close(r.sensitivity.bars[5].swing, 8.5); // 17 × 0.5
    close(r.sensitivity.output, r.headline.netValueToDate.value);
  });

  it("weekly trend splits weeks at go-live", () => {
    // 2026-01-26 is the Monday of 01-28…02-01
    assert.deepEqual(
      r.weekly.map((w) => [w.week, w.period, w.decisions]),
      [
        ["2026-01-26", "automated", 17],
        ["2026-01-26", "baseline", 6]
      ]
    );
  });

  it("consistency uses the rater groups that have two raters or more", () => {
    close(r.consistency.baselineReviewers!.betweenSd, Math.sqrt(0.08 - 0.025));
    assert.equal(r.consistency.modelDesks!.betweenSd, 0);
    assert.equal(r.consistency.automatedReviewers, null);
  });

  it("honours a configured go-live and rejects data without a baseline", () => {
    assert.equal(roiReport({cells, raters}, {...model, goLive: "2026-01-29"}, {replicates: 10}).goLive, "2026-01-29");
    assert.throws(
      () => roiReport({cells, raters}, {...model, goLive: "2026-01-28"}),
      /no baseline day before go-live: 2026-01-28/
    );
    assert.throws(
      () => roiReport({cells: cells.slice(0, 5), raters}, model),
      /no automated decision in the data: credit-line/
    );
  });
});
