import type {ReadinessCriteria, ReadinessFile, Risk, Workflow} from "./Readiness.js";

const RISKS: readonly Risk[] = ["low", "medium", "high"];

/**
 * Validates a parsed readiness file: `criteria` (min_completeness, max_error_rate, min_decisions_per_day,
 * service_p95_ms, max_label_lag_days, partial_margin, all required) and a non-empty list of `workflows`, each with
 * a unique name, description, decisions_per_day, latency_need_ms, risk (low, medium, high), impact (1-5),
 * data_sources and profile {completeness, error_rate, label_lag_days (null: no outcome is ever observed)}.
 * Shares are in [0, 1]. Keys are snake_case in the file, camelCase in the result.
 *
 * @throws {Error} `<path>: <problem>`, e.g. `workflows[1].impact: not an integer from 1 to 5: 7`
 * @example parseReadiness(yaml.parse(text)).workflows.length // => 5
 */
export function parseReadiness(doc: unknown): ReadinessFile {
  if (!isObject(doc)) throw new Error("not a mapping with criteria and workflows");
  const c = doc.criteria;
  if (!isObject(c)) throw new Error("criteria: missing mapping");
  const share = (n: number) => n >= 0 && n <= 1;
  const positive = (n: number) => n > 0;
  const num = (o: Record<string, unknown>, at: string, key: string, ok: (n: number) => boolean): number => {
    const v = o[key];
    if (typeof v !== "number" || !Number.isFinite(v) || !ok(v))
      throw new Error(`${at}.${key}: invalid number: ${JSON.stringify(v)}`);
    return v;
  };
  const criteria: ReadinessCriteria = {
    minCompleteness: num(c, "criteria", "min_completeness", share),
    maxErrorRate: num(c, "criteria", "max_error_rate", share),
    minDecisionsPerDay: num(c, "criteria", "min_decisions_per_day", positive),
    serviceP95Ms: num(c, "criteria", "service_p95_ms", positive),
    maxLabelLagDays: num(c, "criteria", "max_label_lag_days", positive),
    partialMargin: num(c, "criteria", "partial_margin", share)
  };
  if (!Array.isArray(doc.workflows) || doc.workflows.length === 0) throw new Error("workflows: missing or empty list");
  const names = new Set<string>();
  const workflows = doc.workflows.map((w: unknown, i): Workflow => {
    const at = `workflows[${i}]`;
    if (!isObject(w)) throw new Error(`${at}: not a mapping`);
    const str = (key: string) => {
      if (typeof w[key] !== "string" || w[key] === "") throw new Error(`${at}.${key}: missing text`);
      return w[key];
    };
    const name = str("name");
    if (names.has(name)) throw new Error(`${at}.name: duplicate ${JSON.stringify(name)}`);
    names.add(name);
    const risk = w.risk as Risk;
    if (!RISKS.includes(risk)) throw new Error(`${at}.risk: not low, medium or high: ${JSON.stringify(w.risk)}`);
    const impact = w.impact;
    if (!Number.isInteger(impact) || (impact as number) < 1 || (impact as number) > 5)
      throw new Error(`${at}.impact: not an integer from 1 to 5: ${JSON.stringify(impact)}`);
    const sources = w.data_sources;
    if (!Array.isArray(sources) || sources.length === 0 || !sources.every((s) => typeof s === "string"))
      throw new Error(`${at}.data_sources: not a non-empty list of names`);
    const p = w.profile;
    if (!isObject(p)) throw new Error(`${at}.profile: missing mapping`);
    const lag = p.label_lag_days === null ? null : num(p, `${at}.profile`, "label_lag_days", (n) => n >= 0);
    return {
      name,
      description: str("description"),
      decisionsPerDay: num(w, at, "decisions_per_day", (n) => n >= 0),
      latencyNeedMs: num(w, at, "latency_need_ms", positive),
      risk,
      impact: impact as number,
      dataSources: sources as string[],
      profile: {
        completeness: num(p, `${at}.profile`, "completeness", share),
        errorRate: num(p, `${at}.profile`, "error_rate", share),
        labelLagDays: lag
      }
    };
  });
  return {criteria, workflows};
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
