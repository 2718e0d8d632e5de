import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {betweenRaterSpread} from "../../../src/lib/roi/betweenRaterSpread.js";

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} ≠ ${b}`);

describe("betweenRaterSpread", () => {
  it("subtracts the binomial chance variance from the observed variance of rates", () => {
    // hand: rates 0.3, 0.7 → observed var 0.08; pooled 0.5 → chance var 0.25 / 100 = 0.0025; √0.0775
    const r = betweenRaterSpread([
      {decisions: 100, approvals: 30},
      {decisions: 100, approvals: 70}
    ]);
    close(r.observedSd, Math.sqrt(0.08));
    close(r.chanceSd, 0.05);
    close(r.betweenSd, Math.sqrt(0.0775));
    assert.deepEqual([r.raters, r.decisions, r.pooledRate, r.minRate, r.maxRate], [2, 200, 0.5, 0.3, 0.7]);
  });

  it("floors at 0 when raters differ less than chance", () => {
    // hand: rates 0.5, 0.6 over 10 each → observed var 0.005 < chance var 0.55·0.45/10 = 0.02475
    const r = betweenRaterSpread([
      {decisions: 10, approvals: 5},
      {decisions: 10, approvals: 6}
    ]);
    assert.equal(r.betweenSd, 0);
    close(r.chanceSd, Math.sqrt(0.02475));
  });

  it("rejects fewer than two raters and impossible counts", () => {
    assert.throws(() => betweenRaterSpread([{decisions: 1, approvals: 1}]), /at least 2 raters: 1/);
    assert.throws(
      () =>
        betweenRaterSpread([
          {decisions: 1, approvals: 2},
          {decisions: 1, approvals: 0}
        ]),
      /invalid rater counts: 2\/1/
    );
  });
});
