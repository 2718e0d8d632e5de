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

/** The defects both systems plant alike, by day (and by column where the systems name it differently). */
const nonNumeric = (day: number, field: string) =>
  spec("non_numeric", day, field, "type", `${field} is not a number`, (r) => (r[field] = "n/a"));
const missingId = (day: number) =>
  spec("missing_id", day, "decision_id", "required", "decision_id is empty", (r) => (r.decision_id = null));
const duplicateId = (day: number) =>
  spec(
    "duplicate_id",
    day,
    "decision_id",
    "unique",
    "repeats the decision_id of the row before it",
    (r, prev) => (r.decision_id = prev)
  );
const scoreOutOfRange = (day: number) => ({
  ...spec("score_out_of_range", day, "score", "range", "score above 1", (r) => (r.score = 1.37)),
  needs: scored
});
const badTimestamp = (day: number) =>
  spec(
    "bad_timestamp",
    day,
    "decided_at",
    "type",
    "decided_at is not a timestamp",
    (r) => (r.decided_at = `${String(r.decided_at).slice(0, 10)} 25:61:00`)
  );
const badEmail = (day: number, field: string) =>
  spec("bad_email", day, field, "pattern", "email without @", (r) => (r[field] = String(r[field]).replace("@", ".")));
const missingReviewer = (day: number) => ({
  ...spec(
    "missing_reviewer",
    day,
    "reviewer_id",
    "rule",
    "routed to review but no reviewer",
    (r) => (r.reviewer_id = null)
  ),
  check: "review_fields_consistent",
  needs: reviewed
});
const missingFeature = (day: number, field: string) =>
  spec("missing_feature", day, field, "required", "a required feature is empty", (r) => (r[field] = null));
const shortRow = (day: number) =>
  spec("short_row", day, "(record)", "columns", "the record is cut short (3 fields missing)", () => {});

/**
 * The fixed list of malformed rows planted in each system's decision files, one defect each. The generator
 * draws a well-formed row (with its own rng stream, so the rest of the sample does not depend on this list),
 * applies `corrupt`, and writes it without an outcome; manifest.json records file, line and decision_id.
 * short_row drops the last 3 fields in CSV and, in JSON Lines, is the record cut off mid-object.
 */
export const MALFORMED: Readonly<Record<SystemName, readonly MalformedSpec[]>> = {
  "credit-line": [
    nonNumeric(35, "income"),
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
    missingId(56),
    duplicateId(63),
    scoreOutOfRange(71),
    badTimestamp(84),
    badEmail(93, "applicant_email"),
    spec(
      "unknown_level",
      105,
      "region",
      "enum",
      "region outside the contract's values",
      (r) => (r.region = "atlantis")
    ),
    missingReviewer(117),
    missingFeature(131, "credit_history_months"),
    shortRow(158)
  ],
  "fraud-screen": [
    nonNumeric(5, "avg_amount_30d"),
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
    missingId(33),
    duplicateId(47),
    scoreOutOfRange(60),
    badTimestamp(77),
    badEmail(95, "customer_email"),
    spec("unknown_level", 108, "country", "enum", "country outside the contract's values", (r) => (r.country = "ZZ")),
    missingReviewer(126),
    missingFeature(144, "device_age_days"),
    shortRow(170)
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
