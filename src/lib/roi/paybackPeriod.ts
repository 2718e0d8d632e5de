/** When the investment is recovered: `days` after go-live (fractional), measured or projected. */
export interface Payback {
  /** Days from go-live, or null when the recent benefit is not positive (no payback at the current rate). */
  days: number | null;
  /** True when the cumulative benefit in the data already covers the investment. */
  reached: boolean;
}

/**
 * Payback period of a one-off `investment` from the benefit of each day since go-live (`dailyBenefit[i]` is
 * day i + 1). With C_k the cumulative benefit after k days, it is the first k with C_k ≥ investment, interpolated
 * linearly within that day: `k − 1 + (investment − C_{k−1}) / dailyBenefit[k−1]` (the standard, undiscounted
 * payback period: Brealey, Myers & Allen, Principles of Corporate Finance, ch. 5). If the data end before
 * that, it is projected at the mean daily benefit r of the last `recentDays` days: `n + (investment − C_n) / r`,
 * with `reached` false; null when r ≤ 0. An investment of 0 pays back at day 0.
 *
 * @throws {Error} if dailyBenefit is empty or holds a non-finite value, investment is negative or not finite,
 *   or recentDays is not a positive integer
 * @example
 * paybackPeriod([10, 10, 10], 15); // => {days: 1.5, reached: true}
 * paybackPeriod([10, 10], 50); // => {days: 5, reached: false}
 */
export function paybackPeriod(dailyBenefit: readonly number[], investment: number, recentDays = 28): Payback {
  if (dailyBenefit.length === 0) throw new Error("paybackPeriod requires at least one day");
  if (!(investment >= 0 && Number.isFinite(investment))) throw new Error(`invalid investment: ${investment}`);
  if (!Number.isSafeInteger(recentDays) || recentDays < 1) throw new Error(`invalid recentDays: ${recentDays}`);
  if (investment === 0) return {days: 0, reached: true};
  let cumulative = 0;
  for (let i = 0; i < dailyBenefit.length; ++i) {
    const b = dailyBenefit[i];
    if (!Number.isFinite(b)) throw new Error(`invalid benefit: ${b}`);
    if (cumulative + b >= investment) return {days: i + (investment - cumulative) / b, reached: true};
    cumulative += b;
  }
  const recent = dailyBenefit.slice(-recentDays);
  const rate = recent.reduce((a, b) => a + b, 0) / recent.length;
  return {days: rate > 0 ? dailyBenefit.length + (investment - cumulative) / rate : null, reached: false};
}
