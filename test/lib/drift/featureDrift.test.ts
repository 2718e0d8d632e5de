import assert from "node:assert/strict";
import {test} from "node:test";
import {binCounts} from "../../../src/lib/drift/binCounts.js";
import {categoryTally} from "../../../src/lib/drift/categoryTally.js";
import {chooseTest} from "../../../src/lib/drift/chooseTest.js";
import {decileEdges} from "../../../src/lib/drift/decileEdges.js";
import {driftReference} from "../../../src/lib/drift/driftReference.js";
import {categoricalSample, numericSample} from "../../../src/lib/drift/driftSample.js";
import {featureDrift, sampleDrift} from "../../../src/lib/drift/featureDrift.js";
import {jsDistance} from "../../../src/lib/drift/jsDistance.js";
import {ks2samp} from "../../../src/lib/drift/ks2samp.js";
import {psi} from "../../../src/lib/drift/psi.js";
import {wasserstein} from "../../../src/lib/drift/wasserstein.js";
import {lcgSample} from "./lcgSample.js";

test("featureDrift on a numeric column computes every numeric statistic and picks KS for a small reference", () => {
  const r = featureDrift("numeric", lcgSample(3, 40), lcgSample(4, 70, 1, 15));
  assert.equal(r.test, "ks");
  // scipy.stats.ks_2samp(lcg(3,40), lcg(4,70,1,15)).pvalue = 0.285018538606143 → no drift at 0.05
  assert.ok(Math.abs(r.value - 0.285018538606143) < 1e-12);
  assert.equal(r.drifted, false);
  assert.equal(r.chi2, null);
  assert.ok(r.wasserstein! > 0 && r.wasserstein_normed! > 0 && r.psi > 0 && r.js_distance > 0);
  assert.equal(r.bins.edges!.length, 9);
  assert.equal(
    r.bins.reference.reduce((a, b) => a + b),
    40
  );
});

test("featureDrift on a large numeric reference uses normed Wasserstein and flags a shift", () => {
  const reference = lcgSample(5, 2000);
  const same = featureDrift("numeric", reference, lcgSample(6, 2000));
  const shifted = featureDrift("numeric", reference, lcgSample(6, 2000, 1, 10));
  assert.equal(same.test, "wasserstein");
  assert.equal(same.drifted, false);
  assert.equal(shifted.drifted, true);
  // hand: a shift by 10 of a U(0,100) sample (std ≈ 28.9) gives normed W1 ≈ 10 / 28.9 ≈ 0.35
  assert.ok(Math.abs(shifted.value - 10 / 28.87) < 0.03, String(shifted.value));
});

test("featureDrift on categoricals computes PSI, JS and chi-square, and never KS", () => {
  const r = featureDrift("categorical", ["a", "a", "b", "b"], ["a", "b", "c", "c"]);
  assert.equal(r.test, "chisquare");
  assert.deepEqual(r.bins.categories, ["a", "b", "c"]);
  assert.deepEqual(
    [r.bins.reference, r.bins.current],
    [
      [2, 2, 0],
      [1, 1, 2]
    ]
  );
  assert.equal(r.ks, null);
  assert.equal(r.chi2!.dof, 2);
});

test("featureDrift honours a forced test and threshold, and rejects tests that do not apply", () => {
  const r = featureDrift("numeric", lcgSample(5, 500), lcgSample(6, 500, 1, 3), {test: "psi", threshold: 0.01});
  assert.equal(r.test, "psi");
  assert.equal(r.value, r.psi);
  assert.equal(r.drifted, r.psi >= 0.01);
  assert.throws(() => featureDrift("categorical", ["a"], ["b"], {test: "ks"}), /does not apply/);
});

test("featureDrift of a single repeated value: identical windows do not drift", () => {
  const r = featureDrift("numeric", [3, 3, 3], [3, 3]);
  assert.equal(r.psi, 0);
  assert.equal(r.js_distance, 0);
  assert.equal(r.ks!.statistic, 0);
  assert.equal(r.drifted, false);
});

test("featureDrift rejects empty windows with a clear error", () => {
  assert.throws(() => featureDrift("numeric", [], [1]), /empty reference window/);
  assert.throws(() => featureDrift("categorical", ["a"], []), /empty current window/);
});

test("sampleDrift against one prepared reference gives exactly the statistics of the unsorted public functions", () => {
  const reference = lcgSample(21, 12000).map((x) => Math.round(x * 10) / 10); // ties, > 10 000: asymptotic KS
  const prepared = driftReference(numericSample(reference));
  for (const [seed, n, shift] of [
    [22, 3000, 0],
    [23, 500, 4],
    [24, 12000, 0.5]
  ]) {
    const current = lcgSample(seed, n, 1, shift);
    const d = sampleDrift(prepared, numericSample(current));
    const edges = decileEdges(reference);
    const r = binCounts(edges, reference);
    const c = binCounts(edges, current);
    const w = wasserstein(reference, current);
    assert.deepEqual(d.ks, ks2samp(reference, current));
    assert.equal(d.wasserstein, w.distance);
    assert.equal(d.wasserstein_normed, w.normed);
    assert.equal(d.psi, psi(r, c));
    assert.equal(d.js_distance, jsDistance(r, c));
    assert.deepEqual(d.bins, {edges, categories: null, reference: r, current: c});
    assert.equal(d.test, chooseTest("numeric", reference.length, new Set(reference).size).test);
  }
});

test("sampleDrift of categoricals and one reference reused: the same as featureDrift, reference left untouched", () => {
  const reference = ["a", "b", "b", "c", "c", "c"];
  const prepared = driftReference(categoricalSample(categoryTally(reference)));
  for (const current of [
    ["c", "d"],
    ["a", "a", "b"]
  ]) {
    assert.deepEqual(
      sampleDrift(prepared, categoricalSample(categoryTally(current))),
      featureDrift("categorical", reference, current)
    );
  }
  assert.deepEqual(
    [...(prepared.sample.type === "categorical" ? prepared.sample.counts : [])],
    [
      ["a", 1],
      ["b", 2],
      ["c", 3]
    ]
  );
  assert.throws(() => sampleDrift(prepared, numericSample([1])), /a categorical reference against a numeric window/);
});
