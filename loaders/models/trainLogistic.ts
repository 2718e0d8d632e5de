import type {LogisticModel} from "../../src/lib/replay/logisticScore.js";

/** Options of trainLogistic. */
export interface LogisticOptions {
  /** Ridge penalty λ on the standardised coefficients (not the intercept); 0 gives the plain MLE. */
  l2?: number;
  maxIterations?: number;
  /** Stop when the largest Newton step on the standardised scale is below this. */
  tolerance?: number;
}

/** A fitted logistic regression with how the fit went. */
export interface LogisticFit extends LogisticModel {
  iterations: number;
  converged: boolean;
}

/**
 * Fits a binary logistic regression by Newton's method (iteratively reweighted least squares): features are
 * standardised (mean 0, sd 1; constant columns get coefficient 0), the penalised log-likelihood
 * ℓ(β) − λ/2·‖β₁…ₖ‖² is maximised with Newton steps β ← β − H⁻¹∇ solved by Cholesky, and the coefficients are
 * mapped back to the raw feature scale (w_j = β_j / sd_j, b = β₀ − Σ β_j·mean_j / sd_j). With λ = 0 this is
 * the maximum-likelihood fit of R's glm(family = binomial) and statsmodels' Logit. O(iterations · n · k²).
 *
 * @param features row-major float32 matrix, n rows × k columns
 * @param labels n labels, 0 or 1
 * @throws {Error} on a length mismatch, a label other than 0/1, or a singular Hessian (e.g. separable data
 *   with λ = 0)
 * @example
 * trainLogistic(Float32Array.of(0, 1, 2, 3), Uint8Array.of(0, 1, 0, 1), 1); // => {weights: [0.90818…], bias: −1.36227…}
 */
export function trainLogistic(
  features: Float32Array,
  labels: ArrayLike<number>,
  k: number,
  {l2 = 0, maxIterations = 100, tolerance = 1e-10}: LogisticOptions = {}
): LogisticFit {
  const n = labels.length;
  if (!(k > 0) || features.length !== n * k)
    throw new Error(`invalid feature length: ${features.length} for ${n}×${k}`);
  for (let i = 0; i < n; ++i) if (labels[i] !== 0 && labels[i] !== 1) throw new Error(`invalid label: ${labels[i]}`);
  const mean = new Float64Array(k);
  const sd = new Float64Array(k);
  for (let i = 0; i < n; ++i) for (let j = 0; j < k; ++j) mean[j] += features[i * k + j];
  for (let j = 0; j < k; ++j) mean[j] /= n;
  for (let i = 0; i < n; ++i) for (let j = 0; j < k; ++j) sd[j] += (features[i * k + j] - mean[j]) ** 2;
  for (let j = 0; j < k; ++j) {
    sd[j] = Math.sqrt(sd[j] / n);
    if (!(sd[j] > 1e-9 * Math.max(1, Math.abs(mean[j])))) sd[j] = 0;
  }
  const m = k + 1; // intercept first
  const z = new Float64Array(m);
  const beta = new Float64Array(m);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    ++iterations;
    const grad = new Float64Array(m);
    const hess = new Float64Array(m * m);
    for (let i = 0; i < n; ++i) {
      z[0] = 1;
      for (let j = 0; j < k; ++j) z[j + 1] = sd[j] > 0 ? (features[i * k + j] - mean[j]) / sd[j] : 0;
      let eta = 0;
      for (let a = 0; a < m; ++a) eta += beta[a] * z[a];
      const p = 1 / (1 + Math.exp(-eta));
      const w = p * (1 - p);
      const r = p - labels[i];
      for (let a = 0; a < m; ++a) {
        grad[a] += r * z[a];
        const wa = w * z[a];
        for (let b = 0; b <= a; ++b) hess[a * m + b] += wa * z[b];
      }
    }
    for (let a = 1; a < m; ++a) {
      grad[a] += l2 * beta[a];
      hess[a * m + a] += l2 + (sd[a - 1] > 0 ? 0 : 1);
    }
    const step = choleskySolve(hess, grad, m);
    let largest = 0;
    for (let a = 0; a < m; ++a) {
      beta[a] -= step[a];
      largest = Math.max(largest, Math.abs(step[a]));
    }
    converged = largest < tolerance;
  }
  const weights = Array.from(mean, (_, j) => (sd[j] > 0 ? beta[j + 1] / sd[j] : 0));
  const bias = beta[0] - weights.reduce((s, w, j) => s + w * mean[j], 0);
  return {weights, bias, iterations, converged};
}

/** Solves A x = b for a symmetric positive-definite A given by its lower triangle (row-major m×m). */
function choleskySolve(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const l = new Float64Array(m * m);
  for (let i = 0; i < m; ++i) {
    for (let j = 0; j <= i; ++j) {
      let s = a[i * m + j];
      for (let p = 0; p < j; ++p) s -= l[i * m + p] * l[j * m + p];
      if (i === j) {
        if (!(s > 0)) throw new Error(`singular Hessian at column ${i}`);
        l[i * m + i] = Math.sqrt(s);
      } else l[i * m + j] = s / l[j * m + j];
    }
  }
  const y = new Float64Array(m);
  for (let i = 0; i < m; ++i) {
    let s = b[i];
    for (let p = 0; p < i; ++p) s -= l[i * m + p] * y[p];
    y[i] = s / l[i * m + i];
  }
  const x = new Float64Array(m);
  for (let i = m - 1; i >= 0; --i) {
    let s = y[i];
    for (let p = i + 1; p < m; ++p) s -= l[p * m + i] * x[p];
    x[i] = s / l[i * m + i];
  }
  return x;
}
