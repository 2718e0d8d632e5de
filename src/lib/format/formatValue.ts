import {formatDateTime} from "./formatDateTime.js";

/**
 * A logged field's value for people: "–" for null or undefined, "yes"/"no" for booleans, a UTC date-time for a
 * time field (a name ending in `_at`, or a Date: DuckDB-wasm returns timestamps as epoch milliseconds, which must
 * never show as "1,775,743,196,722"), anything else as its text.
 *
 * @example
 * formatValue("decided_at", 1775743196722); // => "2026-04-09 13:59:56 UTC"
 * formatValue("overridden", null); // => "–"
 */
export function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (value instanceof Date || (field.endsWith("_at") && (typeof value === "number" || typeof value === "string")))
    return formatDateTime(value as Date | number | string, {seconds: true});
  if (typeof value === "bigint") return value.toString();
  return String(value);
}
