import assert from "node:assert/strict";
import {test} from "node:test";
import {driftView, type DriftCellRow, type DriftPayload} from "../../../src/lib/drift/driftView.js";

const cell = (name: string, week: string, drifted: boolean, psi: number): DriftCellRow => ({
  system: "a",
  window_start: week,
  name,
  type: "numeric",
  role: name === "score" ? "prediction" : "feature",
  test: "psi",
  drifted,
  value: psi,
  threshold: 0.1,
  reason: "",
  psi,
  js_distance: 0,
  ks: null,
  wasserstein: null,
  wasserstein_normed: null,
  chi2: null,
  reference_values: 10,
  current_values: 10
});
const payload: DriftPayload = {
  share: 0.3,
  tests: [],
  systems: [{system: "a", reference: {from: "2026-01-05", to: "2026-02-02"}, score: "score"}],
  cells: [
    cell("x", "w1", false, 0.01),
    cell("y", "w1", false, 0.02),
    cell("x", "w2", true, 0.2),
    cell("y", "w2", true, 0.5),
    cell("score", "w2", true, 0.3)
  ],
  bins: [
    {system: "a", window_start: "w2", feature: "y", bin: 0, label: "≤ 1", reference_share: 0.5, current_share: 0.9}
  ],
  windows: [
    {system: "a", window_start: "w1", rows: 10, share: 0, drifted: false, count: 0, total: 2, prediction_drifted: null},
    {system: "a", window_start: "w2", rows: 10, share: 1, drifted: true, count: 2, total: 2, prediction_drifted: true}
  ],
  multivariate: [
    ...["a", "b"].map((system) => ({
      system,
      window_start: "w2",
      rows: 10,
      error: 2,
      reference: false,
      mean: 1,
      lower: 0.5,
      upper: 1.5,
      drifted: true,
      components: 1,
      explained: 0.7
    }))
  ],
  labels: []
};

test("driftView defaults to the most drifted week and its most drifted feature", () => {
  const v = driftView(payload, {system: "a"});
  assert.equal(v.week, "w2");
  assert.equal(v.feature, "y");
  assert.deepEqual(v.drifted, ["x", "y"]);
  assert.equal(v.bins.length, 1);
  assert.deepEqual(
    v.scoreSeries.map((c) => c.window_start),
    ["w2"]
  );
  assert.deepEqual(
    v.multivariate.map((m) => m.system),
    ["a"]
  );
});

test("driftView honours a chosen week and feature and ignores unknown ones", () => {
  const v = driftView(payload, {system: "a", week: "w1", feature: "x"});
  assert.equal(v.week, "w1");
  assert.equal(v.cell!.psi, 0.01);
  assert.deepEqual(v.drifted, []);
  assert.equal(driftView(payload, {system: "a", week: "nope"}).week, "w2");
  assert.throws(() => driftView(payload, {system: "b"}), /unknown system: b/);
});
