import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {performanceDrop, type DropWindow} from "../../../src/lib/models/performanceDrop.js";

const w = (window_start: string, roc_auc: number | null, est_roc_auc: number | null): DropWindow => ({
  window_start,
  n: 1000,
  n_labelled: roc_auc === null ? 0 : 400,
  roc_auc,
  est_roc_auc
});

describe("performanceDrop", () => {
  const windows = [w("2026-06-01", null, 0.8), w("2026-04-01", 0.83, 0.82), w("2026-05-01", 0.81, 0.815)];

  it("reads the latest realised and the latest estimated ROC AUC against validation", () => {
    const c = performanceDrop(0.84, windows, {maxDrop: 0.05});
    assert.equal(c.realised!.window_start, "2026-05-01");
    assert.equal(c.realised!.rows, 400);
    assert.ok(Math.abs(c.realised!.drop - 0.03) < 1e-12);
    assert.equal(c.estimated!.window_start, "2026-06-01");
    assert.ok(Math.abs(c.estimated!.drop - 0.04) < 1e-12);
    assert.equal(c.passed, true);
  });

  it("fails when either drop is greater than maxDrop", () => {
    assert.equal(performanceDrop(0.84, windows, {maxDrop: 0.035}).passed, false); // estimated 0.04
    assert.equal(performanceDrop(0.84, windows, {maxDrop: 0.04 + 1e-9}).passed, true);
    assert.equal(performanceDrop(0.9, [w("2026-05-01", 0.8, null)], {maxDrop: 0.05}).passed, false);
  });

  it("passes with nothing to judge and rejects bad parameters", () => {
    const c = performanceDrop(0.84, [w("2026-06-01", null, null)], {maxDrop: 0});
    assert.deepEqual([c.realised, c.estimated, c.passed], [null, null, true]);
    assert.throws(() => performanceDrop(0.84, [], {maxDrop: -0.1}), /invalid maxDrop: -0.1/);
    assert.throws(() => performanceDrop(1.5, [], {maxDrop: 0.1}), /invalid validation ROC AUC: 1.5/);
  });
});
