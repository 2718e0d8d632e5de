import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {fairnessSeries} from "../../../src/lib/fairness/fairnessSeries.js";
import {A, B, C} from "./fixtures.js";

describe("fairnessSeries", () => {
  const rows = [
    {window: "2024-02", group: "a", confusion: A},
    {window: "2024-01", group: "a", confusion: B},
    {window: "2024-01", group: "b", confusion: C},
    {window: "2024-02", group: "b", confusion: B}
  ];
  it("gives one report per window in window order (hand derivation)", () => {
    const series = fairnessSeries(rows, {minGroupSize: 0});
    assert.deepEqual(
      series.map((s) => s.window),
      ["2024-01", "2024-02"]
    );
    // 2024-01: a has B's table (selection 0.4, n 50), b has C's (0.3, n 10) → ratio 0.75 vs the larger a
    assert.ok(Math.abs(series[0].report!.groups[1].disparity.selection_rate! - 0.75) < 1e-12);
    // 2024-02: a = A (0.5), b = B (0.4) → demographic parity difference 0.1
    assert.ok(Math.abs(series[1].report!.summary.demographic_parity_difference! - 0.1) < 1e-12);
  });
  it("marks windows without the named reference group", () => {
    const series = fairnessSeries([...rows, {window: "2024-03", group: "a", confusion: A}], {reference: {group: "b"}});
    assert.equal(series[2].report, null);
    assert.match(series[2].reason!, /reference group b absent/);
    assert.equal(series[0].report!.reference, "b");
  });
});
