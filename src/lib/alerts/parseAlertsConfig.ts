import {driftTests} from "../drift/driftTests.js";
import {RULE_TYPES, type AlertRule, type WindowSpec} from "./AlertRule.js";
import {parseWindowSpec} from "./parseWindowSpec.js";

/** Keys each rule type accepts besides name, type and system. */
const KEYS: Record<AlertRule["type"], readonly string[]> = {
  drift: ["current", "reference", "threshold"],
  column_drift: ["column", "test", "current", "reference", "threshold"],
  spc: ["metric", "bucket", "baseline", "rules", "recent", "threshold"],
  freshness: ["as_of", "threshold"],
  fairness: ["group", "rates", "decision", "window", "threshold"],
  performance: ["estimate", "reference", "current", "threshold"],
  quarantine_rate: ["threshold"]
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Validates a parsed alerts file (YAML or JSON): `{checks: [rule, ...]}` where every rule has a unique `name`, a
 * `type` (drift, column_drift, spc, freshness, fairness, performance, quarantine_rate), a `system` and the keys of its
 * type (AlertRule; windows as parseWindowSpec). Defaults: drift threshold 0.3 (share of drifted features), column_drift
 * test psi, threshold the test's default (driftTests) and current `last 28d`, spc bucket
 * day, threshold 0 and recent `last 28d`, freshness as_of `now`, fairness threshold 0.8 (τ), rates
 * selection_rate and decision final; performance estimate realised. Unknown keys are errors (typos must not
 * silently disable a check).
 *
 * @throws {Error} `<path>: <problem>`, e.g. `checks[2].threshold: not a number: "high"`
 * @example parseAlertsConfig({checks: [{name: "q", type: "quarantine_rate", system: "s", threshold: 0.01}]})
 */
export function parseAlertsConfig(doc: unknown): AlertRule[] {
  if (!isObject(doc)) throw new Error("not a mapping with a list of checks");
  const extra = Object.keys(doc).filter((k) => k !== "checks");
  if (extra.length > 0) throw new Error(`${extra[0]}: unknown key (only checks)`);
  if (!Array.isArray(doc.checks) || doc.checks.length === 0) throw new Error("checks: missing or empty list");
  const names = new Set<string>();
  return doc.checks.map((raw: unknown, i) => {
    const at = `checks[${i}]`;
    const fail = (key: string, message: string) => new Error(`${at}${key ? `.${key}` : ""}: ${message}`);
    if (!isObject(raw)) throw fail("", "not a mapping");
    const str = (key: string): string => {
      const v = raw[key];
      if (typeof v !== "string" || v.trim() === "") throw fail(key, `missing or not a string: ${JSON.stringify(v)}`);
      return v;
    };
    const type = str("type") as AlertRule["type"];
    if (!RULE_TYPES.includes(type))
      throw fail("type", `unknown type ${JSON.stringify(type)} (${RULE_TYPES.join(", ")})`);
    const name = str("name");
    if (names.has(name)) throw fail("name", `duplicate name ${JSON.stringify(name)}`);
    names.add(name);
    const unknown = Object.keys(raw).find((k) => !["name", "type", "system", ...KEYS[type]].includes(k));
    if (unknown) throw fail(unknown, `unknown key for type ${type} (${KEYS[type].join(", ")})`);
    const num = (key: string, fallback: number | undefined, ok: (n: number) => boolean): number => {
      const v = raw[key] ?? fallback;
      if (typeof v !== "number" || !Number.isFinite(v)) throw fail(key, `not a number: ${JSON.stringify(v)}`);
      if (!ok(v)) throw fail(key, `out of range: ${v}`);
      return v;
    };
    const window = (key: string, fallback?: string): WindowSpec => {
      try {
        return parseWindowSpec(raw[key] ?? fallback);
      } catch (error) {
        throw fail(key, (error as Error).message);
      }
    };
    const optional = <T>(key: string, parse: (key: string) => T): T | undefined =>
      raw[key] === undefined ? undefined : parse(key);
    const list = (key: string, fallback: string[]): string[] => {
      const v = raw[key] ?? fallback;
      const items = typeof v === "string" ? [v] : v;
      if (!Array.isArray(items) || items.length === 0 || !items.every((s) => typeof s === "string" && s !== ""))
        throw fail(key, `not a non-empty list of strings: ${JSON.stringify(v)}`);
      return items;
    };
    const oneOf = <T extends string>(key: string, values: readonly T[], fallback: T): T => {
      const v = raw[key] ?? fallback;
      if (!values.includes(v as T)) throw fail(key, `not one of ${values.join(", ")}: ${JSON.stringify(v)}`);
      return v as T;
    };
    const base = {name, system: str("system")};
    const share = (n: number) => n >= 0 && n <= 1;
    switch (type) {
      case "drift":
        return {
          ...base,
          type,
          current: window("current"),
          ...(raw.reference === undefined ? {} : {reference: window("reference")}),
          threshold: num("threshold", 0.3, (n) => n > 0 && n <= 1)
        };
      case "column_drift": {
        const test = oneOf("test", ["ks", "chisquare", "wasserstein", "jensenshannon", "psi"] as const, "psi");
        return {
          ...base,
          type,
          column: str("column"),
          test,
          current: window("current", "last 28d"),
          ...(raw.reference === undefined ? {} : {reference: window("reference")}),
          threshold: num("threshold", driftTests[test].defaultThreshold, (n) => n > 0)
        };
      }
      case "spc": {
        const baseline = optional("baseline", (key) => {
          const m = typeof raw[key] === "string" ? /^([\d-]*)\.\.([\d-]*)$/.exec(raw[key]) : null;
          if (!m || ![m[1], m[2]].every((d) => d === "" || DATE.test(d)))
            throw fail(key, `not <from>..<to> (dates, either optional): ${JSON.stringify(raw[key])}`);
          return {...(m[1] ? {from: m[1]} : {}), ...(m[2] ? {to: m[2]} : {})};
        });
        return {
          ...base,
          type,
          metric: str("metric"),
          bucket: oneOf("bucket", ["day", "week"] as const, "day"),
          ...(baseline ? {baseline} : {}),
          ...(raw.rules === undefined ? {} : {rules: list("rules", [])}),
          recent: window("recent", "last 28d"),
          threshold: num("threshold", 0, (n) => n >= 0 && Number.isInteger(n))
        };
      }
      case "freshness": {
        const asOf = raw.as_of ?? "now";
        if (typeof asOf !== "string" || (asOf !== "now" && Number.isNaN(Date.parse(asOf))))
          throw fail("as_of", `not now or an ISO time: ${JSON.stringify(asOf)}`);
        return {
          ...base,
          type,
          asOf,
          ...(raw.threshold === undefined ? {} : {threshold: num("threshold", undefined, (n) => n >= 0)})
        };
      }
      case "fairness":
        return {
          ...base,
          type,
          group: list("group", []),
          rates: list("rates", ["selection_rate"]),
          decision: oneOf("decision", ["final", "model"] as const, "final"),
          ...(raw.window === undefined ? {} : {window: window("window")}),
          threshold: num("threshold", 0.8, (n) => n > 0 && n <= 1)
        };
      case "performance":
        return {
          ...base,
          type,
          estimate: oneOf("estimate", ["realised", "estimated"] as const, "realised"),
          reference: window("reference"),
          current: window("current"),
          threshold: num("threshold", undefined, share)
        };
      case "quarantine_rate":
        return {...base, type, threshold: num("threshold", undefined, share)};
    }
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
