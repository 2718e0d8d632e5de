/**
 * A SQL literal for a JS value: strings single-quoted with `'` doubled, finite numbers as written by
 * `String(n)`, booleans as TRUE/FALSE, null as NULL. For SQL built from contract values; user data goes
 * through parameters or files, never through this.
 *
 * @throws {Error} for a non-finite number or another type
 * @example sqlLiteral("it's") // => "'it''s'"
 */
export function sqlLiteral(value: string | number | boolean | null): string {
  if (value === null) return "NULL";
  if (typeof value === "string") return `'${value.replace(/'/g, "''")}'`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new Error(`invalid SQL literal: ${String(value)}`);
}
