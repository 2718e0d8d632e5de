import type {ScoreDirection} from "../../src/lib/fairness/confusionCurve.js";

/**
 * What a fairness review counts, over one relation (a table, view or file read) with one row per decision.
 *
 * - A **positive prediction** is either `score ≥ threshold` (direction "higher") / `score < threshold` ("lower"),
 *   or `decision = decisionPositive`. Rows whose score or decision is null are excluded (counted in `excluded`).
 * - A **positive label** is `label = positive`; a null label is unknown (the row counts in the selection rate
 *   only). String values are trimmed before comparison and grouping.
 * - Groups are the values of `group` (several columns = their intersection, joined by " × "; a null value is
 *   the group "(missing)").
 */
export interface FairnessSpec {
  label: string;
  /** The label value that is positive, as text: default "true" for a BOOLEAN label, "1" for a numeric one. */
  positive?: string;
  prediction:
    | {kind: "score"; column: string; threshold: number; direction: ScoreDirection}
    | {kind: "decision"; column: string; positive?: string};
  group: string[];
  /** A score column for ROC AUC and average precision when the prediction is a decision (default: none). */
  score?: {column: string; direction: ScoreDirection};
  /** Probability column for Brier score and log loss: of the positive label, or of the negative one. */
  probability?: {column: string; of: "positive" | "negative"};
  /** Per-window series: the time column and the window (date_trunc part). */
  window?: {column: string; unit: "day" | "week" | "month" | "quarter" | "year"};
  /** An SQL predicate restricting the rows (built by the caller from known columns, never user text). */
  where?: string;
}
