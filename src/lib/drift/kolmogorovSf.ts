import {durbinMatrixCdf} from "./durbinMatrixCdf.js";
import {pelzGoodCdf} from "./pelzGoodCdf.js";
import {smirnovSf} from "./smirnovSf.js";

/**
 * Survival function P(Dₙ ≥ x) of the two-sided one-sample Kolmogorov–Smirnov statistic: scipy.stats.kstwo.sf(x, n),
 * which ks_2samp's asymptotic method evaluates at n = round(n1·n2 / (n1 + n2)). The method per region follows
 * Simard & L'Ecuyer (2011, J. Stat. Softw. 39(11)) exactly as scipy 1.17's `_kolmogn(cdf=False)` selects it:
 *
 * - nx ≤ 1/2: 1; nx ≤ 1: 1 − n!/nⁿ (2nx − 1)ⁿ (Ruben–Gambino); nx ≥ n − 1: 2(1 − x)ⁿ; x ≥ 1/2: 2·smirnovSf(n, x).
 * - n ≤ 140: nx² ≤ 4 → 1 − durbinMatrixCdf (scipy uses Pomeranz's recursion for 0.754693 < nx² ≤ 4: both exact),
 *   else 2·smirnovSf (Miller's approximation, the one-sided tail doubled).
 * - n > 140: nx² ≥ 370 → 0; nx² ≥ 2.2 → 2·smirnovSf; else 1 − CDF with the CDF by durbinMatrixCdf when
 *   n ≤ 10⁵ and n·x^1.5 ≤ 1.4, by pelzGoodCdf otherwise.
 *
 * @throws {Error} if n is not a positive integer
 * @example kolmogorovSf(100, 0.15); // => scipy.stats.kstwo.sf(0.15, 100) = 0.019… (to ~1e-12)
 */
export function kolmogorovSf(n: number, x: number): number {
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`invalid sample size: ${n}`);
  if (Number.isNaN(x)) throw new Error(`invalid KS statistic: ${x}`);
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; ++i) cdf *= (i / n) * (2 * t - 1);
    } else cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clip(1 - cdf);
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 4) return clip(1 - durbinMatrixCdf(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip(2 * smirnovSf(n, x));
  const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clip(1 - cdf);
}

function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}

/** ln(n!/nⁿ) by Stirling's series with the n ln n term removed up front (scipy `_log_nfactorial_div_n_pow_n`). */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}

/** Bernoulli-number coefficients B₂ⱼ / (2j(2j − 1)), j = 8 … 1, as doubles. */
const STIRLING = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417, -0.0005952380952380953,
  0.0007936507936507937, -0.002777777777777778, 0.08333333333333333
];
