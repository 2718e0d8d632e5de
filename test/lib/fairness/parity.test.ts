import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {demographicParity} from "../../../src/lib/fairness/demographicParity.js";
import {equalizedOdds} from "../../../src/lib/fairness/equalizedOdds.js";
import {equalOpportunity} from "../../../src/lib/fairness/equalOpportunity.js";
import {groupRates} from "../../../src/lib/fairness/groupRates.js";
import {paritySummary} from "../../../src/lib/fairness/paritySummary.js";
import {rateSpread} from "../../../src/lib/fairness/rateSpread.js";
import {A, B, C} from "./fixtures.js";

const close = (a: number | null, b: number) => assert.ok(a !== null && Math.abs(a - b) < 1e-12, `${a} != ${b}`);

describe("parity metrics (Fairlearn definitions)", () => {
  const rates = [A, B, C].map((c) => groupRates(c, 73));
  it("demographic parity: selection rates 0.5, 0.4, 0.3 → difference 0.2, ratio 0.6 (hand derivation)", () => {
    const dp = demographicParity(rates);
    close(dp.difference, 0.2);
    close(dp.ratio, 0.6);
  });
  it("equalized odds: worst of TPR (2/3, 0.6, 0.5) and FPR (0.25, 0.2, 1/6) (hand derivation)", () => {
    const eo = equalizedOdds(rates);
    close(eo.difference, 2 / 3 - 0.5); // TPR spread 1/6 > FPR spread 1/12
    close(eo.ratio, 1 / 6 / 0.25); // FPR ratio 2/3 < TPR ratio 0.75
  });
  it("equal opportunity: TPR spread (hand derivation)", () => {
    const eop = equalOpportunity(rates);
    close(eop.difference, 1 / 6);
    close(eop.ratio, 0.75);
  });
  it("paritySummary gathers them", () => {
    const s = paritySummary(rates);
    close(s.demographic_parity_ratio, 0.6);
    close(s.equalized_odds_difference, 1 / 6);
    close(s.equal_opportunity_ratio, 0.75);
  });
  it("skip undefined rates and give null ratio for max 0", () => {
    assert.deepEqual(rateSpread([null, 0.4, NaN]), {difference: 0, ratio: 1});
    assert.deepEqual(rateSpread([0, 0]), {difference: 0, ratio: null});
    assert.deepEqual(rateSpread([null]), {difference: null, ratio: null});
    assert.deepEqual(
      equalizedOdds([
        {tpr: null, fpr: 0.1},
        {tpr: null, fpr: 0.2}
      ]),
      {difference: 0.1, ratio: 0.5}
    );
  });
});
