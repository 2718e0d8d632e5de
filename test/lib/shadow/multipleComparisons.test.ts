import assert from "node:assert/strict";
import {it} from "node:test";
import {multipleComparisons} from "../../../src/lib/shadow/multipleComparisons.js";
import type {Evidence} from "../../../src/lib/shadow/promotionRecommendation.js";

const e = (metric: string, scope: string, low: number, high: number): Evidence => ({
  metric,
  scope,
  worse: "higher",
  delta: {n: 500, champion: 0.2, challenger: 0.3, delta: (low + high) / 2, low, high}
});

it("multipleComparisons counts the judged comparisons, the chance expectation and the flags", () => {
  const groups = [
    ...Array.from({length: 40}, (_, i) => e("false-decline rate", `sex=g${i}`, -0.01, 0.01)),
    e("false-decline rate", "age_band=65+", 0.4, 0.5),
    e("Brier score", "age_band=65+", 0.01, 0.02),
    e("approval rate", "age_band=65+", 0.4, 0.5), // shown, not judged
    e("false-decline rate", "region=south", 0.4, 0.5) // not a protected attribute
  ];
  const r = multipleComparisons(groups, ["sex", "age_band"]);
  assert.equal(r.comparisons, 42);
  assert.equal(r.flagged, 2);
  assert.equal(r.expectedByChance, 42 * 0.025);
  assert.match(
    r.text,
    /checks 42 group × metric differences.*about 1 would look worse by chance alone \(1\.1 expected\), and 2 do \(age_band=65\+\)/
  );
});
