/**
 * The numeric drift statistics computed from counts per distinct value (what an engine's GROUP BY returns) are the
 * statistics of the values they count: the same doubles as the definitions on the expanded, sorted values (type-7
 * quantiles, right-closed bin counts, the KS statistic, the Wasserstein integral), written out here the plain way.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {binCounts} from "../../../src/lib/drift/binCounts.js";
import {decileEdges, sampleDecileEdges} from "../../../src/lib/drift/decileEdges.js";
import {countedSample, numericSample} from "../../../src/lib/drift/driftSample.js";
import {sampleKs} from "../../../src/lib/drift/ks2samp.js";
import {quantileType7} from "../../../src/lib/drift/quantileType7.js";
import {sampleBinCounts} from "../../../src/lib/drift/sampleBinCounts.js";
import {sampleQuantiles} from "../../../src/lib/drift/sampleQuantiles.js";
import {sampleWasserstein} from "../../../src/lib/drift/wasserstein.js";
import {lcgSample} from "./lcgSample.js";

// ties on purpose: values on a coarse grid, and a few long runs
const tied = (seed: number, n: number, shift = 0) => lcgSample(seed, n).map((x) => Math.round(x / 7) + shift);

/** D and the Wasserstein integral the plain way: value by value over the pooled sorted values. */
function plainDistances(a: number[], b: number[]) {
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  let [i, j, d, w] = [0, 0, 0, 0];
  let previous = Math.min(x[0], y[0]);
  while (i < x.length || j < y.length) {
    const v = j >= y.length || (i < x.length && x[i] <= y[j]) ? x[i] : y[j];
    w += Math.abs(i / x.length - j / y.length) * (v - previous);
    previous = v;
    while (i < x.length && x[i] <= v) ++i;
    while (j < y.length && y[j] <= v) ++j;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return {d, w};
}

test("sampleQuantiles gives quantileType7's doubles on the counted values, at every probability asked", () => {
  for (const values of [tied(1, 997), lcgSample(2, 10), [5], [3, 3, 3, 9]]) {
    const sorted = Float64Array.from(values).sort();
    const ps = [0, 0.1, 0.25, 0.5, 0.9, 0.99, 1, 1 / 3];
    assert.deepEqual(
      sampleQuantiles(numericSample(values), ps),
      ps.map((p) => quantileType7(sorted, p))
    );
  }
  assert.throws(() => sampleQuantiles(numericSample([1]), [1.5]), /invalid quantile probability: 1.5/);
});

test("sampleDecileEdges and sampleBinCounts are decileEdges and binCounts of the counted values", () => {
  const reference = tied(3, 3000);
  const current = tied(4, 1200, 2);
  const edges = decileEdges(reference);
  assert.deepEqual(sampleDecileEdges(numericSample(reference)), edges);
  assert.deepEqual(sampleBinCounts(edges, numericSample(current)), binCounts(edges, current));
  // a value equal to an edge falls in the bin it closes; values beyond the last edge in the open outer bin
  assert.deepEqual(sampleBinCounts([1, 2], numericSample([0, 1, 1.5, 2, 3])), [2, 2, 1]);
  assert.deepEqual(sampleBinCounts([], numericSample([4, 5])), [2]);
});

test("sampleKs and sampleWasserstein take the same steps as the value-by-value definitions", () => {
  const a = tied(5, 12000); // > 10000: the asymptotic method, which returns D as computed
  const b = tied(6, 10500, 1);
  const plain = plainDistances(a, b);
  const x = numericSample(a);
  const y = numericSample(b);
  assert.equal(sampleKs(x, y).method, "asymp");
  assert.equal(sampleKs(x, y).statistic, plain.d);
  assert.equal(sampleWasserstein(x, y).distance, plain.w);
  // counts from an engine (not from numericSample) give the same
  const engine = countedSample(Float64Array.from(x.values), Float64Array.from(x.counts));
  assert.deepEqual(sampleWasserstein(engine, y), sampleWasserstein(x, y));
});

test("sampleWasserstein's reference standard deviation is the population one, from the counts", () => {
  // hand: 1, 1, 1, 4 → mean 7/4, deviations (−3/4)·3 and 9/4: Σ = 27/16 + 81/16 = 108/16, / 4 = 27/16
  const r = sampleWasserstein(numericSample([1, 1, 1, 4]), numericSample([2]));
  assert.equal(r.referenceStd, Math.sqrt(27 / 16));
  // hand: W1 = ∫ |F_r − F_c|: on [1, 2) |3/4 − 0| = 3/4, on [2, 4) |3/4 − 1| = 1/4 · 2 → 3/4 + 1/2 = 5/4
  assert.equal(r.distance, 1.25);
});
