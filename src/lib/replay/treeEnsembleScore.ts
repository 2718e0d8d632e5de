import {sigmoid} from "./sigmoid.js";

/**
 * One binary decision tree as flat arrays indexed by node id (root 0). Node i is a leaf when feature[i] < 0;
 * otherwise a row goes to left[i] when x[feature[i]] <= threshold[i] (ONNX mode BRANCH_LEQ; NaN goes right)
 * and to right[i] otherwise. value[i] is the leaf's additive score (float32).
 */
export interface Tree {
  feature: Int32Array;
  threshold: Float32Array;
  left: Int32Array;
  right: Int32Array;
  value: Float32Array;
}

/** A gradient-boosted ensemble for a binary outcome: p = σ(base + Σ trees), on the log-odds scale. */
export interface TreeEnsemble {
  nFeatures: number;
  /** Initial log-odds added after the tree sum (ONNX base_values). */
  base: number;
  trees: Tree[];
}

/**
 * Scores the rows of a row-major float32 feature matrix with a tree ensemble exactly as onnxruntime runs the
 * exported graph (ai.onnx.ml TreeEnsembleRegressor, aggregate SUM, then Sigmoid): float32 comparisons
 * `x <= threshold`, leaf values summed in float32 in tree order, the base value added last, then
 * onnxruntime's float32 σ (see sigmoid; `fused` as there: true matches onnxruntime-node on x86-64 with FMA3,
 * false onnxruntime-web). O(rows · trees · depth).
 *
 * @throws {Error} when features.length is not a multiple of nFeatures
 * @example
 * const stump = {feature: Int32Array.of(0, -1, -1), threshold: Float32Array.of(0.5, 0, 0),
 *   left: Int32Array.of(1, -1, -1), right: Int32Array.of(2, -1, -1), value: Float32Array.of(0, -1, 1)};
 * treeEnsembleScore({nFeatures: 1, base: 0, trees: [stump]}, Float32Array.of(0, 1)); // => [σ(-1), σ(1)]
 */
export function treeEnsembleScore(
  model: TreeEnsemble,
  features: Float32Array,
  {fused = true}: {fused?: boolean} = {}
): Float32Array {
  const k = model.nFeatures;
  if (!(k > 0) || features.length % k !== 0) throw new Error(`invalid feature length: ${features.length} for ${k}`);
  const n = features.length / k;
  const {roots, feature, threshold, left, right, value} = flatten(model);
  const base = Math.fround(model.base);
  const out = new Float32Array(n);
  for (let i = 0, o = 0; i < n; ++i, o += k) {
    let z = 0;
    for (let t = 0; t < roots.length; ++t) {
      let node = roots[t];
      let f = feature[node];
      while (f >= 0) {
        node = features[o + f] <= threshold[node] ? left[node] : right[node];
        f = feature[node];
      }
      z = Math.fround(z + value[node]);
    }
    out[i] = sigmoid(Math.fround(z + base), fused);
  }
  return out;
}

const flattened = new WeakMap<TreeEnsemble, Tree & {roots: Int32Array}>();

/** All trees in one set of arrays (child ids offset to global node ids), cached per ensemble object. */
function flatten(model: TreeEnsemble): Tree & {roots: Int32Array} {
  let flat = flattened.get(model);
  if (flat) return flat;
  const size = model.trees.reduce((s, t) => s + t.feature.length, 0);
  flat = {
    roots: new Int32Array(model.trees.length),
    feature: new Int32Array(size),
    threshold: new Float32Array(size),
    left: new Int32Array(size),
    right: new Int32Array(size),
    value: new Float32Array(size)
  };
  let offset = 0;
  model.trees.forEach((t, i) => {
    flat.roots[i] = offset;
    for (let j = 0; j < t.feature.length; ++j) {
      flat.feature[offset + j] = t.feature[j];
      flat.threshold[offset + j] = t.threshold[j];
      flat.left[offset + j] = t.left[j] + offset;
      flat.right[offset + j] = t.right[j] + offset;
      flat.value[offset + j] = t.value[j];
    }
    offset += t.feature.length;
  });
  flattened.set(model, flat);
  return flat;
}
