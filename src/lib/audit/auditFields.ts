/** The Decision audit's field groups, by the sample's conventional column names; other columns are inputs. */
export const auditFields = {
  decision: [
    "decision_id",
    "system",
    "decided_at",
    "model_name",
    "model_version",
    "score",
    "threshold",
    "decision",
    "decision_source",
    "confidence_band"
  ],
  review: ["routed_to_review", "reviewer_id", "review_decision", "review_seconds", "overridden", "final_decision"],
  shadow: ["shadow_model_name", "shadow_model_version", "shadow_score", "shadow_decision"],
  lineage: ["_source_file", "_row"]
} as const;
