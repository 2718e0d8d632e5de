import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {selectSeries, type SeriesRow} from "../../../src/lib/spc/selectSeries.js";
import {seriesCatalog} from "../../../src/lib/spc/seriesCatalog.js";

const row = (system: string, metric: string, unit: string, bucket: string, kind = "proportion"): SeriesRow => ({
  system,
  metric,
  label: `${metric} label`,
  kind,
  description: "",
  unit,
  bucket,
  n: kind === "proportion" ? 10 : null,
  count: kind === "proportion" ? 1 : null,
  value: kind === "proportion" ? null : 7,
  automated_from: "2026-01-31"
});
const rows = [
  row("a", "m1", "day", "2026-01-01"),
  row("a", "m1", "day", "2026-01-02"),
  row("a", "m1", "week", "2025-12-29"),
  row("a", "lat", "day", "2026-01-01", "value"),
  row("b", "m1", "day", "2026-01-01")
];

describe("seriesCatalog and selectSeries", () => {
  it("lists systems with their metrics once each, in table order", () => {
    const catalog = seriesCatalog(rows);
    assert.deepEqual([...catalog.keys()], ["a", "b"]);
    assert.deepEqual(
      catalog.get("a")!.metrics.map((m) => [m.id, m.label, m.kind]),
      [
        ["m1", "m1 label", "proportion"],
        ["lat", "lat label", "value"]
      ]
    );
    assert.equal(catalog.get("b")!.automatedFrom, "2026-01-31");
  });

  it("keeps each metric's family, threshold and bucket units (a weekly-only drift score has only week)", () => {
    const psi = (bucket: string): SeriesRow => ({
      ...row("a", "drift_psi:income", "week", bucket, "value"),
      family: "drift_psi",
      family_label: "drift PSI (per column)",
      member: "income",
      threshold: 0.1
    });
    const a = seriesCatalog([...rows, psi("2026-01-05"), psi("2026-01-12")]).get("a")!;
    const m1 = a.metrics.find((m) => m.id === "m1")!;
    assert.deepEqual([m1.family, m1.threshold, m1.units], [null, null, ["day", "week"]]);
    const income = a.metrics.find((m) => m.id === "drift_psi:income")!;
    assert.deepEqual(income.family, {id: "drift_psi", label: "drift PSI (per column)", member: "income"});
    assert.equal(income.threshold, 0.1);
    assert.deepEqual(income.units, ["week"]);
  });

  it("selects one series as spcAnalysis input", () => {
    assert.deepEqual(selectSeries(rows, {system: "a", metric: "m1", unit: "day"}), [
      {bucket: "2026-01-01", n: 10, count: 1},
      {bucket: "2026-01-02", n: 10, count: 1}
    ]);
    assert.deepEqual(selectSeries(rows, {system: "a", metric: "lat", unit: "day"}), [{bucket: "2026-01-01", value: 7}]);
    assert.deepEqual(selectSeries(rows, {system: "c", metric: "m1", unit: "day"}), []);
  });
});
