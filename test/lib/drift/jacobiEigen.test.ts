import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {jacobiEigen} from "../../../src/lib/drift/jacobiEigen.js";

const close = (actual: number, expected: number, tolerance = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} != ${expected} ± ${tolerance}`);

describe("jacobiEigen", () => {
  it("matches numpy.linalg.eigh on an indefinite 4 × 4 matrix", () => {
    const a = [
      [4, 1, -2, 2],
      [1, 2, 0, 1],
      [-2, 0, 3, -2],
      [2, 1, -2, -1]
    ];
    // numpy 2.4.6: np.linalg.eigh(A), reversed to descending, each vector's largest |component| made positive
    const values = [6.844621107234965, 2.2685314064312423, 1.0843644637732166, -2.1975169774394243];
    const vectors = [
      [0.7180459594506796, 0.2211529881551807, -0.5573513771375096, 0.3533564748939929],
      [0.20171109662094233, 0.7894499124874399, 0.5796341693167878, 0.01028099868633059],
      [0.6422600067660328, -0.5441878481946866, 0.5202218509386148, -0.14398227457619123],
      [-0.17670517062447652, -0.17810046990630077, 0.28766803431970117, 0.9242849167461132]
    ];
    const e = jacobiEigen(a);
    e.values.forEach((v, i) => close(v, values[i]));
    e.vectors.forEach((v, i) => v.forEach((x, j) => close(x, vectors[i][j], 1e-12)));
  });

  it("returns orthonormal vectors with A·v = λ·v", () => {
    const a = [
      [2, -1, 0, 0, 0],
      [-1, 2, -1, 0, 0],
      [0, -1, 2, -1, 0],
      [0, 0, -1, 2, -1],
      [0, 0, 0, -1, 2]
    ];
    const {values, vectors} = jacobiEigen(a);
    // hand derivation: the tridiagonal (2, −1) matrix of order 5 has eigenvalues 2 − 2 cos(kπ/6), k = 1..5
    const expected = [5, 4, 3, 2, 1].map((k) => 2 - 2 * Math.cos((k * Math.PI) / 6));
    values.forEach((v, i) => close(v, expected[i], 1e-13));
    for (const [i, v] of vectors.entries()) {
      const av = a.map((row) => row.reduce((s, x, j) => s + x * v[j], 0));
      av.forEach((x, j) => close(x, values[i] * v[j], 1e-12));
      for (const [k, w] of vectors.entries())
        close(
          v.reduce((s, x, j) => s + x * w[j], 0),
          i === k ? 1 : 0,
          1e-13
        );
    }
  });

  it("handles a 1 × 1 matrix, a diagonal matrix and repeated eigenvalues", () => {
    assert.deepEqual(jacobiEigen([[5]]), {values: [5], vectors: [[1]]});
    const d = jacobiEigen([
      [1, 0],
      [0, 3]
    ]);
    assert.deepEqual(d.values, [3, 1]);
    assert.deepEqual(d.vectors, [
      [0, 1],
      [1, 0]
    ]);
    // hand derivation: the all-ones 3 × 3 matrix has eigenvalues 3, 0, 0
    const ones = jacobiEigen([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1]
    ]);
    ones.values.forEach((v, i) => close(v, [3, 0, 0][i], 1e-14));
    ones.vectors[0].forEach((x) => close(x, 1 / Math.sqrt(3), 1e-14));
  });

  it("rejects non-square, non-symmetric and non-finite input", () => {
    assert.throws(() => jacobiEigen([]), /invalid matrix: empty/);
    assert.throws(() => jacobiEigen([[1, 2]]), /row 0 has 2 entries, not 1/);
    assert.throws(
      () =>
        jacobiEigen([
          [1, 2],
          [3, 1]
        ]),
      /not symmetric at \(0, 1\): 2 vs 3/
    );
    assert.throws(() => jacobiEigen([[NaN]]), /entry \(0, 0\) is NaN/);
  });
});
