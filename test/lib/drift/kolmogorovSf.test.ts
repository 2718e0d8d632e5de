import assert from "node:assert/strict";
import {test} from "node:test";
import {durbinMatrixCdf} from "../../../src/lib/drift/durbinMatrixCdf.js";
import {kolmogorovSf} from "../../../src/lib/drift/kolmogorovSf.js";
import {pelzGoodCdf} from "../../../src/lib/drift/pelzGoodCdf.js";
import {smirnovSf} from "../../../src/lib/drift/smirnovSf.js";

const close = (actual: number, expected: number, rel: number) =>
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${actual} vs ${expected}`);

// scipy.stats.kstwo.sf(x, n), scipy 1.17.1; each row exercises one branch of Simard & L'Ecuyer's selection.
const kstwo: [number, number, number][] = [
  [10, 0.04, 1], // nx ≤ 1/2
  [10, 0.08, 0.9999978058034054], // Ruben–Gambino nx ≤ 1
  [10, 0.2, 0.7487190399999999], // n ≤ 140, Durbin
  [10, 0.6, 0.0005681672000000003], // x ≥ 1/2: 2 · smirnov
  [10, 0.95, 1.9531250000000172e-13], // nx ≥ n − 1
  [100, 0.05, 0.9532159710635725], // n ≤ 140, Durbin
  [100, 0.15, 0.019839242125641813], // n ≤ 140, Pomeranz in scipy (Durbin here)
  [100, 0.25, 5.408871776434847e-6], // n ≤ 140, nx² > 4: 2 · smirnov
  [1000, 0.0009, 1], // nx ≤ 1/2
  [1000, 0.01, 0.9999496745370611], // Durbin (n·x^1.5 ≤ 1.4)
  [1000, 0.03, 0.3226902143914636], // Pelz–Good
  [1000, 0.05, 0.013012074781090332], // 2 · smirnov
  [1000, 0.1, 3.703687096817711e-9], // 2 · smirnov
  [5000, 0.02, 0.03613941395325637], // 2 · smirnov
  [200000, 0.002, 0.39995085369038097], // Pelz–Good, n > 1e5
  [200000, 0.004, 0.003314212822560255] // 2 · smirnov, 160 000 terms
];

for (const [n, x, expected] of kstwo) {
  test(`kolmogorovSf(${n}, ${x}) matches scipy.stats.kstwo.sf`, () => close(kolmogorovSf(n, x), expected, 1e-9));
}

test("kolmogorovSf is 1 at 0 and 0 at 1", () => {
  assert.equal(kolmogorovSf(50, 0), 1);
  assert.equal(kolmogorovSf(50, 1), 0);
  assert.throws(() => kolmogorovSf(0, 0.1), /sample size/);
});

test("smirnovSf matches scipy.special.smirnov", () => {
  // scipy.special.smirnov(n, x), scipy 1.17.1
  close(smirnovSf(5, 0.3), 0.34282, 1e-12);
  close(smirnovSf(100, 0.1), 0.1265906584562817, 1e-12);
  close(smirnovSf(1000, 0.05), 0.006506037390545166, 1e-11);
  close(smirnovSf(20000, 0.01), 0.01819312895757209, 1e-10);
  assert.equal(smirnovSf(1, 0.3), 0.7);
});

test("durbinMatrixCdf matches scipy's Durbin/MTW implementation", () => {
  // scipy.stats.kstwo.cdf(0.274, 10); scipy.stats._ksstats._kolmogn_DMTW(100, 0.1) and (1000, 0.01)
  close(durbinMatrixCdf(10, 0.274), 0.6284796154565043, 1e-12);
  close(durbinMatrixCdf(100, 0.1), 0.7473072429936096, 1e-12);
  close(durbinMatrixCdf(1000, 0.01), 5.032546293896392e-5, 1e-10);
});

test("pelzGoodCdf matches scipy's Pelz–Good implementation", () => {
  // scipy.stats._ksstats._kolmogn_PelzGood(1000, 0.04) and (200000, 0.003)
  close(pelzGoodCdf(1000, 0.04), 0.9206604394099978, 1e-13);
  close(pelzGoodCdf(200000, 0.003), 0.9454630213388695, 1e-13);
});
