import assert from "node:assert/strict";
import {describe, it} from "node:test";
import type {DriftReport} from "../../../loaders/drift/driftReport.js";
import type {FeatureReport} from "../../../src/lib/drift/featureReport.js";
import {driftText} from "../../../loaders/drift/driftText.js";

const feature = (name: string, drifted: boolean, psi: number): FeatureReport => ({
  name,
  type: "numeric",
  test: "wasserstein",
  drifted,
  value: psi,
  threshold: 0.1,
  reason: "",
  psi,
  js_distance: 0,
  ks: null,
  wasserstein: null,
  wasserstein_normed: psi,
  chi2: null,
  reference_values: 10,
  current_values: 10
});

describe("driftText", () => {
  it("lists drifting features first, then by PSI", () => {
    const report: DriftReport = {
      reference: {rows: 10, from: "2026-01-01", to: "2026-02-01"},
      current: {rows: 10, from: "2026-02-01", to: "2026-03-01"},
      features: [
        feature("a", false, 0.05),
        feature("b", true, 0.2),
        feature("c", false, 0.08),
        feature("d", true, 0.4)
      ],
      dataset_drift: {share: 0.5, drifted: true, threshold: 0.3, count: 2, total: 4}
    };
    const names = driftText(report)
      .split("\n")
      .slice(3, 7)
      .map((l) => l.split(/\s+/)[0]);
    assert.deepEqual(names, ["d", "b", "c", "a"]);
  });
});
