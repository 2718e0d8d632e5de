import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {columnTestTable, statisticValue} from "../../../src/lib/drift/columnTestTable.js";
import type {DriftCellRow} from "../../../src/lib/drift/driftView.js";

const cell = (name: string, psi: number, drifted: boolean, extra: Partial<DriftCellRow> = {}): DriftCellRow => ({
  system: "s",
  window_start: "2026-05-04",
  name,
  type: "numeric",
  role: "feature",
  test: "wasserstein",
  drifted,
  value: psi / 2,
  threshold: 0.1,
  reason: "",
  psi,
  js_distance: psi / 3,
  ks: {statistic: 0.2, pvalue: 0.04, method: "exact"},
  wasserstein: 1,
  wasserstein_normed: psi / 2,
  chi2: null,
  reference_values: 100,
  current_values: 100,
  ...extra
});

describe("columnTestTable", () => {
  const cells = [
    cell("age", 0.05, false),
    cell("income", 0.4, true),
    cell("debt", 0.12, false),
    cell("region", 0.3, false, {
      type: "categorical",
      test: "jensenshannon",
      ks: null,
      wasserstein: null,
      wasserstein_normed: null
    })
  ];

  it("judges configured columns by their test and threshold, others by the automatic test, drifting first", () => {
    const rows = columnTestTable(cells, [
      {column: "debt", test: "psi", threshold: 0.12, source: "debt PSI"}, // 0.12 ≥ 0.12: a distance at its threshold drifts
      {column: "age", test: "ks", threshold: 0.04}, // p 0.04 is not < 0.04: passes
      {column: "region", test: "ks", threshold: 0.05} // KS does not apply to a categorical column
    ]);
    assert.deepEqual(
      rows.map((r) => [r.column, r.test, r.value, r.threshold, r.drifted, r.from]),
      [
        ["income", "wasserstein", 0.2, 0.1, true, "auto"],
        ["debt", "psi", 0.12, 0.12, true, "config"],
        ["age", "ks", 0.04, 0.04, false, "config"],
        ["region", "ks", null, 0.05, null, "config"]
      ]
    );
    assert.equal(rows[1].source, "debt PSI");
    assert.equal(rows[1].label, "PSI");
  });

  it("orders equally drifting columns by PSI, then name, and reads each statistic", () => {
    const rows = columnTestTable([cell("b", 0.2, true), cell("a", 0.2, true), cell("c", 0.5, true)]);
    assert.deepEqual(
      rows.map((r) => r.column),
      ["c", "a", "b"]
    );
    const c = cells[0];
    assert.deepEqual(
      (["ks", "chisquare", "wasserstein", "jensenshannon", "psi"] as const).map((t) => statisticValue(c, t)),
      [0.04, null, 0.025, 0.05 / 3, 0.05]
    );
    assert.throws(
      () => columnTestTable(cells, [{column: "age", test: "nope" as "psi", threshold: 1}]),
      /unknown drift test: nope/
    );
  });
});
