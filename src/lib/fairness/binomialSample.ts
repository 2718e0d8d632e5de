/**
 * One draw from Binomial(n, p) using the uniform generator `random`.
 * For n · min(p, 1 − p) < 10 by inversion (sequential search from 0, Kachitvichyanukul & Schmeiser's BINV);
 * otherwise by Hörmann's transformed rejection with squeeze, BTRS (W. Hörmann, "The generation of binomial
 * random variates", J. Stat. Comput. Simul. 46, 1993), as in TensorFlow's random_binomial. Expected O(1) time
 * for any n, so a bootstrap over a million rows costs a few draws per group and resample.
 * @throws {Error} if n is not a non-negative integer or p is not in [0, 1]
 * @example
 * binomialSample(1000, 0.3, mulberry32(1)); // => an integer near 300
 */
export function binomialSample(n: number, p: number, random: () => number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`invalid n: ${n}`);
  if (!(p >= 0 && p <= 1)) throw new Error(`invalid p: ${p}`);
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  if (p > 0.5) return n - binomialSample(n, 1 - p, random);
  return n * p < 10 ? inversion(n, p, random) : btrs(n, p, random);
}

function inversion(n: number, p: number, random: () => number): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  const r0 = Math.exp(n * Math.log1p(-p));
  while (true) {
    let r = r0;
    let u = random();
    let x = 0;
    while (u > r) {
      u -= r;
      ++x;
      if (x > n) break;
      r *= a / x - s;
    }
    if (x <= n) return x;
  }
}

// log(k!) − [(k + ½) log(k + 1) − (k + 1) + ½ log 2π], the Stirling series remainder (table checked with lgamma)
const STIRLING_TAIL = [
  0.08106146679532733, 0.04134069595540946, 0.027677925684997717, 0.02079067210376584, 0.01664469118982126,
  0.013876128823072875, 0.011896709945893313, 0.010411265261973668, 0.00925546218270945, 0.008330563433359472
];

function stirlingTail(k: number): number {
  if (k <= 9) return STIRLING_TAIL[k];
  const kp1sq = (k + 1) * (k + 1);
  return (1 / 12 - (1 / 360 - 1 / 1260 / kp1sq) / kp1sq) / (k + 1);
}

function btrs(n: number, p: number, random: () => number): number {
  const spq = Math.sqrt(n * p * (1 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const r = p / (1 - p);
  const alpha = (2.83 + 5.1 / b) * spq;
  const m = Math.floor((n + 1) * p);
  while (true) {
    const u = random() - 0.5;
    let v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    const bound =
      (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1))) +
      (n + 1) * Math.log((n - m + 1) / (n - k + 1)) +
      (k + 0.5) * Math.log((r * (n - k + 1)) / (k + 1)) +
      stirlingTail(m) +
      stirlingTail(n - m) -
      stirlingTail(k) -
      stirlingTail(n - k);
    if (v <= bound) return k;
  }
}
