import assert from "node:assert/strict";
import {compensatedSums} from "../../../src/lib/stats/compensatedSums.js";
import {describe, it} from "node:test";
import {
  codedChunks,
  encodeRows,
  fitReconstruction,
  type CodedFeatureTable,
  type FeatureTable
} from "../../../src/lib/drift/fitReconstruction.js";
import {reconstructionError, rowErrors, windowError} from "../../../src/lib/drift/reconstructionError.js";
import {reconstructionBand} from "../../../src/lib/drift/reconstructionBand.js";
import {thresholdBand} from "../../../src/lib/drift/thresholdBand.js";
import {reference} from "./reconstructionReference.js";

const close = (actual: number, expected: number, tolerance = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} != ${expected} ± ${tolerance}`);

// b no longer follows a; an unseen category "w" (encoded 0) and a missing one (imputed "x")
const current: FeatureTable = {
  numeric: [
    {name: "a", values: [1, 2, 3, 4]},
    {name: "b", values: [16, 2, 12, 4]},
    {name: "c", values: [4, 4, 4, 4]}
  ],
  categorical: [{name: "k", values: ["y", "w", null, "x"]}]
};

describe("fitReconstruction and reconstructionError", () => {
  // numpy 2.4.6, NannyML's pipeline written out in numpy (no sklearn here): mean imputation, mode
  // imputation, normalised count encoding, StandardScaler (ddof 0), np.linalg.eigh of np.cov of the standardised
  // matrix, k = searchsorted(cumsum(ratio), 0.65, side="right") + 1, mean row-wise Euclidean norm of the residual.
  it("matches a numpy implementation of NannyML's data reconstruction", () => {
    const model = fitReconstruction(reference);
    const ratio = [5.3218795223762017e-1, 4.3622949744472767e-1, 3.1259972043061628e-2, 3.2257827459063632e-4];
    model.explained.forEach((r, i) => close(r, ratio[i], 1e-13));
    assert.equal(model.components.length, 2); // 0.532 ≤ 0.65 < 0.968
    close(model.kept, ratio[0] + ratio[1], 1e-13);
    assert.equal(model.numericFill[0], 32 / 7);
    assert.equal(model.categories[0].fill, "x");
    assert.equal(model.categories[0].shares.get("x"), 5 / 8);
    const ref = reconstructionError(model, reference);
    close(ref.mean, 0.27602155404126383, 1e-12);
    close(ref.std, 0.23938564934970016, 1e-12); // np.linalg.norm(R, axis=1).std(ddof=1)
    assert.equal(ref.rows, 8);
    close(reconstructionError(model, current).mean, 1.4408019163595132, 1e-12);
  });

  it("is near 0 when the kept axes explain everything, and grows when the correlation breaks", () => {
    // hand derivation: b = 2a exactly → one axis carries all variance of (a, b); any row on the line reconstructs exactly
    const line: FeatureTable = {
      numeric: [
        {name: "a", values: [1, 2, 3, 4]},
        {name: "b", values: [2, 4, 6, 8]}
      ],
      categorical: []
    };
    const model = fitReconstruction(line);
    assert.equal(model.components.length, 1);
    close(reconstructionError(model, line).mean, 0, 1e-12);
    const off: FeatureTable = {
      numeric: [
        {name: "a", values: [1]},
        {name: "b", values: [8]}
      ],
      categorical: []
    };
    assert.ok(reconstructionError(model, off).mean > 1);
    assert.equal(reconstructionError(model, off).std, 0);
  });

  it("gives the same bits as the row-by-row computation on encodeRows", () => {
    // the previous implementation, kept as the reference: encodeRows, then an array per row for z and its residual
    const rowByRow = (table: FeatureTable) => {
      const model = fitReconstruction(reference);
      const errors = encodeRows(model, table).map((row) => {
        const z = row.map((v, j) => (v - model.mean[j]) / model.scale[j] - model.center[j]);
        const residual = [...z];
        for (const v of model.components) {
          let c = 0;
          for (let j = 0; j < z.length; ++j) c += v[j] * z[j];
          for (let j = 0; j < z.length; ++j) residual[j] -= c * v[j];
        }
        return Math.sqrt(residual.reduce((sq, r) => sq + r * r, 0));
      });
      // the window's mean and spread: compensated sums, in row order, each divided once (windowError's convention)
      const sums = compensatedSums(2);
      for (const e of errors) sums.add(0, e);
      const mean = sums.value(0) / errors.length;
      for (const e of errors) sums.add(1, (e - mean) ** 2);
      return {mean, std: errors.length > 1 ? Math.sqrt(sums.value(1) / (errors.length - 1)) : 0, rows: errors.length};
    };
    let seed = 5;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const random: FeatureTable = {
      numeric: ["a", "b", "c"].map((name, k) => ({
        name,
        values: Array.from({length: 3000}, () => (next() < 0.05 ? NaN : next() * 10 ** k))
      })),
      categorical: [
        {name: "k", values: Array.from({length: 3000}, () => [null, "x", "y", "z", "w"][Math.floor(next() * 5)])}
      ]
    };
    for (const table of [reference, current, random]) {
      const model = fitReconstruction(reference);
      assert.deepEqual(reconstructionError(model, table), rowByRow(table));
    }
    // rowErrors of consecutive runs, summarised by windowError as one sequence: the whole window's bits
    const model = fitReconstruction(reference);
    const [coded] = codedChunks(random);
    const run = (from: number, to: number): CodedFeatureTable => ({
      rows: to - from,
      numeric: coded.numeric.map((c) => ({name: c.name, values: Array.from(c.values).slice(from, to)})),
      categorical: coded.categorical.map((c) => ({...c, codes: Array.from(c.codes).slice(from, to)}))
    });
    const runs = [run(0, 1), run(1, 1700), run(1700, 3000)].map((t) => rowErrors(model, [t]));
    assert.deepEqual(windowError(runs), rowByRow(random));
    assert.deepEqual(windowError([runs[0]]), {mean: runs[0][0], std: 0, rows: 1});
  });

  it("rejects unusable input", () => {
    assert.throws(() => fitReconstruction({numeric: [reference.numeric[0]], categorical: []}), /at least 2 columns/);
    assert.throws(
      () =>
        fitReconstruction({
          numeric: [
            {name: "a", values: [1]},
            {name: "b", values: [1]}
          ],
          categorical: []
        }),
      /at least 2 rows/
    );
    assert.throws(
      () =>
        fitReconstruction({
          numeric: [
            {name: "a", values: [NaN, NaN]},
            {name: "b", values: [1, 2]}
          ],
          categorical: []
        }),
      /no reference value: a/
    );
    assert.throws(() => fitReconstruction(reference, {varianceShare: 1}), /invalid varianceShare: 1/);
    const model = fitReconstruction(reference);
    assert.throws(() => reconstructionError(model, {numeric: current.numeric, categorical: []}), /columns differ/);
    const empty: FeatureTable = {
      numeric: current.numeric.map((c) => ({name: c.name, values: []})),
      categorical: [{name: "k", values: []}]
    };
    assert.throws(() => reconstructionError(model, empty), /at least 1 row/);
  });
});

describe("thresholdBand", () => {
  it("is mean ± 3 sample standard deviations (pandas std, ddof 1)", () => {
    // numpy 2.4.6: np.mean([1, 2, 3, 4.5]) = 2.625, np.std(..., ddof=1) = 1.4930394055974097
    const band = thresholdBand([1, 2, 3, 4.5]);
    close(band.mean, 2.625);
    close(band.std, 1.4930394055974097, 1e-15);
    close(band.upper, 2.625 + 3 * 1.4930394055974097, 1e-14);
    close(band.lower, 2.625 - 3 * 1.4930394055974097, 1e-14);
    assert.deepEqual(thresholdBand([2, 2], 3), {mean: 2, std: 0, lower: 2, upper: 2});
  });

  it("needs two values", () => {
    assert.throws(() => thresholdBand([1]), /at least 2 values/);
    assert.throws(() => thresholdBand([1, NaN]), /invalid value: NaN/);
  });
});

describe("reconstructionBand", () => {
  it("widens the reference chunks' 3-sigma band by the chunk's sampling error in quadrature", () => {
    // numpy 2.4.6: s = np.std([2.05, 2.06, 2.04, 2.05], ddof=1) = 0.008164965809277268; se = 0.9/√5611 =
    // 0.01201496126683105; mean ± 3·np.hypot(s, se) = 2.0935801978906823, 2.0064198021093174
    const band = reconstructionBand([2.05, 2.06, 2.04, 2.05], 0.9, 5611);
    close(band.std, 0.008164965809277268, 1e-14);
    close(band.samplingError, 0.01201496126683105, 1e-15);
    close(band.upper, 2.0935801978906823, 1e-13);
    close(band.lower, 2.0064198021093174, 1e-13);
  });

  it("is NannyML's band when the sampling error is 0, and wider for a shorter chunk", () => {
    const plain = thresholdBand([1, 2, 3]);
    const band = reconstructionBand([1, 2, 3], 0, 10);
    assert.deepEqual([band.lower, band.upper], [plain.lower, plain.upper]);
    assert.ok(reconstructionBand([1, 2, 3], 1, 4).upper > reconstructionBand([1, 2, 3], 1, 400).upper);
    assert.throws(() => reconstructionBand([1, 2], 1, 0), /invalid rows: 0/);
    assert.throws(() => reconstructionBand([1, 2], -1, 5), /invalid rowStd: -1/);
    assert.throws(() => reconstructionBand([1], 1, 5), /at least 2 values/);
  });
});
