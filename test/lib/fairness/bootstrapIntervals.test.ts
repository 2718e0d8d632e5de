import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {bootstrapIntervals} from "../../../src/lib/fairness/bootstrapIntervals.js";
import type {Confusion} from "../../../src/lib/fairness/confusionCounts.js";
import {demographicParity} from "../../../src/lib/fairness/demographicParity.js";
import {groupRates} from "../../../src/lib/fairness/groupRates.js";

const selection = (c: Confusion) => groupRates(c, 1).selection_rate;
const g1: Confusion = {tp: 300, fp: 200, tn: 400, fn: 100, up: 0, un: 0}; // selection 0.5, n 1000
const g2: Confusion = {tp: 250, fp: 50, tn: 500, fn: 150, up: 30, un: 20}; // selection 330/1000 = 0.33

describe("bootstrapIntervals", () => {
  const stat = (gs: Confusion[]) => ({
    diff: selection(gs[0])! - selection(gs[1])!,
    dp: demographicParity(gs.map((c) => groupRates(c, 1))).difference
  });
  it("keeps each group's size (stratified) and is reproducible per seed", () => {
    const sizes: number[][] = [];
    bootstrapIntervals(
      [g1, g2],
      (gs) => {
        sizes.push(gs.map((c) => c.tp + c.fp + c.tn + c.fn + c.up + c.un));
        return {x: 0};
      },
      {resamples: 20}
    );
    for (const s of sizes) assert.deepEqual(s, [1000, 1000]);
    const a = bootstrapIntervals([g1, g2], stat, {seed: 3, resamples: 200});
    const b = bootstrapIntervals([g1, g2], stat, {seed: 3, resamples: 200});
    const c = bootstrapIntervals([g1, g2], stat, {seed: 4, resamples: 200});
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
  });
  it("matches the normal approximation of a difference of proportions (hand derivation)", () => {
    // SE = sqrt(0.5·0.5/1000 + 0.33·0.67/1000) = 0.02156; 95 % ≈ 0.17 ± 1.96 SE = [0.1277, 0.2123]
    const se = Math.sqrt((0.5 * 0.5) / 1000 + (0.33 * 0.67) / 1000);
    const {diff} = bootstrapIntervals([g1, g2], stat, {seed: 1, resamples: 4000});
    assert.ok(diff);
    assert.ok(Math.abs(diff[0] - (0.17 - 1.96 * se)) < 0.1 * 1.96 * se, `low ${diff[0]}`);
    assert.ok(Math.abs(diff[1] - (0.17 + 1.96 * se)) < 0.1 * 1.96 * se, `high ${diff[1]}`);
  });
  it("leaves undefined replicates out and gives null when none is defined", () => {
    const r = bootstrapIntervals([g1], () => ({none: null, one: 1}), {resamples: 10});
    assert.equal(r.none, null);
    assert.deepEqual(r.one, [1, 1]);
  });
  it("rejects invalid options", () => {
    assert.throws(() => bootstrapIntervals([g1], () => ({}), {resamples: 0}), /invalid resamples: 0/);
    assert.throws(() => bootstrapIntervals([g1], () => ({}), {confidence: 2}), /invalid confidence: 2/);
  });
});
