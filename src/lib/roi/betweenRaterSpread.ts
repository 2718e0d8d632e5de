/** How much deciders' approval rates differ beyond what chance alone would give. */
export interface RaterSpread {
  raters: number;
  decisions: number;
  /** Σ approvals / Σ decisions. */
  pooledRate: number;
  /** Sample standard deviation (n − 1) of the raters' approval rates. */
  observedSd: number;
  /** √(mean over raters of p(1 − p)/nᵢ), p the pooled rate: the spread chance alone gives. */
  chanceSd: number;
  /** √max(0, observedSd² − chanceSd²): the spread due to the deciders themselves. */
  betweenSd: number;
  minRate: number;
  maxRate: number;
}

/**
 * Method-of-moments estimate of the between-rater standard deviation of approval rates (the one-way
 * random-effects decomposition used for rater leniency and for DerSimonian–Laird τ²: observed variance of
 * the rates minus their expected binomial variance, floored at 0). When cases are dealt to raters at random,
 * betweenSd is how much the decision depends on who decides: 0 for a perfectly consistent process.
 *
 * @throws {Error} if fewer than two raters, or a rater has no decision or more approvals than decisions
 * @example
 * betweenRaterSpread([{decisions: 100, approvals: 30}, {decisions: 100, approvals: 70}]).betweenSd; // => ~0.2784 (√(0.08 − 0.0025))
 */
export function betweenRaterSpread(raters: readonly {decisions: number; approvals: number}[]): RaterSpread {
  if (raters.length < 2) throw new Error(`betweenRaterSpread requires at least 2 raters: ${raters.length}`);
  for (const r of raters)
    if (!(r.decisions > 0 && r.approvals >= 0 && r.approvals <= r.decisions))
      throw new Error(`invalid rater counts: ${r.approvals}/${r.decisions}`);
  const m = raters.length;
  const decisions = raters.reduce((a, r) => a + r.decisions, 0);
  const pooledRate = raters.reduce((a, r) => a + r.approvals, 0) / decisions;
  const rates = raters.map((r) => r.approvals / r.decisions);
  const mean = rates.reduce((a, b) => a + b, 0) / m;
  const observedVar = rates.reduce((a, p) => a + (p - mean) ** 2, 0) / (m - 1);
  const chanceVar = raters.reduce((a, r) => a + (pooledRate * (1 - pooledRate)) / r.decisions, 0) / m;
  return {
    raters: m,
    decisions,
    pooledRate,
    observedSd: Math.sqrt(observedVar),
    chanceSd: Math.sqrt(chanceVar),
    betweenSd: Math.sqrt(Math.max(0, observedVar - chanceVar)),
    minRate: Math.min(...rates),
    maxRate: Math.max(...rates)
  };
}
