/** A categorical column as integer codes into `levels` (−1 = missing). */
export interface Factor {
  codes: Int32Array;
  levels: string[];
}

/**
 * Dictionary-encodes a categorical column: levels are the distinct non-null values as strings, sorted
 * (localeCompare-free code-unit order, so the result is the same on every machine); codes[i] is the index of
 * row i's value in levels, or −1 for null/undefined. O(n + k log k).
 * @example
 * encodeFactor(["b", "a", null, "b"]); // => {codes: Int32Array [1, 0, -1, 1], levels: ["a", "b"]}
 */
export function encodeFactor(values: ArrayLike<string | number | boolean | null | undefined>): Factor {
  const index = new Map<string, number>();
  const raw = new Int32Array(values.length);
  for (let i = 0; i < values.length; ++i) {
    const v = values[i];
    if (v === null || v === undefined) {
      raw[i] = -1;
      continue;
    }
    const key = String(v);
    let code = index.get(key);
    if (code === undefined) index.set(key, (code = index.size));
    raw[i] = code;
  }
  const levels = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const remap = new Int32Array(levels.length);
  levels.forEach((level, i) => (remap[index.get(level)!] = i));
  for (let i = 0; i < raw.length; ++i) if (raw[i] >= 0) raw[i] = remap[raw[i]];
  return {codes: raw, levels};
}
