import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {modelComparison} from "../../../src/lib/fairness/modelComparison.js";
import {shadowModelComparison} from "../../../src/lib/shadow/shadowModelComparison.js";
import type {ShadowRow} from "../../../src/lib/shadow/shadowReport.js";

describe("shadowModelComparison", () => {
  it("compares champion and challenger on the same rows, the favourable outcome as the positive label", () => {
    // the hand case of modelComparison.test.ts, with the challenger's decisions inverted
    const scores = [0.1, 0.2, 0.6, 0.9, 0.1, 0.4, 0.6, 0.9];
    const good = [true, true, false, false, true, true, true, false];
    const groups = ["a", "a", "a", "a", "b", "b", "b", "b"];
    const rows: ShadowRow[] = scores.map((s, i) => ({
      day: "2026-05-01",
      champion_score: s,
      challenger_score: s,
      champion_decision: s < 0.5 ? "approve" : "decline",
      challenger_decision: s < 0.5 ? "decline" : "approve",
      label: i === 0 ? null : !good[i],
      confidence_band: null,
      ethnicity: groups[i]
    }));
    const points = shadowModelComparison(rows, {
      segment: "ethnicity",
      champion: "lr@1",
      challenger: "gbdt@2",
      bins: 4
    });
    const direct = modelComparison(
      [{model: "lr@1", scores}],
      good.map((g, i) => (i === 0 ? null : g)),
      groups,
      {bins: 4}
    );
    assert.deepEqual(points.slice(0, 2), direct);
    assert.deepEqual(
      points.map((p) => [p.model, p.variant]),
      [
        ["lr@1", "single threshold"],
        ["lr@1", "per-group thresholds"],
        ["gbdt@2", "single threshold"],
        ["gbdt@2", "per-group thresholds"]
      ]
    );
    // the challenger's scores are the champion's: same points
    assert.deepEqual(points[2].performance, points[0].performance);
  });
});
