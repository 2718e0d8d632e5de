/**
 * A reproducible sample for tests whose reference values come from Python: a 32-bit LCG (Numerical Recipes'
 * a = 1664525, c = 1013904223), each draw floored to a 1e-4 grid in [0, 100), then scaled and shifted. The same
 * arithmetic in Python (`math.floor(s * 1e6 / 2**32) / 1e4 * scale + offset`) gives bit-identical values.
 */
export function lcgSample(seed: number, n: number, scale = 1, offset = 0): number[] {
  let s = seed;
  const out: number[] = [];
  for (let i = 0; i < n; ++i) {
    s = (1664525 * s + 1013904223) % 4294967296;
    out.push((Math.floor((s * 1e6) / 4294967296) / 1e4) * scale + offset);
  }
  return out;
}
