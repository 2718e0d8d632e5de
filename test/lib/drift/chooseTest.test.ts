import assert from "node:assert/strict";
import {test} from "node:test";
import {chooseTest} from "../../../src/lib/drift/chooseTest.js";
import {datasetDrift} from "../../../src/lib/drift/datasetDrift.js";
import {driftTests, isDrift} from "../../../src/lib/drift/driftTests.js";

// Evidently's get_default_stattest: ≤ 1000 rows → KS (numeric, > 5 values) else chi-square/Z;
// larger → Wasserstein (numeric, > 5 values) else Jensen–Shannon.
test("chooseTest follows Evidently's default rule at the boundaries", () => {
  assert.equal(chooseTest("numeric", 1000, 6).test, "ks");
  assert.equal(chooseTest("numeric", 1000, 5).test, "chisquare");
  assert.equal(chooseTest("categorical", 1000, 40).test, "chisquare");
  assert.equal(chooseTest("numeric", 1001, 6).test, "wasserstein");
  assert.equal(chooseTest("numeric", 1001, 5).test, "jensenshannon");
  assert.equal(chooseTest("categorical", 50000, 3).test, "jensenshannon");
  assert.match(chooseTest("numeric", 1001, 6).reason, /1001 rows/);
  assert.throws(() => chooseTest("numeric", -1, 3), /-1/);
});

test("the registry lists every test with Evidently's default threshold and direction", () => {
  assert.deepEqual(
    Object.values(driftTests).map((t) => [t.name, t.defaultThreshold, t.kind]),
    [
      ["ks", 0.05, "pvalue"],
      ["chisquare", 0.05, "pvalue"],
      ["wasserstein", 0.1, "distance"],
      ["jensenshannon", 0.1, "distance"],
      ["psi", 0.1, "distance"]
    ]
  );
  assert.equal(isDrift("ks", 0.049), true);
  assert.equal(isDrift("ks", 0.05), false);
  assert.equal(isDrift("wasserstein", 0.1), true);
  assert.equal(isDrift("psi", 0.2, 0.25), false);
  assert.throws(() => isDrift("psi", NaN), /NaN/);
});

test("datasetDrift flags when at least half of the columns drift", () => {
  assert.deepEqual(datasetDrift([true, false, true, false]), {share: 0.5, drifted: true, count: 2, total: 4});
  assert.deepEqual(datasetDrift([true, false, false]), {share: 1 / 3, drifted: false, count: 1, total: 3});
  assert.equal(datasetDrift([true, false, false], 0.3).drifted, true);
  assert.throws(() => datasetDrift([]), /at least one/);
});
