/**
 * Rows with nested plain objects flattened one level into `parent_child` properties (`{ks: {statistic: 0.1}}` →
 * `{ks_statistic: 0.1}`), so JSON payloads can be registered as flat DuckDB tables. A nested object is recognised
 * in any row; where a row has null for it, each of its properties is null. Arrays, dates and primitives are kept.
 *
 * @example flattenRows([{a: 1, ks: {d: 0.1}}, {a: 2, ks: null}]); // => [{a: 1, ks_d: 0.1}, {a: 2, ks_d: null}]
 */
export function flattenRows(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
  const nested = new Map<string, Set<string>>();
  for (const row of rows)
    for (const [k, v] of Object.entries(row))
      if (isObject(v)) {
        const keys = nested.get(k) ?? new Set<string>();
        for (const child of Object.keys(v)) keys.add(child);
        nested.set(k, keys);
      }
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) {
      const keys = nested.get(k);
      if (!keys) out[k] = v;
      else for (const child of keys) out[`${k}_${child}`] = isObject(v) ? (v[child] ?? null) : null;
    }
    return out;
  });
}
