import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {encodeRows, fitReconstruction, type FeatureTable} from "../../../src/lib/drift/fitReconstruction.js";
import {fitReconstructionFromSums, type ReferenceCounts} from "../../../src/lib/drift/fitReconstructionFromSums.js";
import {reference} from "./reconstructionReference.js";

const close = (actual: number, expected: number, tolerance = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)), `${actual} != ${expected}`);

/** What an engine would count over the reference. */
function countsOf(table: FeatureTable): ReferenceCounts {
  const rows = table.numeric[0].values.length;
  return {
    rows,
    numeric: table.numeric.map(({name, values}) => {
      const finite = Array.from(values).filter(Number.isFinite);
      return {name, sum: finite.reduce((s, v) => s + v, 0), count: finite.length};
    }),
    categorical: table.categorical.map(({name, values}) => {
      const counts = new Map<string | null, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      return {name, counts};
    })
  };
}

describe("fitReconstructionFromSums", () => {
  it("fits fitReconstruction's model from counts and sums, to 1e-12", async () => {
    const expected = fitReconstruction(reference);
    const asked: string[] = [];
    const model = await fitReconstructionFromSums(countsOf(reference), {
      async deviations(encoding) {
        asked.push("deviations");
        const x = encodeRows({...encoding}, reference);
        return encoding.mean.map((m, j) => x.reduce((s, row) => s + (row[j] - m) ** 2, 0));
      },
      async products(m) {
        asked.push("products");
        const z = encodeRows(m, reference).map((row) => row.map((v, j) => (v - m.mean[j]) / m.scale[j]));
        const zz: number[] = [];
        for (let i = 0; i < 4; ++i) for (let j = i; j < 4; ++j) zz.push(z.reduce((s, r) => s + r[i] * r[j], 0));
        return {z: [0, 1, 2, 3].map((j) => z.reduce((s, r) => s + r[j], 0)), zz};
      }
    });
    assert.deepEqual(asked, ["deviations", "products"]);
    assert.deepEqual(model.columns, ["a", "b", "c", "k"]);
    assert.equal(model.numericFill[0], 32 / 7); // the mean of a's 7 values
    assert.equal(model.categories[0].fill, "x"); // the mode; the missing row imputed as x: 5 of 8
    assert.equal(model.categories[0].shares.get("x"), 5 / 8);
    assert.equal(model.components.length, 2);
    // numpy 2.4.6 (reconstructionError.test): the explained-variance ratios of the same pipeline
    const ratio = [5.3218795223762017e-1, 4.3622949744472767e-1, 3.1259972043061628e-2, 3.2257827459063632e-4];
    model.explained.forEach((r, i) => close(r, ratio[i], 1e-13));
    for (const key of ["mean", "scale", "center"] as const)
      model[key].forEach((v, j) => assert.ok(Math.abs(v - expected[key][j]) <= 1e-12, `${key}[${j}]`));
    // the axes up to sign
    model.components.forEach((v, k) => {
      const sign = Math.sign(v.reduce((s, x, j) => s + x * expected.components[k][j], 0));
      v.forEach((x, j) => close(sign * x, expected.components[k][j]));
    });
  });

  it("ties between modes go to the smallest category, and a column with no finite value is refused", async () => {
    const sums = {deviations: async () => [1, 1, 1], products: async () => ({z: [0, 0, 0], zz: [2, 0, 0, 2, 0, 2]})};
    const counts: ReferenceCounts = {
      rows: 4,
      numeric: [
        {name: "a", sum: 6, count: 3},
        {name: "b", sum: 4, count: 4}
      ],
      categorical: [
        {
          name: "k",
          counts: new Map<string | null, number>([
            ["y", 2],
            ["x", 2]
          ])
        }
      ]
    };
    const model = await fitReconstructionFromSums(counts, sums);
    assert.equal(model.categories[0].fill, "x");
    assert.equal(model.numericFill[0], 2);
    assert.equal(model.mean[0], 2); // (6 + 1 missing · 2) / 4
    assert.equal(model.mean[2], 0.5); // (2 · 0.5 + 2 · 0.5) / 4
    await assert.rejects(
      fitReconstructionFromSums({...counts, numeric: [{name: "a", sum: 0, count: 0}, counts.numeric[1]]}, sums),
      /no reference value: a/
    );
    await assert.rejects(fitReconstructionFromSums({...counts, rows: 1}, sums), /at least 2 rows/);
  });
});
