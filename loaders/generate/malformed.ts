import type {Row, SystemName} from "./systems.js";

/** Why the ingest must quarantine a planted row, in the terms of the contract conventions. */
export type MalformedReason = "type" | "range" | "enum" | "required" | "unique" | "pattern" | "rule" | "columns";

/** One planted malformed row (finding 6): what is wrong with it and where it goes. */
export interface MalformedSpec {
  kind: string;
  /** Inserted in the middle of this day's rows (after ⌊k/2⌋ of its k rows). */
  day: number;
  field: string;
  reason: MalformedReason;
  /** The schema-level quality rule it breaks, for reason "rule". */
  check?: string;
  description: string;
  /** The base row must satisfy this (so the row has exactly one defect); drawn again until it does. */
  needs?: (row: Row) => boolean;
  /** Makes the defect. The value written is row[field] afterwards (short_row is cut when written). */
  corrupt: (row: Row, previousId: string | null) => void;
}

const reviewed = (row: Row) => row.routed_to_review === true;
const scored = (row: Row) => row.decision_source === "model";

/**
 * The fixed list of malformed rows planted in each system's decision files, one defect each. The generator
 * draws a well-formed row (with its own rng stream, so the rest of the sample does not depend on this list),
 * applies `corrupt`, and writes it without an outcome; manifest.json records file, line and decision_id.
 * short_row drops the last 3 fields in CSV and, in JSON Lines, is the record cut off mid-object.
 */
export const MALFORMED: Readonly<Record<SystemName, readonly MalformedSpec[]>> = {
  "credit-line": [
    spec("non_numeric", 35, "income", "type", "income is not a number", (r) => (r.income = "n/a")),
    spec(
      "negative_amount",
      41,
      "requested_limit",
      "range",
      "negative requested limit",
      (r) => (r.requested_limit = -2500)
    ),
    {
      ...spec(
        "unknown_decision",
        48,
        "decision",
        "enum",
        "decision value outside approve/decline/refer",
        (r) => (r.decision = "maybe")
      ),
      needs: reviewed
    },
    spec("missing_id", 56, "decision_id", "required", "decision_id is empty", (r) => (r.decision_id = null)),
    spec(
      "duplicate_id",
      63,
      "decision_id",
      "unique",
      "repeats the decision_id of the row before it",
      (r, prev) => (r.decision_id = prev)
    ),
    {...spec("score_out_of_range", 71, "score", "range", "score above 1", (r) => (r.score = 1.37)), needs: scored},
    spec(
      "bad_timestamp",
      84,
      "decided_at",
      "type",
      "decided_at is not a timestamp",
      (r) => (r.decided_at = `${String(r.decided_at).slice(0, 10)} 25:61:00`)
    ),
    spec(
      "bad_email",
      93,
      "applicant_email",
      "pattern",
      "email without @",
      (r) => (r.applicant_email = String(r.applicant_email).replace("@", "."))
    ),
    spec(
      "unknown_level",
      105,
      "region",
      "enum",
      "region outside the contract's values",
      (r) => (r.region = "atlantis")
    ),
    {
      ...spec(
        "missing_reviewer",
        117,
        "reviewer_id",
        "rule",
        "routed to review but no reviewer",
        (r) => (r.reviewer_id = null)
      ),
      check: "review_fields_consistent",
      needs: reviewed
    },
    spec(
      "missing_feature",
      131,
      "credit_history_months",
      "required",
      "a required feature is empty",
      (r) => (r.credit_history_months = null)
    ),
    spec("short_row", 158, "(record)", "columns", "the record is cut short (3 fields missing)", () => {})
  ],
  "fraud-screen": [
    spec(
      "non_numeric",
      5,
      "avg_amount_30d",
      "type",
      "avg_amount_30d is not a number",
      (r) => (r.avg_amount_30d = "n/a")
    ),
    spec("negative_amount", 12, "amount", "range", "negative transaction amount", (r) => (r.amount = -42.5)),
    {
      ...spec(
        "unknown_decision",
        22,
        "decision",
        "enum",
        "decision value outside pass/flag",
        (r) => (r.decision = "hold")
      ),
      needs: reviewed
    },
    spec("missing_id", 33, "decision_id", "required", "decision_id is empty", (r) => (r.decision_id = null)),
    spec(
      "duplicate_id",
      47,
      "decision_id",
      "unique",
      "repeats the decision_id of the row before it",
      (r, prev) => (r.decision_id = prev)
    ),
    {...spec("score_out_of_range", 60, "score", "range", "score above 1", (r) => (r.score = 1.37)), needs: scored},
    spec(
      "bad_timestamp",
      77,
      "decided_at",
      "type",
      "decided_at is not a timestamp",
      (r) => (r.decided_at = `${String(r.decided_at).slice(0, 10)} 25:61:00`)
    ),
    spec(
      "bad_email",
      95,
      "customer_email",
      "pattern",
      "email without @",
      (r) => (r.customer_email = String(r.customer_email).replace("@", "."))
    ),
    spec("unknown_level", 108, "country", "enum", "country outside the contract's values", (r) => (r.country = "ZZ")),
    {
      ...spec(
        "missing_reviewer",
        126,
        "reviewer_id",
        "rule",
        "routed to review but no reviewer",
        (r) => (r.reviewer_id = null)
      ),
      check: "review_fields_consistent",
      needs: reviewed
    },
    spec(
      "missing_feature",
      144,
      "device_age_days",
      "required",
      "a required feature is empty",
      (r) => (r.device_age_days = null)
    ),
    spec("short_row", 170, "(record)", "columns", "the record is cut short (3 fields missing)", () => {})
  ]
};

function spec(
  kind: string,
  day: number,
  field: string,
  reason: MalformedReason,
  description: string,
  corrupt: (row: Row, previousId: string | null) => unknown
): MalformedSpec {
  return {kind, day, field, reason, description, corrupt: (row, prev) => void corrupt(row, prev)};
}
