import {fmaf} from "./fmaf.js";

// onnxruntime/core/mlas/lib/logistic.cpp, MlasLogisticConstants: z clamped to [-18, 18], then
// σ(z) ≈ z·P(z²) / Q(z²) + 1/2 with P of degree 4 (α₉…α₁) and Q of degree 5 (β₁₀…β₀).
const [LO, HI, A9, A7, A5, A3, A1, B10, B8, B6, B4, B2, B0] = [
  -18.0, 18.0, 4.37031012579801e-11, 1.15627324459942e-7, 6.08574864600143e-5, 8.51377133304701e-3, 2.48287947061529e-1,
  6.1024738975568e-13, 5.76102136993427e-9, 6.2910678501704e-6, 1.70198817374094e-3, 1.16817656904453e-1,
  9.9315192102318e-1
].map(Math.fround);

/**
 * The logistic function σ(z) = 1 / (1 + e^−z) exactly as onnxruntime's float32 Sigmoid computes it: MLAS's
 * rational approximation (source: onnxruntime/core/mlas/lib/logistic.cpp), whose absolute error against the
 * true σ is below 1e-6 (about 1.3e-7 seen) and which is not exactly monotone (it can drop by ~1.2e-7 for
 * |z| > 13). With `fused` (the default) each multiply-add is a float32 FMA, as in the FMA3 kernel
 * onnxruntime-node selects on x86-64 CPUs with AVX2; without, a float32 multiply then a float32 add, as in
 * onnxruntime-web's wasm build. Either way the result is bit-identical to that runtime's output.
 * NaN gives NaN.
 *
 * @example
 * sigmoid(0); // => 0.5
 */
export function sigmoid(z: number, fused = true): number {
  const f = Math.fround;
  const madd = fused ? fmaf : mulAdd;
  const v = Math.min(HI, Math.max(LO, z));
  if (Number.isNaN(z)) return NaN;
  const v2 = f(v * v);
  let p = madd(v2, A9, A7);
  p = madd(p, v2, A5);
  p = madd(p, v2, A3);
  p = madd(p, v2, A1);
  p = f(p * v);
  let q = madd(v2, B10, B8);
  q = madd(q, v2, B6);
  q = madd(q, v2, B4);
  q = madd(q, v2, B2);
  q = madd(q, v2, B0);
  return Math.min(1, Math.max(0, f(f(p / q) + 0.5)));
}

function mulAdd(a: number, b: number, c: number): number {
  return Math.fround(Math.fround(a * b) + c);
}
