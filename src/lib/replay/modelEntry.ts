import type {DecisionPolicy} from "./decide.js";

/** A dated status change of a model version and who approved it. */
export interface StatusChange {
  status: ModelStatus;
  date: string;
  approver: string;
  note?: string;
}

export type ModelStatus = "candidate" | "shadow" | "production" | "retired";

/** Classification metrics on a labelled hold-out sample (null where undefined, e.g. no predicted positives). */
export interface ValidationMetrics {
  rows: number;
  window: {from: string; to: string};
  roc_auc: number;
  brier: number;
  log_loss: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  by_group?: Record<string, unknown>;
}

/**
 * One model version in models/registry.json, exactly the shape models/registry.schema.json describes
 * (snake_case as stored). Dates are YYYY-MM-DD (UTC). The decision block is a DecisionPolicy plus the dated
 * threshold changes (see policyAt).
 */
export interface ModelEntry {
  name: string;
  version: string;
  system: string;
  type: "logistic_regression" | "gbdt";
  status: ModelStatus;
  status_history: StatusChange[];
  owner: string;
  purpose: string;
  limitations?: string;
  training: {
    window: {from: string; to: string};
    rows: number;
    seed: number;
    positive_share: number;
    algorithm: string;
    options?: Record<string, unknown>;
    data_notes?: string;
  };
  features: string[];
  input: {name: string; dtype: "float32"};
  output: {name: string; meaning: string};
  decision: DecisionPolicy & {threshold_changes: {from: string; threshold: number}[]};
  onnx: {file: string; sha256: string; bytes: number; ir_version: number; opsets: Record<string, number>};
  metrics: {validation: ValidationMetrics};
}

/** The registry file: every model version. */
export interface Registry {
  models: ModelEntry[];
}
