import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {AucBins} from "../../../loaders/generate/observed.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";

describe("AucBins", () => {
  it("gives the Mann–Whitney AUC of a small example", () => {
    // sklearn.metrics.roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75
    const bins = new AucBins();
    [0.1, 0.4, 0.35, 0.8].forEach((s, i) => bins.add(s, i >= 2));
    assert.equal(bins.auc(), 0.75);
  });

  it("counts pairs within one bin (width 1e-4) as ties", () => {
    const bins = new AucBins();
    bins.add(0.50001, true);
    bins.add(0.50002, false);
    assert.equal(bins.auc(), 0.5);
    assert.ok(Number.isNaN(new AucBins().auc()));
  });

  it("agrees with the exact AUC to 1e-3 on 20,000 continuous scores", () => {
    const rng = sfc32(11);
    const bins = new AucBins();
    const pos: number[] = [];
    const neg: number[] = [];
    for (let i = 0; i < 20_000; ++i) {
      const label = rng() < 0.2;
      const s = Math.min(0.999999, Math.max(0, (label ? 0.6 : 0.4) + 0.2 * (rng() - 0.5) * 2));
      bins.add(s, label);
      (label ? pos : neg).push(s);
    }
    neg.sort((a, b) => a - b);
    let wins = 0;
    for (const p of pos) {
      let lo = 0;
      let hi = neg.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (neg[mid] < p) lo = mid + 1;
        else hi = mid;
      }
      wins += lo;
    }
    const exact = wins / (pos.length * neg.length);
    assert.ok(Math.abs(bins.auc() - exact) < 1e-3, `${bins.auc()} vs ${exact}`);
  });
});
