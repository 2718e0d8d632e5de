import {fmaf} from "./fmaf.js";
import {sigmoid} from "./sigmoid.js";

/** A binary logistic regression over float32 features: p = σ(b + Σ wᵢ·xᵢ). */
export interface LogisticModel {
  /** Coefficients in feature order (rounded to float32 when scoring). */
  weights: ArrayLike<number>;
  /** Intercept (rounded to float32 when scoring). */
  bias: number;
}

/**
 * Scores the rows of a row-major float32 feature matrix with a logistic regression exactly as onnxruntime
 * runs the exported graph (MatMul → Add → Sigmoid, float32): the dot product accumulated from the first
 * feature to the last (z ← x_j·w_j + z, a float32 FMA when `fused`, else a float32 multiply then add), the
 * intercept added in float32, then onnxruntime's float32 σ (see sigmoid). `fused: true` (default) is
 * bit-identical to onnxruntime-node on x86-64 with FMA3, `fused: false` to onnxruntime-web (wasm); the two
 * differ by a few float32 ulps. O(rows · features).
 *
 * @throws {Error} when there are no weights or features.length is not a multiple of their count
 * @example
 * logisticScore({weights: [1, -1], bias: 0}, Float32Array.of(2, 2))[0]; // => 0.5
 */
export function logisticScore(
  model: LogisticModel,
  features: Float32Array,
  {fused = true}: {fused?: boolean} = {}
): Float32Array {
  const k = model.weights.length;
  if (k === 0 || features.length % k !== 0) throw new Error(`invalid feature length: ${features.length} for ${k}`);
  const n = features.length / k;
  const w = Float32Array.from(model.weights);
  const b = Math.fround(model.bias);
  const out = new Float32Array(n);
  for (let i = 0, o = 0; i < n; ++i, o += k) {
    let z = 0;
    if (fused) for (let j = 0; j < k; ++j) z = fmaf(features[o + j], w[j], z);
    else for (let j = 0; j < k; ++j) z = Math.fround(Math.fround(features[o + j] * w[j]) + z);
    out[i] = sigmoid(Math.fround(z + b), fused);
  }
  return out;
}
