import type {AlertRule, WindowSpec} from "./AlertRule.js";

/** A window in words: "last 28 days", "2026-05-04 to 2026-06-01 (exclusive)". */
function windowText(w: WindowSpec): string {
  return "last" in w ? `last ${w.last} days` : `${w.from} to ${w.to} (exclusive)`;
}

/** A value of a rule's setting in words. */
function settingText(value: unknown): string {
  if (Array.isArray(value)) return value.join(", ");
  if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if ("last" in o || ("from" in o && "to" in o)) return windowText(o as WindowSpec);
    return Object.entries(o)
      .map(([k, v]) => `${k} ${settingText(v)}`)
      .join(", ");
  }
  return String(value);
}

/**
 * A rule's settings (everything but name, type and system) in words, one "key: value" per setting joined by
 * "; ", instead of raw JSON: `current: 2026-05-04 to 2026-06-01 (exclusive); threshold: 0.3`.
 * @example ruleSettings({name: "x", type: "quarantine_rate", system: "s", threshold: 0.001}) // => "threshold: 0.001"
 */
export function ruleSettings(rule: AlertRule): string {
  const {name: _name, type: _type, system: _system, ...rest} = rule;
  return Object.entries(rest)
    .map(([key, value]) => `${key.replace(/([A-Z])/g, " $1").toLowerCase()}: ${settingText(value)}`)
    .join("; ");
}
