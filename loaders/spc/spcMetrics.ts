import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {needRole} from "../system/needRole.js";
import type {System} from "../system/System.js";

/** What the page and the CLI show of a monitored series: its id, name, kind and meaning. */
export interface SpcSeriesInfo {
  id: string;
  label: string;
  kind: "proportion" | "value";
  /** What the series is, in plain words, for the page. */
  description: string;
  /**
   * For one of a family of like series (one per column or feature): the family's id and name, and this
   * series' member (the column or feature), for the page's two-level picker.
   */
  family?: {id: string; label: string; member: string};
  /** A fixed level drawn on the chart as context (the drift threshold); not a control limit. */
  threshold?: number;
}

/**
 * A series worth watching on a control chart, defined over one decision system's tables. A proportion
 * metric counts rows: `n` is the denominator, `count` the numerator (SQL aggregates over the bucket's
 * rows); a value metric has one `value` aggregate per bucket. Buckets with `n = 0` (or a null value) are
 * dropped.
 */
export interface SpcMetric extends SpcSeriesInfo {
  /**
   * "decisions"; "outcomes": decisions joined with their outcomes, bucketed by decision time; or
   * "quarantine": accepted rows (`__q` = 0) with the quarantined rows whose time parses (`__q` = 1).
   */
  source: "decisions" | "outcomes" | "quarantine";
  n?: string;
  count?: string;
  value?: string;
  /** A value metric that is a quantile: its column (quoted), the quantile and the rows it is over (SQL predicate). */
  quantile?: {column: string; p: number; among: string};
}

/** The columns the metrics need, found by contract tag, quoted for SQL. */
export interface SpcColumns {
  time: string;
  key: string;
  /** The decision-source column, when the contract tags one (`human` rows are manual decisions). */
  source?: string;
}

/**
 * The SPC metrics a system supports, found by its column roles (contract tags): the positive-decision rate (`final_decision`
 * and customProperties.positiveDecision), human-review rate (`review`), override rate among reviewed
 * decisions (`override`), fallback rate (`decision_source` allowing `fallback`), share of decisions without
 * a model score (`score`), p95 latency of automated decisions (`latency`), and the adverse-outcome rate
 * among decisions whose outcome has arrived (customProperties.outcomeLabel, joined on the primary key), and
 * the quarantine rate (quarantined rows among all rows read, bucketed by the raw time when it parses),
 * and one null rate per decisions column the contract does not require (`null_rate:<column>`, family
 * `null_rate`: the share of decisions where it is NULL), except the score (that is the missing-score rate)
 * and personal data (classification or tag `pii`: ingest drops or tokenises it). Required columns are left
 * out because ingest quarantines their nulls (see the quarantine rate). A metric whose columns the contract
 * lacks is left out.
 *
 * @throws {InputError} when the contract tags no time column
 * @example spcMetrics(system).metrics.map((m) => m.id) // => ["positive_rate", "review_rate", ..., "null_rate:model_name", ...]
 */
export function spcMetrics(system: Pick<System, "contract" | "roles">): {columns: SpcColumns; metrics: SpcMetric[]} {
  const {contract, roles} = system;
  const decisions = contract.schema[0];
  const tagged = (role: "finalDecision" | "review" | "override" | "decisionSource" | "score" | "latency") => {
    const name = roles[role];
    return name ? sqlIdentifier(name) : undefined;
  };
  const time = sqlIdentifier(needRole(system, "time"));
  const key = roles.key.length ? sqlIdentifier(roles.key[0]) : "";
  const metrics: SpcMetric[] = [];
  const rate = (id: string, label: string, description: string, where: string, among = "TRUE") =>
    metrics.push({
      id,
      label,
      kind: "proportion",
      description,
      source: "decisions",
      n: `count(*) FILTER (WHERE ${among})`,
      count: `count(*) FILTER (WHERE ${among} AND (${where}))`
    });

  const final = tagged("finalDecision");
  if (final) {
    const positive = needRole(system, "positiveDecision");
    rate(
      `positive_rate`,
      `${positive} rate`,
      `Share of decisions whose final decision is ${positive}.`,
      `${final} = ${sqlLiteral(positive)}`
    );
  }
  const review = tagged("review");
  if (review) rate("review_rate", "human-review rate", "Share of decisions routed to a human reviewer.", review);
  const override = tagged("override");
  if (review && override)
    rate(
      "override_rate",
      "override rate",
      "Share of reviewed decisions where the reviewer overrode the model.",
      override,
      review
    );
  const sourceProperty = decisions.properties.find((p) => p.name === roles.decisionSource);
  const source = tagged("decisionSource");
  if (sourceProperty && source && (sourceProperty.validValues ?? ["fallback"]).includes("fallback"))
    rate(
      "fallback_rate",
      "fallback rate",
      "Share of decisions made by the fallback because the model was unavailable.",
      `${source} = 'fallback'`
    );
  const score = tagged("score");
  if (score)
    rate(
      "score_null_rate",
      "missing-score rate",
      "Share of decisions with no model score (null score).",
      `${score} IS NULL`
    );
  const latency = tagged("latency");
  if (latency) {
    const among = source ? `${source} <> 'human'` : "TRUE";
    metrics.push({
      id: "latency_p95",
      label: "latency p95 (ms)",
      kind: "value",
      description: "95th percentile of the decision latency of automated decisions, in milliseconds.",
      source: "decisions",
      value: `percentile_cont(0.95) WITHIN GROUP (ORDER BY ${latency}) FILTER (WHERE ${among})`,
      quantile: {column: latency, p: 0.95, among}
    });
  }
  if (key && roles.outcome && contract.schema.length > 1) {
    const label = {object: roles.outcome.object, column: roles.outcome.label};
    if (label.object !== decisions.name) {
      const column = sqlIdentifier(label.column);
      metrics.push({
        id: "bad_rate",
        label: `${label.column} rate`,
        kind: "proportion",
        description: `Share of decisions with an observed outcome where ${label.column} is true, by decision date; recent buckets fill in as outcomes arrive.`,
        source: "outcomes",
        n: `count(*) FILTER (WHERE ${column} IS NOT NULL)`,
        count: `count(*) FILTER (WHERE ${column})`
      });
    }
  }
  metrics.push({
    id: "quarantine_rate",
    label: "quarantine rate",
    kind: "proportion",
    description: "Share of the rows read that ingest quarantined (failed the contract), by their time when it parses.",
    source: "quarantine",
    n: "count(*)",
    count: "count(*) FILTER (WHERE __q = 1)"
  });
  for (const p of decisions.properties) {
    if (p.required || p.tags.includes("score") || p.tags.includes("pii") || p.classification === "pii") continue;
    metrics.push({
      id: `null_rate:${p.name}`,
      label: `${p.name} null rate`,
      kind: "proportion",
      description: `Share of decisions where ${p.name} is null (the contract does not require it).`,
      source: "decisions",
      family: {id: "null_rate", label: "null rate (per column)", member: p.name},
      n: "count(*)",
      count: `count(*) FILTER (WHERE ${sqlIdentifier(p.name)} IS NULL)`
    });
  }
  return {columns: {time, key, source}, metrics};
}
