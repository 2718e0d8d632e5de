import assert from "node:assert/strict";
import {test} from "node:test";
import {featureDrift} from "../../../src/lib/drift/featureDrift.js";
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
