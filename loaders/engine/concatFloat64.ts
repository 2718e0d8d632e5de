/**
 * One Float64Array of several, in order (numericChunks' chunks of one column put together); the part itself when
 * there is one. Cost O(n) copies.
 *
 * @example concatFloat64([Float64Array.of(1), Float64Array.of(2, 3)]); // => Float64Array [1, 2, 3]
 */
export function concatFloat64(parts: readonly Float64Array[]): Float64Array {
  if (parts.length === 1) return parts[0];
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
