import {spcMetrics, type SpcMetric} from "../spc/spcMetrics.js";
import {needRole} from "../system/needRole.js";
import type {System} from "../system/System.js";

/** A segmenting attribute: numeric ones are cut into reference deciles, categorical ones keep their values. */
export interface ExplainAttribute {
  name: string;
  kind: "numeric" | "categorical";
}

/** What `explain` reads of an ingested system. */
export interface ExplainSystem {
  system: string;
  decisions: string;
  outcomes?: string;
  /** Column names (unquoted). */
  time: string;
  key: string;
  score?: string;
  /** The outcome label column, when the outcomes are a separate object joined on the key. */
  label?: string;
  /** Features (numeric, then categorical) and protected attributes, in contract order; never PII. */
  attributes: ExplainAttribute[];
  /** The rates of `workbench spc` that explain can decompose: proportions of decisions or outcomes, and quantiles. */
  metrics: SpcMetric[];
}

/**
 * An ingested system as `explain` sees it, a view of its roles: the time column (tag `time`), primary key, score
 * (tag `score`, used for the default bins reference), outcome label (customProperties.outcomeLabel), the
 * segmenting attributes (tag `feature`, then tag `protected`; columns tagged `pii` never) and the metrics of
 * `workbench spc` (spcMetrics) it can decompose: proportions over decisions or outcomes (positive_rate,
 * review_rate, override_rate, fallback_rate, score_null_rate, bad_rate, null_rate:<column>) and quantile
 * metrics (latency_p95, as the share of rows above the reference quantile: see explainMetric).
 *
 * @throws {InputError} when the contract tags no time column
 * @example explainSystem(system).attributes.map((a) => a.name); // => ["income", ..., "channel", "sex", "age_band", "ethnicity"]
 */
export function explainSystem(system: System): ExplainSystem {
  const {contract, roles, paths} = system;
  const decisions = contract.schema[0];
  const pii = new Set(decisions.properties.filter((p) => p.tags.includes("pii")).map((p) => p.name));
  const attributes: ExplainAttribute[] = [
    ...roles.features.numeric.map((name) => ({name, kind: "numeric" as const})),
    ...roles.features.categorical.map((name) => ({name, kind: "categorical" as const})),
    ...decisions.properties
      .filter((p) => roles.protected.includes(p.name))
      .map((p) => ({
        name: p.name,
        kind:
          p.logicalType === "number" || p.logicalType === "integer" ? ("numeric" as const) : ("categorical" as const)
      }))
  ].filter((a, i, all) => !pii.has(a.name) && all.findIndex((b) => b.name === a.name) === i);
  const key = roles.key[0];
  const hasOutcomes = paths.outcomes !== undefined && roles.outcome !== undefined;
  const label = hasOutcomes ? {object: roles.outcome!.object, column: roles.outcome!.label} : null;
  const {metrics} = spcMetrics(system);
  return {
    system: system.name,
    decisions: paths.decisions,
    outcomes: label && label.object !== decisions.name ? paths.outcomes : undefined,
    time: needRole(system, "time"),
    key: key ?? "",
    score: roles.score,
    label: label && label.object !== decisions.name && key ? label.column : undefined,
    attributes,
    metrics: metrics.filter(
      (m) =>
        (m.kind === "proportion" && (m.source === "decisions" || (m.source === "outcomes" && key && hasOutcomes))) ||
        m.quantile !== undefined
    )
  };
}
