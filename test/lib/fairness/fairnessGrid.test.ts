import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {fairnessGrid} from "../../../src/lib/fairness/fairnessGrid.js";
import {fairnessReport} from "../../../src/lib/fairness/fairnessReport.js";

const c = (tp: number, fp: number, tn: number, fn: number) => ({tp, fp, tn, fn, up: 0, un: 0});

describe("fairnessGrid", () => {
  // sex: f selection (6+2)/20 = 0.4, m (12+4)/32 = 0.5 → ratio f/m 0.8 (the band's edge: passes); tpr f 6/8, m 12/16.
  // age: young selection 4/20 = 0.2, mid 12/20 = 0.6 (largest: 20 + 20? mid has 20, old 24 → old is the reference),
  //      old 12/24 = 0.5 → young 0.4 (fails), mid 1.2 (passes).
  const sex = fairnessReport([
    {group: "f", confusion: c(6, 2, 10, 2)},
    {group: "m", confusion: c(12, 4, 12, 4)}
  ]);
  const age = fairnessReport([
    {group: "young", confusion: c(2, 2, 12, 4)},
    {group: "mid", confusion: c(8, 4, 4, 4)},
    {group: "old", confusion: c(8, 4, 8, 4)}
  ]);
  const grid = fairnessGrid(
    [
      {attribute: "sex", report: sex},
      {attribute: "age_band", report: age}
    ],
    ["selection_rate", "tpr"]
  );

  it("gives one cell per attribute and metric with the reference, the worst group and its ratio", () => {
    assert.deepEqual(
      grid.map((g) => [g.attribute, g.metric, g.reference_group, g.worst_group, g.passed]),
      [
        ["sex", "selection_rate", "m", "f", true],
        ["sex", "tpr", "m", "f", true],
        ["age_band", "selection_rate", "old", "young", false],
        ["age_band", "tpr", "old", "young", false]
      ]
    );
    assert.ok(Math.abs(grid[0].worst_ratio! - 0.8) < 1e-12);
    assert.ok(Math.abs(grid[2].worst_ratio! - 0.4) < 1e-12);
    assert.deepEqual(grid[2].failing_groups, ["young"]);
    // tpr: young 2/6 = 1/3, mid 8/12, old 8/12 → young 0.5 fails, mid 1
    assert.ok(Math.abs(grid[3].worst_ratio! - 0.5) < 1e-12);
  });

  it("measures 'worst' on a log scale (1/2 is as far as 2), takes 0 as the farthest, skips suppressed groups", () => {
    const r = fairnessReport([
      {group: "ref", confusion: c(5, 5, 5, 5)}, // selection 0.5, the largest
      {group: "low", confusion: c(2, 1, 3, 2)}, // 3/8 = 0.375 → 0.75
      {group: "high", confusion: c(4, 3, 0, 1)} // 7/8 = 0.875 → 1.75 (|ln 1.75| > |ln 0.75|)
    ]);
    assert.equal(fairnessGrid([{attribute: "x", report: r}], ["selection_rate"])[0].worst_group, "high");
    const zero = fairnessReport([
      {group: "ref", confusion: c(5, 5, 5, 5)},
      {group: "none", confusion: c(0, 0, 3, 2)},
      {group: "high", confusion: c(4, 3, 0, 1)}
    ]);
    assert.deepEqual(
      [
        fairnessGrid([{attribute: "x", report: zero}], ["selection_rate"])[0].worst_group,
        fairnessGrid([{attribute: "x", report: zero}], ["selection_rate"])[0].worst_ratio
      ],
      ["none", 0]
    );
    const suppressed = fairnessReport(
      [
        {group: "ref", confusion: c(50, 50, 50, 50)},
        {group: "tiny", confusion: c(0, 0, 3, 2)}
      ],
      {suppressSmall: true}
    );
    assert.deepEqual(fairnessGrid([{attribute: "x", report: suppressed}], ["selection_rate"])[0], {
      attribute: "x",
      metric: "selection_rate",
      reference_group: "ref",
      worst_group: null,
      worst_ratio: null,
      passed: true,
      failing_groups: []
    });
  });
});
