import type {ReadinessCriteria, Workflow} from "./Readiness.js";

/** One criterion's verdict for a workflow: 1 met, 0.5 missed by at most the partial margin, 0 missed. */
export interface CriterionScore {
  criterion: "data quality" | "volume" | "latency" | "outcomes";
  score: 0 | 0.5 | 1;
  /** The workflow's value and the threshold it is held to, in words. */
  detail: string;
}

export interface ReadinessScore {
  name: string;
  criteria: CriterionScore[];
  /** Mean of the criterion scores, 0 to 1. */
  readiness: number;
  impact: number;
  risk: Workflow["risk"];
  decisionsPerDay: number;
  /** The matrix quadrant: readiness ≥ 0.75 and impact ≥ 3 "automate now"; impact ≥ 3 "fix the data first"; readiness ≥ 0.75 "quick win"; else "defer". */
  quadrant: "automate now" | "fix the data first" | "quick win" | "defer";
  /** What to do, with the high-risk caveat: a human reviews every decision the model is unsure of. */
  recommendation: string;
}

/**
 * Scores a candidate workflow for automation against the criteria. Each criterion is met (1), partial (0.5,
 * missed by no more than `partialMargin` relative to its threshold) or missed (0):
 * - data quality: completeness ≥ minCompleteness and error rate ≤ maxErrorRate (the worse of the two counts);
 * - volume: decisions per day ≥ minDecisionsPerDay;
 * - latency: the platform's p95 (serviceP95Ms) ≤ the workflow's latency need;
 * - outcomes: label lag ≤ maxLabelLagDays (no outcome ever observed: missed).
 * Readiness is the mean; the quadrant splits readiness at 0.75 and impact at 3 (of 5).
 *
 * @example scoreReadiness(workflow, criteria).quadrant // => "automate now"
 */
export function scoreReadiness(w: Workflow, c: ReadinessCriteria): ReadinessScore {
  const m = c.partialMargin;
  // atLeast: value should be ≥ threshold; atMost: ≤ threshold. Partial within the relative margin.
  const atLeast = (value: number, threshold: number): 0 | 0.5 | 1 =>
    value >= threshold ? 1 : value >= threshold * (1 - m) ? 0.5 : 0;
  const atMost = (value: number, threshold: number): 0 | 0.5 | 1 =>
    value <= threshold ? 1 : value <= threshold * (1 + m) ? 0.5 : 0;
  const pct = (x: number) => `${(100 * x).toFixed(x < 0.01 ? 2 : 1)}%`;
  const quality = Math.min(
    atLeast(w.profile.completeness, c.minCompleteness),
    atMost(w.profile.errorRate, c.maxErrorRate)
  ) as 0 | 0.5 | 1;
  const lag = w.profile.labelLagDays;
  const criteria: CriterionScore[] = [
    {
      criterion: "data quality",
      score: quality,
      detail: `completeness ${pct(w.profile.completeness)} (min ${pct(c.minCompleteness)}), errors ${pct(w.profile.errorRate)} (max ${pct(c.maxErrorRate)})`
    },
    {
      criterion: "volume",
      score: atLeast(w.decisionsPerDay, c.minDecisionsPerDay),
      detail: `${w.decisionsPerDay} decisions/day (min ${c.minDecisionsPerDay})`
    },
    {
      criterion: "latency",
      score: atLeast(w.latencyNeedMs, c.serviceP95Ms),
      detail: `needs an answer within ${w.latencyNeedMs} ms; platform p95 ${c.serviceP95Ms} ms`
    },
    {
      criterion: "outcomes",
      score: lag === null ? 0 : atMost(lag, c.maxLabelLagDays),
      detail: lag === null ? "no outcome is ever observed" : `outcomes after ${lag} days (max ${c.maxLabelLagDays})`
    }
  ];
  const readiness = criteria.reduce((s, x) => s + x.score, 0) / criteria.length;
  const ready = readiness >= 0.75;
  const valuable = w.impact >= 3;
  const quadrant = ready && valuable ? "automate now" : valuable ? "fix the data first" : ready ? "quick win" : "defer";
  const gaps = criteria.filter((x) => x.score < 1).map((x) => x.criterion);
  const action = {
    "automate now": "automate",
    "fix the data first": `fix ${gaps.join(", ")} before automating`,
    "quick win": "automate when capacity allows",
    defer: "defer"
  }[quadrant];
  const caveat = w.risk === "high" && quadrant !== "defer" ? "; high risk: keep human review of uncertain cases" : "";
  return {
    name: w.name,
    criteria,
    readiness,
    impact: w.impact,
    risk: w.risk,
    decisionsPerDay: w.decisionsPerDay,
    quadrant,
    recommendation: action + caveat
  };
}
