const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);

/**
 * Float32 fused multiply-add: a·b + c rounded once to float32 (round to nearest, ties to even), like C's
 * `fmaf` and the FMA3 instructions onnxruntime's x86-64 kernels use. a and b must be float32 values, so a·b
 * is exact in float64; the float64 sum's rounding error is recovered exactly (Knuth's TwoSum) and breaks the
 * one case where rounding float64 to float32 would round twice: a float64 sum lying exactly halfway between
 * two float32 values.
 *
 * @example
 * fmaf(Math.fround(0.1), 10, -1); // => 1.4901161193847656e-8 (the rounding error of fround(0.1), kept)
 */
export function fmaf(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  const r = Math.fround(s);
  if (r === s || !Number.isFinite(s)) return r;
  const v = s - p;
  const e = p - (s - v) + (c - v);
  if (e === 0) return r;
  const other = neighbour(r, s > r);
  if ((r + other) / 2 !== s) return r;
  return e > 0 === other > r ? other : r;
}

/** The float32 next to r towards +∞ (up) or −∞. */
function neighbour(r: number, up: boolean): number {
  if (r === 0) return up ? 1.401298464324817e-45 : -1.401298464324817e-45;
  f32[0] = r;
  i32[0] += r > 0 === up ? 1 : -1;
  return f32[0];
}
