import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {metricFamilies} from "../../../src/lib/spc/metricFamilies.js";
import type {CatalogMetric} from "../../../src/lib/spc/seriesCatalog.js";

const metric = (id: string, family?: [string, string]): CatalogMetric => ({
  id,
  label: `${id} label`,
  kind: "proportion",
  description: "",
  family: family ? {id: family[0], label: `${family[0]} family`, member: family[1]} : null,
  threshold: null,
  units: ["day"]
});

describe("metricFamilies", () => {
  it("gathers a family's members in table order at its first member's place; others stand alone", () => {
    const metrics = [
      metric("bad_rate"),
      metric("drift_psi:income", ["drift_psi", "income"]),
      metric("drift_psi:score", ["drift_psi", "score"]),
      metric("fallback_rate"),
      metric("null_rate:a", ["null_rate", "a"]),
      metric("null_rate:b", ["null_rate", "b"]),
      metric("review_rate")
    ];
    const families = metricFamilies(metrics);
    assert.deepEqual(
      families.map((f) => [f.id, f.label, f.grouped, f.members.map((m) => m.id)]),
      [
        ["bad_rate", "bad_rate label", false, ["bad_rate"]],
        ["drift_psi", "drift_psi family", true, ["drift_psi:income", "drift_psi:score"]],
        ["fallback_rate", "fallback_rate label", false, ["fallback_rate"]],
        ["null_rate", "null_rate family", true, ["null_rate:a", "null_rate:b"]],
        ["review_rate", "review_rate label", false, ["review_rate"]]
      ]
    );
    // the members are the catalog's own objects, so the page can pass them on
    assert.equal(families[1].members[1], metrics[2]);
  });

  it("keeps a family of one member grouped, and returns nothing for no metric", () => {
    assert.deepEqual(
      metricFamilies([metric("null_rate:a", ["null_rate", "a"])]).map((f) => [f.id, f.grouped]),
      [["null_rate", true]]
    );
    assert.deepEqual(metricFamilies([]), []);
  });
});
