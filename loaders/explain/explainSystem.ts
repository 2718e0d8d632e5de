import {columnWithTag} from "../contract/columnWithTag.js";
import {columnsByTag} from "../contract/columnsByTag.js";
import {featureColumns} from "../contract/featureColumns.js";
import {outcomeLabel} from "../contract/outcomeLabel.js";
import {readContract} from "../contract/readContract.js";
import {schemaObject} from "../contract/schemaObject.js";
import {spcMetrics, type SpcMetric} from "../spc/spcMetrics.js";
import type {SystemDir} from "../workspace/listSystems.js";

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
 * An ingested system as `explain` sees it, from its contract: the time column (tag `time`), primary key, score
 * (tag `score`, used for the default bins reference), outcome label (customProperties.outcomeLabel), the
 * segmenting attributes (tag `feature`, then tag `protected`; columns tagged `pii` never) and the metrics of
 * `workbench spc` (spcMetrics) it can decompose: proportions over decisions or outcomes (positive_rate,
 * review_rate, override_rate, fallback_rate, score_null_rate, bad_rate, null_rate:<column>) and quantile
 * metrics (latency_p95, as the share of rows above the reference quantile: see explainMetric).
 *
 * @throws {InputError} for an unreadable contract or one without a time column
 * @example (await explainSystem(entry)).attributes.map((a) => a.name); // => ["income", ..., "channel", "sex", "age_band", "ethnicity"]
 */
export async function explainSystem(entry: SystemDir): Promise<ExplainSystem> {
  const contract = await readContract(entry.contract);
  const decisions = schemaObject(contract);
  const features = featureColumns(decisions);
  const pii = new Set(columnsByTag(decisions, "pii").map((p) => p.name));
  const attributes: ExplainAttribute[] = [
    ...features.numeric.map((name) => ({name, kind: "numeric" as const})),
    ...features.categorical.map((name) => ({name, kind: "categorical" as const})),
    ...columnsByTag(decisions, "protected").map((p) => ({
      name: p.name,
      kind: p.logicalType === "number" || p.logicalType === "integer" ? ("numeric" as const) : ("categorical" as const)
    }))
  ].filter((a, i, all) => !pii.has(a.name) && all.findIndex((b) => b.name === a.name) === i);
  const key = decisions.properties.find((p) => p.primaryKey)?.name;
  const hasOutcomes = entry.outcomes !== undefined && contract.customProperties.outcomeLabel !== undefined;
  const label = hasOutcomes ? outcomeLabel(contract) : null;
  const {metrics} = spcMetrics(contract);
  return {
    system: entry.system,
    decisions: entry.decisions,
    outcomes: label && label.object !== decisions.name ? entry.outcomes : undefined,
    time: columnWithTag(decisions, "time").name,
    key: key ?? "",
    score: columnWithTag(decisions, "score", true)?.name,
    label: label && label.object !== decisions.name && key ? label.column : undefined,
    attributes,
    metrics: metrics.filter(
      (m) =>
        (m.kind === "proportion" && (m.source === "decisions" || (m.source === "outcomes" && key && hasOutcomes))) ||
        m.quantile !== undefined
    )
  };
}
