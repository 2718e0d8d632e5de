import assert from "node:assert/strict";
import {test} from "node:test";
import type {DriftStatistic} from "../../../src/lib/drift/DriftStatistic.js";
import {driftStatistics, driftTests} from "../../../src/lib/drift/driftTests.js";
import {featureDrift} from "../../../src/lib/drift/featureDrift.js";
import {featureReport} from "../../../src/lib/drift/featureReport.js";

// What a new statistic's file would hold: its metadata, compute, value and report fields. Here the absolute
// difference of the two windows' means in reference standard deviations (population), a distance.
const meanShift: DriftStatistic<"mean_shift", number> = {
  name: "mean_shift",
  label: "mean shift (reference sd)",
  columnKinds: ["numeric"],
  defaultThreshold: 0.5,
  kind: "distance",
  description: "|mean(current) − mean(reference)| / sd(reference)",
  reportedFor: ["numeric"],
  columns: {mean_shift: "DOUBLE"},
  compute({reference, current}) {
    if (reference.sample.type !== "numeric" || current.type !== "numeric") throw new Error("numeric only");
    // a numeric sample is its distinct values and their counts
    const mean = (s: {rows: number; values: Float64Array; counts: Float64Array}) =>
      s.values.reduce((sum, v, k) => sum + v * s.counts[k], 0) / s.rows;
    const r = reference.sample;
    const m = mean(r);
    const sd = Math.sqrt(r.values.reduce((sum, v, k) => sum + r.counts[k] * (v - m) ** 2, 0) / r.rows);
    return Math.abs(mean(current) - m) / sd;
  },
  value: (r) => r,
  report: (r) => ({mean_shift: r})
};

test("the registry carries each statistic's behaviour; the page lists the choice's candidates first", () => {
  assert.deepEqual(
    driftStatistics.map((s) => s.name),
    ["psi", "jensenshannon", "ks", "wasserstein", "chisquare"]
  );
  assert.deepEqual(Object.keys(driftTests), ["ks", "chisquare", "wasserstein", "jensenshannon", "psi"]);
  // the page's metadata carries no behaviour
  assert.deepEqual(Object.keys(driftTests.psi), [
    "name",
    "label",
    "columnKinds",
    "defaultThreshold",
    "kind",
    "description"
  ]);
  for (const s of driftStatistics) assert.equal(s.defaultThreshold, driftTests[s.name].defaultThreshold);
});

test("adding a statistic is its file and one registry line: featureDrift and the report pick it up", () => {
  const statistics = [...(driftStatistics as readonly DriftStatistic[]), meanShift];
  // hand: reference 1..6 (mean 3.5, population sd √(35/12) = 1.7078); current 4..9 (mean 6.5): 3 / 1.7078 = 1.7566
  const reference = [1, 2, 3, 4, 5, 6];
  const current = [4, 5, 6, 7, 8, 9];
  const d = featureDrift("numeric", reference, current, {statistics});
  const fields = d as unknown as Record<string, unknown>;
  assert.ok(Math.abs((fields.mean_shift as number) - 3 / Math.sqrt(35 / 12)) < 1e-12);
  assert.equal(d.test, "ks"); // the automatic choice is unchanged
  const forced = featureDrift("numeric", reference, current, {statistics, test: "mean_shift"});
  assert.equal(forced.value, fields.mean_shift);
  assert.equal(forced.drifted, true); // ≥ its own default threshold, 0.5
  assert.match(forced.reason, /test set by the user: mean shift \(reference sd\)/);
  const report = featureReport("x", d, statistics) as unknown as Record<string, unknown>;
  assert.deepEqual(Object.keys(report).slice(7), [
    "psi",
    "js_distance",
    "ks",
    "wasserstein",
    "wasserstein_normed",
    "chi2",
    "mean_shift",
    "reference_values",
    "current_values"
  ]);
  // a categorical column does not get it, and forcing it there is refused
  const cat = featureDrift("categorical", ["a", "b"], ["a", "a"], {statistics}) as unknown as Record<string, unknown>;
  assert.equal(cat.mean_shift, null); // reported as not computed, as ks is for a categorical column
  assert.throws(
    () => featureDrift("categorical", ["a", "b"], ["a", "a"], {statistics, test: "mean_shift"}),
    /drift test mean_shift does not apply to a categorical column/
  );
});

test("without the new statistic the results are the registry's alone", () => {
  const d = featureDrift("numeric", [1, 2, 3, 4, 5, 6], [4, 5, 6, 7, 8, 9]) as unknown as Record<string, unknown>;
  assert.equal("mean_shift" in d, false);
  assert.throws(() => featureDrift("numeric", [1, 2], [3, 4], {test: "mean_shift"}), /unknown drift test: mean_shift/);
});
