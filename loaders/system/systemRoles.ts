import {columnsByTag} from "../contract/columnsByTag.js";
import {columnWithTag} from "../contract/columnWithTag.js";
import type {Contract} from "../contract/Contract.js";
import {featureColumns} from "../contract/featureColumns.js";
import {outcomeLabel} from "../contract/outcomeLabel.js";
import {positiveDecision} from "../contract/positiveDecision.js";
import {settings} from "../../src/lib/settings.js";
import {slaHours} from "./slaHours.js";
import type {Roles} from "./System.js";

/** The single-column roles and the contract tag each is read from. */
export const ROLE_TAGS = {
  time: "time",
  score: "score",
  threshold: "threshold",
  decision: "decision",
  finalDecision: "final_decision",
  decisionSource: "decision_source",
  review: "review",
  override: "override",
  reviewer: "reviewer",
  reviewDecision: "review_decision",
  handlingTime: "handling_time",
  latency: "latency"
} as const satisfies Partial<Record<keyof Roles, string>>;

/**
 * The column roles of a decision system from its contract's tags, once (see Roles): the single-column roles of the
 * decisions object (ROLE_TAGS), its key, model, feature, protected and personal-data columns, the favourable
 * decision, the outcome label with its object's time and join key, the freshness SLA and the label delay. Roles
 * the contract does not state are undefined (needRole throws for those a feature requires).
 *
 * @throws {InputError} when a role's tag is on more than one column, or positiveDecision / outcomeLabel /
 *   maxLabelDelayDays / the latency SLA is present but invalid
 * @example systemRoles(contract).protected // => ["sex", "age_band", "ethnicity"]
 */
export function systemRoles(contract: Contract): Roles {
  const decisions = contract.schema[0];
  const tagged = (tag: string) => columnWithTag(decisions, tag, true)?.name;
  const models = columnsByTag(decisions, "model").map((p) => p.name);
  const custom = contract.customProperties;
  const delay = custom.maxLabelDelayDays ?? settings.quality.maxLabelDelayDays;
  if (!(typeof delay === "number" && delay > 0)) throw new Error(`invalid maxLabelDelayDays: ${String(delay)}`);
  let outcome: Roles["outcome"];
  if (custom.outcomeLabel !== undefined) {
    const label = outcomeLabel(contract);
    const object = contract.schema.find((o) => o.name === label.object)!;
    const key =
      object === decisions
        ? []
        : object.properties
            .filter((p) => p.primaryKey && decisions.properties.some((d) => d.name === p.name))
            .map((p) => p.name);
    outcome = {object: label.object, label: label.column, time: columnWithTag(object, "time", true)?.name, key};
  }
  return {
    system: String(custom.system ?? contract.name),
    ...(Object.fromEntries(Object.entries(ROLE_TAGS).map(([role, tag]) => [role, tagged(tag)])) as {
      [R in keyof typeof ROLE_TAGS]?: string;
    }),
    key: decisions.properties.filter((p) => p.primaryKey).map((p) => p.name),
    model: models,
    modelVersion: models.find((name) => name.endsWith("version")) ?? models.at(-1),
    features: featureColumns(decisions),
    protected: columnsByTag(decisions, "protected").map((p) => p.name),
    pii: decisions.properties.filter((p) => p.classification === "pii" || p.tags.includes("pii")).map((p) => p.name),
    positiveDecision: custom.positiveDecision === undefined ? undefined : positiveDecision(contract),
    outcome,
    slaHours: slaHours(contract),
    maxLabelDelayDays: delay
  };
}
