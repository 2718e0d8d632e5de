/**
 * The CDF P(Dₙ ≤ d) of the two-sided one-sample Kolmogorov–Smirnov statistic by Durbin's (1968) matrix
 * formula in the form of Marsaglia, Tsang & Wang (2003, J. Stat. Softw. 8(18)): write nd = k − h with k a positive
 * integer and 0 ≤ h < 1, build the m × m matrix H (m = 2k − 1), and P = n!/nⁿ · (Hⁿ)[k−1][k−1], the power taken by
 * repeated squaring with binary exponents tracked separately to avoid overflow. Exact up to rounding.
 * Cost O(m³ log n): cheap for the small nd where scipy's `kstwo` uses it (nd² ≤ 0.75 or n ≤ 140).
 *
 * @throws {Error} if n is not a positive integer or d is not in [0, 1]
 * @example durbinMatrixCdf(10, 0.274); // => 0.6284796154565043 (scipy.stats.kstwo.cdf(0.274, 10))
 */
export function durbinMatrixCdf(n: number, d: number): number {
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`invalid sample size: ${n}`);
  if (!(d >= 0 && d <= 1)) throw new Error(`invalid KS statistic: ${d}`);
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; ++j) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  v[m - 1] = (1 + Math.max(2 * h - 1, 0) ** m - 2 * h ** m) * fac;
  let H: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; ++i) for (let r = i - 1; r < m; ++r) H[r * m + i] = w[r - i + 1];
  for (let r = 0; r < m; ++r) H[r * m] = v[r];
  for (let c = 0; c < m; ++c) H[(m - 1) * m + c] = v[m - 1 - c];
  let power: Float64Array = identity(m);
  let exponent = 0;
  let hExponent = 0;
  for (let e = n; e > 0; e = Math.floor(e / 2)) {
    if (e % 2) {
      power = multiply(power, H, m);
      exponent += hExponent;
    }
    H = multiply(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + k - 1]) > SCALE) {
      for (let i = 0; i < H.length; ++i) H[i] /= SCALE;
      hExponent += SCALE_BITS;
    }
  }
  let p = power[(k - 1) * m + k - 1];
  for (let i = 1; i <= n; ++i) {
    p = (i * p) / n;
    if (Math.abs(p) < 1 / SCALE) {
      p *= SCALE;
      exponent -= SCALE_BITS;
    }
  }
  if (exponent !== 0) {
    const half = Math.trunc(exponent / 2);
    p = p * 2 ** half * 2 ** (exponent - half);
  }
  return Math.min(1, Math.max(0, p));
}

const SCALE_BITS = 128;
const SCALE = 2 ** SCALE_BITS;

function identity(m: number): Float64Array {
  const a = new Float64Array(m * m);
  for (let i = 0; i < m; ++i) a[i * m + i] = 1;
  return a;
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const c = new Float64Array(m * m);
  for (let i = 0; i < m; ++i)
    for (let l = 0; l < m; ++l) {
      const x = a[i * m + l];
      if (x === 0) continue;
      for (let j = 0; j < m; ++j) c[i * m + j] += x * b[l * m + j];
    }
  return c;
}
