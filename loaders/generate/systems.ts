import {
  CREDIT_LINE_FEATURES,
  FRAUD_SCREEN_FEATURES,
  SYSTEM_NAMES,
  type FeatureSpec,
  type SystemName
} from "../models/featureSpec.js";

export {SYSTEM_NAMES, type SystemName};

/**
 * The two sample decision systems, their column order (exactly the order of the decisions and outcomes
 * objects in data/contracts/<system>.odcs.yaml, checked by test/loaders/generate/contract.test.ts) and their
 * decision vocabulary. Scores are probabilities of the bad outcome (default, fraud): the positive
 * (favourable) decision is taken when score < threshold.
 */
export interface SystemInfo {
  name: SystemName;
  /** decision_id is `${idPrefix}-` and 8 digits. */
  idPrefix: string;
  /** Share of the requested rows. */
  share: number;
  positive: string;
  negative: string;
  /** Credit refers cases near the threshold to review (decision "refer"); fraud-screen has no refer. */
  refer: string | null;
  decisionColumns: readonly string[];
  outcomeColumns: readonly string[];
  labelColumn: string;
  contract: string;
}

const SHARED_HEAD = ["decision_id", "system", "decided_at", "model_name", "model_version"];
const PROTECTED = ["sex", "age_band", "ethnicity"];
/** The decision columns after the features and protected attributes, in contract order (decide fills them). */
export const DECISION_TAIL = [
  "score",
  "threshold",
  "decision",
  "decision_source",
  "confidence_band",
  "routed_to_review",
  "reviewer_id",
  "review_decision",
  "review_seconds",
  "overridden",
  "final_decision",
  "shadow_model_name",
  "shadow_model_version",
  "shadow_score",
  "shadow_decision",
  "latency_ms"
] as const;

function featureColumns(spec: FeatureSpec): string[] {
  return [...spec.numeric, ...spec.categorical.map((c) => c.name)];
}

export const SYSTEMS: Readonly<Record<SystemName, SystemInfo>> = {
  "credit-line": {
    name: "credit-line",
    idPrefix: "CL",
    share: 0.6,
    positive: "approve",
    negative: "decline",
    refer: "refer",
    decisionColumns: [
      ...SHARED_HEAD,
      ...featureColumns(CREDIT_LINE_FEATURES),
      ...PROTECTED,
      ...DECISION_TAIL,
      "applicant_name",
      "applicant_email"
    ],
    outcomeColumns: ["decision_id", "observed_at", "defaulted"],
    labelColumn: "defaulted",
    contract: "data/contracts/credit-line.odcs.yaml"
  },
  "fraud-screen": {
    name: "fraud-screen",
    idPrefix: "FS",
    share: 0.4,
    positive: "pass",
    negative: "flag",
    refer: null,
    decisionColumns: [
      ...SHARED_HEAD,
      ...featureColumns(FRAUD_SCREEN_FEATURES),
      ...PROTECTED,
      ...DECISION_TAIL,
      "customer_name",
      "customer_email"
    ],
    outcomeColumns: ["decision_id", "observed_at", "confirmed_fraud"],
    labelColumn: "confirmed_fraud",
    contract: "data/contracts/fraud-screen.odcs.yaml"
  }
};

/** A decision or applicant row keyed by contract column name; null is a missing value. */
export type Row = Record<string, string | number | boolean | null>;
