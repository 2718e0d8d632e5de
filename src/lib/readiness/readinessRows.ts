import type {CriterionScore, ReadinessScore} from "./scoreReadiness.js";

/** One row of the readiness page's table: short cells only; the reasons are in `readinessReasons`. */
export interface ReadinessRow {
  workflow: string;
  quadrant: ReadinessScore["quadrant"];
  readiness: number;
  impact: number;
  risk: ReadinessScore["risk"];
  "decisions/day": number;
  "data quality": string;
  volume: string;
  latency: string;
  outcomes: string;
}

/** A criterion's verdict in one word with its mark: "✓ met", "~ partial", "✗ missed". */
export function verdictWord(score: CriterionScore["score"]): string {
  return score === 1 ? "✓ met" : score === 0.5 ? "~ partial" : "✗ missed";
}

/**
 * The readiness page's table: one row per workflow with its quadrant, readiness, impact, risk, volume and one
 * short verdict per criterion (the reasons would overflow a table cell: `readinessReasons` lists them).
 * @example readinessRows(report.workflows.map((w) => w.score))[0]["data quality"] // => "✓ met"
 */
export function readinessRows(scores: readonly ReadinessScore[]): ReadinessRow[] {
  return scores.map((s) => {
    const verdict = (name: CriterionScore["criterion"]) =>
      verdictWord(s.criteria.find((c) => c.criterion === name)?.score ?? 0);
    return {
      workflow: s.name,
      quadrant: s.quadrant,
      readiness: s.readiness,
      impact: s.impact,
      risk: s.risk,
      "decisions/day": s.decisionsPerDay,
      "data quality": verdict("data quality"),
      volume: verdict("volume"),
      latency: verdict("latency"),
      outcomes: verdict("outcomes")
    };
  });
}
