/** Eigenvalues (descending) and unit eigenvectors of a symmetric matrix: `vectors[i]` belongs to `values[i]`. */
export interface Eigen {
  values: number[];
  vectors: number[][];
}

/**
 * Eigendecomposition of a real symmetric matrix by the cyclic Jacobi method (Golub & Van Loan, Matrix Computations,
 * 4th ed., §8.5.2–8.5.3, Algorithm 8.5.3 with `sym.schur2`): sweeps of plane rotations zero each off-diagonal entry
 * in turn until the off-diagonal Frobenius norm is at most `tolerance` × the matrix's Frobenius norm (quadratic
 * convergence; a handful of sweeps for the ~15 × 15 covariance matrices of drift features). Eigenvalues are returned
 * in descending order with their unit eigenvectors, each with its largest-magnitude component positive (an
 * eigenvector's sign is arbitrary; numpy.linalg.eigh does not fix it). Cost O(n³) per sweep.
 *
 * @throws {Error} `invalid matrix: <reason>` when the matrix is empty, not square, has a non-finite entry or is not
 *   symmetric (|aᵢⱼ − aⱼᵢ| > 1e-12·(|aᵢⱼ| + |aⱼᵢ| + 1)); `jacobiEigen did not converge` after `maxSweeps` sweeps
 * @example jacobiEigen([[2, 1], [1, 2]]); // => {values: [3, 1], vectors: [[√½, √½], [√½, −√½]]}
 */
export function jacobiEigen(
  matrix: readonly (readonly number[])[],
  {tolerance = 1e-14, maxSweeps = 100}: {tolerance?: number; maxSweeps?: number} = {}
): Eigen {
  const n = matrix.length;
  if (n === 0) throw new Error("invalid matrix: empty");
  for (const [i, row] of matrix.entries()) {
    if (row.length !== n) throw new Error(`invalid matrix: row ${i} has ${row.length} entries, not ${n}`);
    for (const [j, x] of row.entries()) {
      if (!Number.isFinite(x)) throw new Error(`invalid matrix: entry (${i}, ${j}) is ${x}`);
      const y = matrix[j][i];
      if (Math.abs(x - y) > 1e-12 * (Math.abs(x) + Math.abs(y) + 1))
        throw new Error(`invalid matrix: not symmetric at (${i}, ${j}): ${x} vs ${y}`);
    }
  }
  const a = matrix.map((row) => [...row]);
  const v = Array.from({length: n}, (_, i) => Array.from({length: n}, (_, j): number => (i === j ? 1 : 0)));
  let norm = 0;
  for (const row of a) for (const x of row) norm += x * x;
  for (let sweep = 0; ; ++sweep) {
    let off = 0;
    for (let p = 0; p < n; ++p) for (let q = p + 1; q < n; ++q) off += 2 * a[p][q] * a[p][q];
    if (off <= tolerance * tolerance * norm) break;
    if (sweep === maxSweeps) throw new Error(`jacobiEigen did not converge in ${maxSweeps} sweeps`);
    for (let p = 0; p < n - 1; ++p)
      for (let q = p + 1; q < n; ++q) {
        if (a[p][q] === 0) continue;
        // sym.schur2: the rotation (c, s) that zeroes a[p][q]
        const tau = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = t * c;
        for (let k = 0; k < n; ++k) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; ++k) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; ++k) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
  }
  const order = Array.from({length: n}, (_, i) => i).sort((i, j) => a[j][j] - a[i][i] || i - j);
  return {
    values: order.map((i) => a[i][i]),
    vectors: order.map((i) => {
      const vector = v.map((row) => row[i]);
      const largest = vector.reduce((m, x, k) => (Math.abs(x) > Math.abs(vector[m]) ? k : m), 0);
      return vector[largest] < 0 ? vector.map((x) => -x) : vector;
    })
  };
}
