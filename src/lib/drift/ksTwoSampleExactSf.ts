/**
 * Exact two-sided p-value P(D ≥ d) of the two-sample Kolmogorov–Smirnov statistic under H0 (continuous data,
 * no ties), for sample sizes n1, n2, as scipy.stats.ks_2samp(method="exact") computes it (scipy 1.17,
 * `_attempt_exact_2kssamp`):
 *
 * - d is first snapped to the lattice: h = round(d · lcm(n1, n2)), d = h / lcm; h = 0 gives p = 1.
 * - n1 = n2 = n: P = 2 Σₖ (−1)^(k+1) C(2n, n − kh) / C(2n, n), evaluated as a Horner-like product of ratios
 *   (Gnedenko–Korolyuk), as scipy's `_compute_prob_outside_square`.
 * - n1 ≠ n2: Hodges' (1958) "inside method" over lattice paths from (0, 0) to (m, n), m ≥ n, one sliding column
 *   at a time, with Viehmann's (2021, arXiv:2102.08037) recursion that carries 1 − P directly in normalised
 *   form (no large binomials), as scipy's `_compute_outer_prob_inside_method`.
 *
 * Cost O(n) for equal sizes, O(m · band) otherwise (band ≈ 2·d·n ≤ n): 10⁴ × 10⁴ takes well under a second.
 * Returns `null` if the computation is not a valid probability (scipy then falls back to the asymptotic method).
 *
 * @throws {Error} if n1 or n2 is not a positive integer or d is outside [0, 1]
 * @example ksTwoSampleExactSf(3, 3, 1); // => {d: 1, pvalue: 0.1}  (2 / C(6, 3))
 */
export function ksTwoSampleExactSf(n1: number, n2: number, d: number): {d: number; pvalue: number} | null {
  if (!Number.isSafeInteger(n1) || n1 <= 0) throw new Error(`invalid sample size: ${n1}`);
  if (!Number.isSafeInteger(n2) || n2 <= 0) throw new Error(`invalid sample size: ${n2}`);
  if (!(d >= 0 && d <= 1)) throw new Error(`invalid KS statistic: ${d}`);
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = Math.round(d * lcm);
  const snapped = h / lcm;
  if (h === 0) return {d: snapped, pvalue: 1};
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
  if (!(p >= 0 && p <= 1)) return null;
  return {d: snapped, pvalue: p};
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** P(D_{n,n} ≥ h/n) = 2 (A0 (1 − A1 (1 − A2 (1 − …)))), Ak = C(2n, n − (k+1)h) / C(2n, n − kh). */
function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; --k) {
    let p1 = 1;
    for (let j = 0; j < h; ++j) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}

/** Share of lattice paths from (0,0) to (m,n) that touch |x/m − y/n| ≥ h/lcm, carried column by column. */
function outerProbInside(n1: number, n2: number, g: number, h: number): number {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; ++i) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; ++jj) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1];
}
