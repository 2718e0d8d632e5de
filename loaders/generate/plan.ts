/**
 * Every planted finding's dates, segments and magnitudes, in one place: the generator reads them from here
 * and manifest.json and the README copy them. Days are 0-based from 2026-01-01 (see calendar.ts) and
 * ranges are inclusive.
 */
export const PLAN = {
  "credit-line": {
    /** Finding 1: days 0–29 are decided by hand (decision_source human, no model, no score). */
    manualUntilDay: 30,
    /** Approve when score (PD) < threshold; refer to review when |score − threshold| < referBand. */
    threshold: 0.2,
    referBand: 0.05,
    /** confidence_band: low when |score − threshold| < referBand, medium when < mediumBand, else high. */
    mediumBand: 0.15,
    /** Business rule: decline regardless of score (decision_source rule). */
    ruleMinDelinquencies: 6,
    /** Finding 2: a new partner brings lower-income, higher-utilisation applicants on days 120–149. */
    drift: {fromDay: 120, toDay: 149, newPartnerShare: 0.55, logIncomeShift: -0.6, utilizationLogitShift: 0.8},
    /** Finding 3: credit-lr carries this extra log-odds on region=south, a proxy for ethnicity group_c. */
    southPenalty: 2.0,
    /** Finding 4: model service outage (fallback) on days 140–142, and latency up 40 % from day 160. */
    outage: {fromDay: 140, toDay: 142, fallbackRate: 0.35},
    baseFallbackRate: 0.004,
    latencyStep: {fromDay: 160, factor: 1.4},
    /**
     * Finding 5: the shadow model runs from day 100. It cannot rank retired applicants (75 % of age band 65+):
     * a flaw the model carries itself (see scorers.ts), so logged shadow scores replay exactly.
     */
    shadowFromDay: 100,
    shadowWeakSegment: {ageBand: "65+", employmentType: "retired"}
  },
  "fraud-screen": {
    /** Finding 1 (fraud): automated from day 0, no manual baseline. */
    manualUntilDay: 0,
    /** Finding 4: flag when score ≥ threshold; the threshold drops from 0.50 to 0.42 on day 75. */
    threshold: 0.5,
    thresholdStep: {fromDay: 75, threshold: 0.42},
    /** Flags within mediumBand of the threshold go to analyst review (no refer decision here). */
    referBand: 0.05,
    mediumBand: 0.15,
    ruleMinFailedLogins: 3,
    /** Finding 2: crypto and gaming surge on days 100–130. */
    drift: {fromDay: 100, toDay: 130, shares: {crypto: 0.12, gaming: 0.14}},
    baseFallbackRate: 0.003,
    shadowFromDay: 90
  },
  /** Outcomes arrive uniformly 30–90 days after the decision; this share never arrives. */
  outcomes: {minDelayDays: 30, maxDelayDays: 90, neverObserved: 0.08}
} as const;
