/** A value as written: null is a missing value; numbers are already rounded to their written precision. */
export type Value = string | number | boolean | null;

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field per RFC 4180 §2: a field containing a double quote, comma, CR or LF is enclosed in double
 * quotes and each double quote inside it doubled; null is the empty field; numbers print as JavaScript's
 * shortest round-trip decimal (String(x)); booleans as true/false.
 *
 * @example
 * csvField('Anna "Kit" Rossi'); // => '"Anna ""Kit"" Rossi"'
 */
export function csvField(v: Value): string {
  if (v === null) return "";
  if (typeof v !== "string") return String(v);
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One CSV record (without the line break) of `row`'s values in `columns` order. */
export function csvLine(columns: readonly string[], row: Readonly<Record<string, Value>>): string {
  let s = "";
  for (let i = 0; i < columns.length; ++i) s += (i ? "," : "") + csvField(row[columns[i]] ?? null);
  return s;
}

const keyCache = new WeakMap<readonly string[], string[]>();

/**
 * One JSON Lines record (without the line break): an object with `row`'s values under `columns` keys in that
 * order (missing values as null), as JSON.stringify would write it.
 */
export function jsonLine(columns: readonly string[], row: Readonly<Record<string, Value>>): string {
  let keys = keyCache.get(columns);
  if (!keys) keyCache.set(columns, (keys = columns.map((c, i) => (i ? "," : "{") + JSON.stringify(c) + ":")));
  let s = "";
  for (let i = 0; i < columns.length; ++i) {
    const v = row[columns[i]] ?? null;
    s += keys[i] + (typeof v === "string" ? JSON.stringify(v) : String(v));
  }
  return s + "}";
}
