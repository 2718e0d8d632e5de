/** The readiness assessment file (data/readiness.yaml) as parseReadiness returns it. */
export interface ReadinessCriteria {
  /** Data quality: share of required fields present, and share of records unusable. */
  minCompleteness: number;
  maxErrorRate: number;
  /** Enough decisions a day to be worth automating and to monitor statistically. */
  minDecisionsPerDay: number;
  /** What the decision platform delivers (p95, ms): a workflow needing an answer faster than this fails. */
  serviceP95Ms: number;
  /** Outcomes (labels) must arrive within this many days to train and monitor a model. */
  maxLabelLagDays: number;
  /** A value within this relative margin on the wrong side of a threshold scores partial (0.5) instead of 0. */
  partialMargin: number;
}

export type Risk = "low" | "medium" | "high";

/** A candidate decision workflow and the profile of its data. */
export interface Workflow {
  name: string;
  description: string;
  decisionsPerDay: number;
  /** The slowest acceptable answer, ms. */
  latencyNeedMs: number;
  risk: Risk;
  /** Business impact of automating it, 1 (little) to 5 (large). */
  impact: number;
  dataSources: string[];
  profile: {completeness: number; errorRate: number; labelLagDays: number | null};
}

export interface ReadinessFile {
  criteria: ReadinessCriteria;
  workflows: Workflow[];
}
