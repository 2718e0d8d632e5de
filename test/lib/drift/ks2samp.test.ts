import assert from "node:assert/strict";
import {test} from "node:test";
import {ks2samp} from "../../../src/lib/drift/ks2samp.js";
import {lcgSample} from "./lcgSample.js";

const close = (actual: number, expected: number, rel = 1e-10) =>
  assert.ok(
    Math.abs(actual - expected) <= rel * Math.abs(expected) + 1e-300,
    `${actual} vs ${expected} (rel ${Math.abs(actual - expected) / Math.abs(expected)})`
  );

// Reference values: scipy.stats.ks_2samp(x, y) (method="auto", scipy 1.17.1) on the same lcgSample data in Python.
const cases: [string, [number, number, number, number], [number, number, number, number], number, number, string][] = [
  ["equal sizes 50/50 (outside-square formula)", [1, 50, 1, 0], [2, 50, 1, 20], 0.28, 0.039194586195352224, "exact"],
  ["40 vs 70 (inside method)", [3, 40, 1, 0], [4, 70, 1, 15], 0.18928571428571428, 0.285018538606143, "exact"],
  ["300 vs 500", [5, 300, 1, 0], [6, 500, 1.05, 2], 0.12333333333333334, 0.006139061961112512, "exact"],
  [
    "10000 vs 9999 (largest exact)",
    [7, 10000, 1, 0],
    [8, 9999, 1, 1],
    0.015614731473147314,
    0.17254195622934582,
    "exact"
  ],
  [
    "12000 vs 3000, small shift (asymp, Pelz-Good)",
    [9, 12000, 1, 0],
    [10, 3000, 1, 1],
    0.021333333333333315,
    0.22157560094867434,
    "asymp"
  ],
  [
    "12000 vs 3000, large shift (asymp, Smirnov tail)",
    [11, 12000, 1, 0],
    [12, 3000, 1, 6],
    0.066,
    1.560814490272064e-9,
    "asymp"
  ],
  [
    "20000 vs 100 (asymp, n_eff = 100, Smirnov)",
    [13, 20000, 1, 0],
    [14, 100, 1, 10],
    0.14965,
    0.02026794679496545,
    "asymp"
  ],
  [
    "20000 vs 100 (asymp, n_eff = 100, Durbin matrix)",
    [15, 20000, 1, 0],
    [16, 100, 1, 3],
    0.07164999999999999,
    0.6568239634167405,
    "asymp"
  ]
];

for (const [name, a, b, statistic, pvalue, method] of cases) {
  test(`ks2samp matches scipy: ${name}`, () => {
    const r = ks2samp(lcgSample(...a), lcgSample(...b));
    assert.equal(r.method, method);
    close(r.statistic, statistic, 1e-14);
    close(r.pvalue, pvalue, 1e-9);
  });
}

test("ks2samp of identical samples is D = 0, p = 1", () => {
  const x = lcgSample(40, 200);
  assert.deepEqual(ks2samp(x, [...x].reverse()), {statistic: 0, pvalue: 1, method: "exact"});
});

test("ks2samp of disjoint samples is D = 1 with p = 2 / C(6, 3)", () => {
  // scipy.stats.ks_2samp([1,2,3],[4,5,6]) = (1.0, 0.09999999999999999); hand: 2 / 20 = 0.1
  const r = ks2samp([1, 2, 3], [4, 5, 6]);
  assert.equal(r.statistic, 1);
  close(r.pvalue, 0.1, 1e-15);
});

test("ks2samp of single values and ties", () => {
  // scipy: ks_2samp([1],[2]) = (1.0, 1.0); ks_2samp([5,5,5],[5,5]) = (0.0, 1.0)
  assert.deepEqual(ks2samp([1], [2]), {statistic: 1, pvalue: 1, method: "exact"});
  assert.deepEqual(ks2samp([5, 5, 5], [5, 5]), {statistic: 0, pvalue: 1, method: "exact"});
  // scipy: ks_2samp([1,1,2,2,3],[1,2,2,3,3,3]) = (0.3, 0.8961038961038962)
  const r = ks2samp([1, 1, 2, 2, 3], [1, 2, 2, 3, 3, 3]);
  close(r.statistic, 0.3, 1e-15);
  close(r.pvalue, 0.8961038961038962, 1e-12);
});

test("ks2samp is symmetric in its samples", () => {
  const a = lcgSample(3, 40);
  const b = lcgSample(4, 70, 1, 15);
  assert.deepEqual(ks2samp(a, b), ks2samp(b, a));
});

test("ks2samp rejects an empty window and NaN", () => {
  assert.throws(() => ks2samp([], [1]), /non-empty/);
  assert.throws(() => ks2samp([1], []), /non-empty/);
  assert.throws(() => ks2samp([1, NaN], [1]), /NaN/);
});
